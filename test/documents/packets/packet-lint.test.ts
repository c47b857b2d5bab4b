import type { Case } from '../../../src/domain/case-schema';
import type { DocumentModel } from '../../../src/documents/model';
import { allFixtureInputs, build, docText, type Built } from './helpers';

/**
 * A lint over the words of every fixture packet (every law fixture and every packet fixture, in
 * English and Spanish): what a sworn or filed paper must never say, and what a clerk would
 * refuse. The papers are read as text from the block model both renderers draw.
 */

const fixtures = allFixtureInputs();
const built: { name: string; lang: 'en' | 'es'; b: Built }[] = fixtures.flatMap((f) =>
  (['en', 'es'] as const).map((lang) => ({
    name: `${f.name} (${lang})`,
    lang,
    b: build(f.input, f.today, lang),
  })),
);

const PLAIN = new Set(['cover', 'instructions', 'lawyer-memo']);
const courtPapers = (b: Built): DocumentModel[] =>
  b.packet.documents.filter((d) => !PLAIN.has(d.id));

/** Problems found in one packet, as short sentences naming the document. */
function lint(b: Built): string[] {
  const problems: string[] = [];
  const c: Case = b.c;
  for (const d of b.packet.documents) {
    const text = docText(d);
    for (const bad of [/\bundefined\b/, /\bnull\b/, /\bNaN\b/, /\[object Object\]/])
      if (bad.test(text)) problems.push(`${d.id}: prints ${bad.source}`);
    const doubledLabel = /\b([A-Z][a-z]+:)\s+\1/.exec(text);
    if (doubledLabel) problems.push(`${d.id}: doubled label "${doubledLabel[0]}"`);
    // English words only, and only in English documents (court papers are always English).
    const english = d.lang === 'en';
    const doubledWord = english && /\b(the|a|an|of|to|and|in|on|for|is|was|that)\s+\1\b/.exec(text);
    if (doubledWord) problems.push(`${d.id}: doubled word "${doubledWord[0]}"`);
    const countyAsCourt = /\bthe (?:[A-Z][a-z]+ )+County\b(?! [A-Z])/.exec(text);
    if (countyAsCourt) problems.push(`${d.id}: "${countyAsCourt[0]}" names a county as a court`);
  }
  for (const d of courtPapers(b)) {
    const text = docText(d);
    const caption = d.blocks.find((x) => x.kind === 'caption');
    if (!caption || caption.kind !== 'caption') {
      problems.push(`${d.id}: no caption`);
      continue;
    }
    if (caption.court.length === 0 || caption.court.some((l) => !l.trim()))
      problems.push(`${d.id}: empty court line in the caption`);
    if (!caption.defendant.name.trim() || caption.caseNumbers.length === 0)
      problems.push(`${d.id}: caption without a name or a case number line`);
    if (/lawyer should review/i.test(text))
      problems.push(`${d.id}: reviewer note in a court paper`);
    if (/\bI committed\b|\bcommitted (each|this|the) offense\b/i.test(text))
      problems.push(`${d.id}: admits committing an offense`);
    b.a.convictions.forEach((r) => {
      const record = c.convictions[r.index];
      if (!record) return;
      const citation = r.offense?.citation ?? record.offense;
      // A record that is not eligible never reaches a court paper (its docket, when unique to it).
      const docket = record.docketNumber;
      const shared = c.convictions.some(
        (o, i) => i !== r.index && o.docketNumber && o.docketNumber === docket,
      );
      if (r.status !== 'eligible' && docket && !shared && text.includes(docket))
        problems.push(`${d.id}: ${r.status} record ${docket} is in a court paper`);
      // No sentence says "convicted" of a record that has no conviction.
      if (!record.convictionDate || record.juvenile)
        for (const sentence of text.split(/(?<=\.)\s+/))
          if (/convicted/i.test(sentence) && sentence.includes(citation))
            problems.push(`${d.id}: "convicted" beside ${citation}, which has no conviction`);
    });
    const last = d.blocks.at(-1);
    if (last?.kind === 'signature' && last.lines.length === 0)
      problems.push(`${d.id}: empty signature block`);
  }
  return problems;
}

describe('packet lint over every fixture packet, in English and Spanish', () => {
  it('reads more than a hundred packets', () => {
    expect(built.length).toBeGreaterThan(100);
  });

  it.each(built.map((x) => [x.name, x.b] as const))('%s', (_name, b) => {
    expect(lint(b)).toEqual([]);
  });
});

describe('the lint itself', () => {
  const sample = built.find((x) => x.name.startsWith('packets/ny-two-courts') && x.lang === 'en')!;

  function withText(extra: string): Built {
    const b = structuredClone(sample.b);
    const doc = b.packet.documents.find((d) => d.id === 'ny-affidavit')!;
    doc.blocks.push({ kind: 'paragraph', runs: [{ text: extra }] });
    return b;
  }

  it.each([
    ['undefined', 'undefined'],
    ['Dated: Dated: ____', 'doubled label'],
    ['I committed this offense.', 'admits'],
    ['[A lawyer should review this record]', 'reviewer note'],
    ['the the court', 'doubled word'],
    ['heard in the Kings County on that day', 'names a county as a court'],
  ])('catches %p', (extra, problem) => {
    expect(lint(withText(extra)).join('\n')).toContain(problem);
  });

  it('catches a non-eligible record in a court paper', () => {
    const review = sample.b.c.convictions.find((r) => r.docketNumber === '2009QN007001');
    expect(review).toBeDefined();
    expect(lint(withText('Docket 2009QN007001')).join('\n')).toContain('2009QN007001');
  });
});
