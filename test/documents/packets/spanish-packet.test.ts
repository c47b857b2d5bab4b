import { allFixtureInputs, build, docText, type Built } from './helpers';

/**
 * A Spanish packet's own pages (the cover and the filing instructions) hold no English outside
 * what must stay English: passages marked «(en inglés)», the English titles of the court papers,
 * court names, citations, names of organisations and the person's own words. The court papers
 * are English by design and are not read here (docs/spanish.md).
 */

const inputs = allFixtureInputs();

// Words that only English prose uses; none is also a common Spanish word.
const ENGLISH =
  /\b(the|and|with|your|you|this|that|must|may|which|should|have|has|been|will|from|were|was|are|not)\b/i;

function allowed(b: Built): string[] {
  const papers = Object.values(b.pack.reliefs.vacatur?.papers ?? {});
  const catalogTitles = papers.flatMap((p) => [p.title, p.titleSeveral ?? '']);
  const packetTitles = b.packet.documents.map((d) => d.title);
  // Organisations keep their own names; `nameEs` says what each does in Spanish.
  const legalHelp = b.pack.legalHelp.flatMap((h) => [h.name, h.nameEs ?? '']);
  const courts = b.c.convictions.flatMap((r) => [r.court ?? '', r.description ?? '']);
  // Charge names come from the English catalogue (a Spanish name per charge is still to come).
  const charges = b.a.convictions.map((r) => r.offense?.name ?? '');
  const courtLabels = b.packet.documents.flatMap((d) =>
    d.blocks.flatMap((x) => (x.kind === 'caption' ? [x.court.join(', ')] : [])),
  );
  const people = [
    b.c.petitioner.legalName,
    ...b.c.petitioner.otherNames,
    b.c.trafficking?.narrative ?? '',
  ];
  return [
    ...catalogTitles,
    ...packetTitles,
    ...legalHelp,
    ...courts,
    ...charges,
    ...courtLabels,
    ...people,
    b.pack.name,
  ]
    .filter((s) => s.length > 0)
    .sort((x, y) => y.length - x.length);
}

/** The lines of the cover and instructions that still read as English once the allowed parts go. */
function englishLeft(b: Built): string[] {
  const keep = allowed(b);
  const left: string[] = [];
  for (const d of b.packet.documents.filter((x) => x.id === 'cover' || x.id === 'instructions'))
    for (const line of docText(d).split('\n')) {
      if (line.includes('(en inglés)')) continue;
      let rest = line;
      for (const k of keep) rest = rest.split(k).join(' ');
      rest = rest
        .replace(/\([^)]*\)/g, ' ') // English kept beside Spanish, in parentheses
        .replace(/«[^»]*»/g, ' ') // quoted English words of the papers
        .replace(/https?:\/\/\S+/g, ' ')
        // A court's English name: "Superior Court of the State of California, County of ____".
        .replace(/\b(?:[A-Z][a-z]+ )*Court\b(?:,? (?:of|for|the|County|[A-Z][\w.]*|_+))*/g, ' ')
        .replace(/[A-Z][\w.]*\s(?:U\.S\.C\.|Penal Law|Penal Code|Crim\. Proc\. Law)[^;,.]*/g, ' ');
      if (ENGLISH.test(rest)) left.push(`${d.id}: ${line}`);
    }
  return left;
}

describe('Spanish packets: no English on their own pages outside marked passages', () => {
  it.each(inputs.map((x) => [x.name, x] as const))('%s', (_name, x) => {
    expect(englishLeft(build(x.input, x.today, 'es'))).toEqual([]);
  });

  it('catches an unmarked English sentence', () => {
    const x = inputs.find((i) => i.name === 'packets/ny-two-courts.json')!;
    const b = build(x.input, x.today, 'es');
    const cover = b.packet.documents.find((d) => d.id === 'cover')!;
    cover.blocks.push({ kind: 'paragraph', runs: [{ text: 'Read every page before you sign.' }] });
    expect(englishLeft(b).join('\n')).toContain('Read every page');
  });
});
