import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  missingSpanish,
  missingSpanishInPack,
  PackSchema,
  type Pack,
  type VacaturRelief,
} from '../../src/domain/pack-schema';
import { en } from '../../src/web/i18n/messages-en';
import { es } from '../../src/web/i18n/messages-es';
import { DEFAULT_PACK_DIR, loadPacks } from '../../src/jurisdictions/load-packs';

const registry = loadPacks();
// Every pack with record relief, found from the packs, so a new state is checked without an edit.
const CODES = registry.packs.filter((p) => p.reliefs.vacatur).map((p) => p.code);

function vacaturOf(code: string): VacaturRelief {
  const relief = registry.get(code)?.reliefs.vacatur;
  if (!relief) throw new Error(`${code} has no vacatur relief`);
  return relief;
}

const blanks = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();

/** Every English text beside its Spanish one, with where it is, for the checks below. */
function pairs(v: VacaturRelief): { at: string; en: string; es: string | undefined }[] {
  const p = v.procedure;
  return [
    ...v.rules.map((r, i) => ({
      at: `rules.${i}.reason`,
      en: r.reason.message,
      es: r.reason.messageEs,
    })),
    { at: 'otherwise', en: v.otherwise.reason.message, es: v.otherwise.reason.messageEs },
    ...(v.timing.outsidePeriod
      ? [
          {
            at: 'timing.outsidePeriod',
            en: v.timing.outsidePeriod.message,
            es: v.timing.outsidePeriod.messageEs,
          },
        ]
      : []),
    ...v.requirements.map((r, i) => ({ at: `requirements.${i}`, en: r.message, es: r.messageEs })),
    ...v.proof.helpfulEvidence.map((en, i) => ({
      at: `proof.helpfulEvidence.${i}`,
      en,
      es: v.proof.helpfulEvidenceEs?.[i],
    })),
    ...v.needsReview.map((en, i) => ({ at: `needsReview.${i}`, en, es: v.needsReviewEs?.[i] })),
    { at: 'procedure.court', en: p.court, es: p.courtEs },
    { at: 'procedure.fee', en: p.fee.text, es: p.fee.textEs },
    { at: 'procedure.hearing', en: p.hearing, es: p.hearingEs },
    { at: 'effect', en: v.effect.text, es: v.effect.textEs },
  ];
}

describe('Spanish beside the English in the packs', () => {
  it.each(CODES)('%s has a Spanish version of every user-facing legal text', (code) => {
    // A pack author adding a text sees here exactly which Spanish is still missing.
    expect(missingSpanish(vacaturOf(code))).toEqual([]);
  });

  it.each(CODES)('%s keeps the same blanks ({name}, {days}, …) in its Spanish', (code) => {
    const differ = pairs(vacaturOf(code))
      .filter((x) => x.es !== undefined && blanks(x.en).join() !== blanks(x.es).join())
      .map((x) => x.at);
    expect(differ).toEqual([]);
  });

  it.each(CODES)('%s keeps statute citations word for word in its Spanish', (code) => {
    const citation = /(?:§§?|U\.S\.C\.)\s*[\d.]+(?:\([a-z0-9]+\))*/g;
    const lost = pairs(vacaturOf(code)).flatMap((x) =>
      (x.en.match(citation) ?? [])
        .filter((c) => x.es !== undefined && !x.es.includes(c))
        .map((c) => `${x.at}: ${c}`),
    );
    expect(lost).toEqual([]);
  });

  it.each(CODES)(
    '%s says, in both languages, that its Spanish has not been reviewed by a native-speaking legal professional',
    (code) => {
      const v = vacaturOf(code);
      expect(v.needsReview.at(-1)).toMatch(
        /not been reviewed by a native-speaking legal professional/,
      );
      expect(v.needsReviewEs?.at(-1)).toMatch(
        /todavía no lo ha revisado un abogado que hable español/,
      );
    },
  );

  it('names each text a pack author left in English only', () => {
    const v = vacaturOf('US-NY');
    const [first, ...others] = v.rules;
    const partial: VacaturRelief = {
      ...v,
      rules: [{ ...first!, reason: { ...first!.reason, messageEs: undefined } }, ...others],
      procedure: { ...v.procedure, hearingEs: undefined },
      needsReviewEs: v.needsReviewEs?.slice(1),
    };
    expect(missingSpanish(partial)).toEqual([
      'rules.0.reason.messageEs',
      'procedure.hearingEs',
      'needsReviewEs',
    ]);
  });

  it('refuses a Spanish list that does not line up with the English, naming the field', () => {
    const file = path.join(DEFAULT_PACK_DIR, 'us-ny.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as {
      reliefs: { vacatur: { proof: { helpfulEvidenceEs: string[] } } };
    };
    expect(PackSchema.safeParse(json).success).toBe(true);
    json.reliefs.vacatur.proof.helpfulEvidenceEs.pop();
    const result = PackSchema.safeParse(json);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'reliefs.vacatur.proof.helpfulEvidenceEs',
        'has 5 Spanish items for 6 English ones; give one Spanish item for each, in the same order',
      ],
    ]);
  });
});

