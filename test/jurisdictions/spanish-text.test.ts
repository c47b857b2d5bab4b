import { readFileSync } from 'node:fs';
import path from 'node:path';
import { missingSpanish, PackSchema, type VacaturRelief } from '../../src/domain/pack-schema';
import { DEFAULT_PACK_DIR, loadPacks } from '../../src/jurisdictions/load-packs';

const registry = loadPacks();
// Every pack with a vacatur relief, so a new pack is held to the same Spanish checks.
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
    {
      at: 'timing.outsidePeriod',
      en: v.timing.outsidePeriod.message,
      es: v.timing.outsidePeriod.messageEs,
    },
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