/**
 * Texts the Spanish pages show that a pack author has not translated yet. The check below fails
 * when one is added to a pack (shrink this list) and when a new text arrives without Spanish.
 */
// What a pack still lacks in Spanish (none today): a pack not listed must lack nothing.
const NOT_YET: Record<string, string[]> = {};

const packOf = (code: string): Pack => {
  const pack = registry.get(code);
  if (!pack) throw new Error(`no pack ${code}`);
  return pack;
};

/** English small words Spanish never uses, outside parentheses (where an English term may follow the Spanish). */
function englishWords(text: string): string[] {
  const bare = text.replace(/\([^()]*\)/g, ' ');
  return bare
    .split(/[^A-Za-z]+/)
    .filter((w) =>
      /^(the|and|of|to|your|you|for|with|this|that|must|will|is|are|or|on|by)$/.test(w),
    );
}

describe('Spanish for every pack text a Spanish page can show', () => {
  it.each(CODES)(
    '%s has Spanish for its name, remedy names, legal help, vacatur and restitution texts',
    (code) => {
      expect(missingSpanishInPack(packOf(code))).toEqual(NOT_YET[code] ?? []);
    },
  );

  it('names the place, remedy and legal help a pack author left in English only', () => {
    const ny = packOf('US-NY');
    const partial: Pack = {
      ...ny,
      nameEs: undefined,
      legalHelp: ny.legalHelp.map((h, i) => (i === 1 ? { ...h, nameEs: undefined } : h)),
      reliefs: { vacatur: { ...ny.reliefs.vacatur!, remedyNameEs: undefined } },
    };
    expect(missingSpanishInPack(partial)).toEqual([
      'nameEs',
      'legalHelp.1.nameEs',
      'reliefs.vacatur.remedyNameEs',
    ]);
  });

  it.each(CODES)('%s names every charge it catalogues in Spanish', (code) => {
    const pack = packOf(code);
    const unnamed = pack.offenses.filter((o) => !o.nameEs).map((o) => o.citation);
    expect(unnamed).toEqual([]);
  });

  it.each(CODES)(
    '%s writes its Spanish names in Spanish (English only in parentheses, after the Spanish)',
    (code) => {
      const pack = packOf(code);
      const texts = [
        pack.nameEs,
        pack.reliefs.vacatur?.remedyNameEs,
        pack.reliefs.restitution?.remedyNameEs,
        ...pack.legalHelp.map((h) => h.nameEs),
        ...pack.offenses.map((o) => o.nameEs),
      ].filter((t): t is string => !!t);
      // Organisation names stay as they are; what they do is said in Spanish after the colon.
      const english = texts.filter(
        (t) => englishWords(t.split(': ').slice(1).join(': ') || t).length,
      );
      expect(english).toEqual([]);
    },
  );
});

describe('the Spanish wizard strings', () => {
  /** Same in both languages on purpose: names, the switch to English, codes and examples. */
  const SAME = new Set(['site.name', 'lang.switchLabel', 'no', 'error.prefix', 'claim.totalSum']);

  it('translates every English string (none copied over in English)', () => {
    const copied = (Object.keys(en) as (keyof typeof en)[]).filter(
      (k) => en[k] !== '' && es[k] === en[k] && !SAME.has(k),
    );
    expect(copied).toEqual([]);
  });

  it('has a Spanish text for every string the Spanish pages need, also where English needs none', () => {
    const empty = (Object.keys(es) as (keyof typeof es)[]).filter((k) => es[k] === '');
    expect(empty).toEqual([]);
  });

  it('writes real plurals, never "(s)"', () => {
    const bracketed = (Object.keys(es) as (keyof typeof es)[]).filter((k) =>
      /\w\((s|es)\)/.test(es[k]),
    );
    expect(bracketed).toEqual([]);
  });

  it('addresses the person without masculine forms (review #21)', () => {
    const masculine = (Object.keys(es) as (keyof typeof es)[]).filter((k) =>
      /\b(lo (arrestaron|condenaron|sometió|controlaba|obligaron|lleva)|cómodo)\b/.test(es[k]),
    );
    expect(masculine).toEqual([]);
  });

  it('keeps "borrar" for expungement: the umbrella word is "limpiar" (review #8)', () => {
    expect(es['start.title']).toMatch(/limpiar sus antecedentes/);
    expect(es['start.relief.vacatur']).toBe('Limpiar un antecedente');
    const umbrella = (Object.keys(es) as (keyof typeof es)[]).filter((k) =>
      /\bborrar (un|sus|los) antecedentes?\b/.test(es[k]),
    );
    expect(umbrella).toEqual([]);
  });
});
