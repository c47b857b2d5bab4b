import { z } from 'zod';
import { NoReliefSchema } from './no-relief-schema';
import {
  CaptionSchema,
  CodeSchema,
  isoDate,
  OffenseSchema,
  SourceSchema,
  text,
  textEs,
} from './pack-fields';
import { RestitutionReliefSchema } from './restitution-pack-schema';
import { missingSpanish, VacaturReliefSchema } from './vacatur-relief-schema';

/**
 * A jurisdiction pack: the law as data, with sources. Loaded from `jurisdictions/*.json` and
 * validated at start-up; nothing here is decided in code.
 */

export {
  CaptionSchema,
  CodeSchema,
  OffenseSchema,
  REMEDIES,
  ReasonTemplateSchema,
  RECORD_KINDS,
  SourceSchema,
  STATUSES,
  type Offense,
  type RecordKind,
  type Status,
} from './pack-fields';
export { RequirementSchema, RuleSchema, type Requirement, type Rule } from './vacatur-rules-schema';
export { PAPER_CONDITIONS, PaperSchema, SIGNERS, type Paper } from './vacatur-papers-schema';
export {
  CourtChoiceSchema,
  RecordQuestionsSchema,
  type CourtChoice,
} from './record-questions-schema';
export { missingSpanish, VacaturReliefSchema, type VacaturRelief } from './vacatur-relief-schema';
export {
  NoReliefSchema,
  OTHER_OPTION_KINDS,
  OtherOptionSchema,
  type NoRelief,
  type OtherOption,
} from './no-relief-schema';

export const PackSchema = z
  .object({
    code: z.string().regex(/^US-(?:[A-Z]{2}|FED)$/, {
      error:
        'code must be "US-" and a state\'s two capital letters, or "US-" and FED for federal court',
    }),
    name: text,
    nameEs: textEs,
    courtSystem: z.enum(['state', 'federal']),
    caption: CaptionSchema,
    verifiedOn: isoDate,
    sources: z.array(SourceSchema).min(1),
    codes: z.array(CodeSchema).min(1),
    offenses: z.array(OffenseSchema).min(1),
    reliefs: z.object({
      vacatur: VacaturReliefSchema.optional(),
      restitution: RestitutionReliefSchema.optional(),
      /** No trafficking-specific record relief for adults, or none confirmed: never with `vacatur`. */
      none: NoReliefSchema.optional(),
    }),
    /**
     * Made-up record facts for the batch CSV template's example row (column name → cell), so the
     * example shows this jurisdiction's offense spelling and court names.
     */
    csvExample: z.record(z.string(), z.string()).optional(),
    /** Where to find free legal help; `nameEs` keeps the organisation's own name and says what it does in Spanish. */
    legalHelp: z
      .array(
        z.object({
          name: text,
          nameEs: textEs,
          url: z.url().optional(),
          phone: text.optional(),
        }),
      )
      .default([]),
  })
  .superRefine((pack, ctx) => {
    // Every court paper a relief files is described in its `papers` (cover, instructions and the
    // shared translator's declaration are the tool's own).
    const own = new Set(['cover', 'instructions', 'lawyer-memo', 'translator-declaration']);
    pack.reliefs.vacatur?.documents.forEach((id, i) => {
      if (!own.has(id) && !pack.reliefs.vacatur?.papers[id])
        ctx.addIssue({
          code: 'custom',
          path: ['reliefs', 'vacatur', 'documents', i],
          message: `describe the paper "${id}" in reliefs.vacatur.papers (title, signer, …)`,
        });
    });
    const sourceIds = new Set(pack.sources.map((s) => s.id));
    const none = pack.reliefs.none;
    if (none && pack.reliefs.vacatur)
      ctx.addIssue({
        code: 'custom',
        path: ['reliefs', 'none'],
        message: 'a pack that offers vacatur cannot also say its state offers no relief',
      });
    if (none) {
      none.sourceIds.forEach((id, i) => {
        if (!sourceIds.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['reliefs', 'none', 'sourceIds', i],
            message: `names source "${id}", which is not in sources`,
          });
      });
      none.otherOptions.forEach((o, i) => {
        if (!sourceIds.has(o.sourceId))
          ctx.addIssue({
            code: 'custom',
            path: ['reliefs', 'none', 'otherOptions', i, 'sourceId'],
            message: `names source "${o.sourceId}", which is not in sources`,
          });
      });
      if (none.needsReviewEs && none.needsReviewEs.length !== none.needsReview.length)
        ctx.addIssue({
          code: 'custom',
          path: ['reliefs', 'none', 'needsReviewEs'],
          message: `has ${none.needsReviewEs.length} Spanish items for ${none.needsReview.length} English ones; give one Spanish item for each, in the same order`,
        });
    }
    const codeKeys = new Set(pack.codes.map((c) => c.key));
    const vacatur = pack.reliefs.vacatur;
    // A Spanish list is read item by item beside the English one, so the two must line up.
    const lists = [
      {
        at: ['proof', 'helpfulEvidenceEs'],
        en: vacatur?.proof.helpfulEvidence,
        es: vacatur?.proof.helpfulEvidenceEs,
      },
      { at: ['needsReviewEs'], en: vacatur?.needsReview, es: vacatur?.needsReviewEs },
    ];
    for (const { at, en, es } of lists)
      if (en && es && es.length !== en.length)
        ctx.addIssue({
          code: 'custom',
          path: ['reliefs', 'vacatur', ...at],
          message: `has ${es.length} Spanish items for ${en.length} English ones; give one Spanish item for each, in the same order`,
        });
    pack.reliefs.vacatur?.sourceIds.forEach((id, i) => {
      if (!sourceIds.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['reliefs', 'vacatur', 'sourceIds', i],
          message: `names source "${id}", which is not in sources`,
        });
    });
    const seen = new Set<string>();
    pack.offenses.forEach((o, i) => {
      if (!codeKeys.has(o.code))
        ctx.addIssue({
          code: 'custom',
          path: ['offenses', i, 'code'],
          message: `code "${o.code}" is not in codes`,
        });
      const key = `${o.code} ${o.section}`;
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['offenses', i, 'section'],
          message: `duplicate offense ${key}`,
        });
      seen.add(key);
    });
  });

export type Pack = z.infer<typeof PackSchema>;
export type PackInput = z.input<typeof PackSchema>;

/**
 * Does the pack answer a case asking for this relief? Record relief ("vacatur" in a case) is
 * answered by a vacatur relief, or by a `none` relief that says plainly there is none to file.
 */
export function answersRelief(pack: Pack, relief: 'vacatur' | 'restitution'): boolean {
  return relief === 'restitution'
    ? pack.reliefs.restitution !== undefined
    : pack.reliefs.vacatur !== undefined || pack.reliefs.none !== undefined;
}

/**
 * Every text of a pack a Spanish page or Spanish instructions can show that has no Spanish beside
 * it, as paths inside the pack (e.g. `legalHelp.1.nameEs`, `reliefs.restitution.law.burden.messageEs`):
 * the place's name, the remedy names, the legal help, the vacatur texts (`missingSpanish`) and the
 * restitution texts the claim page and the instructions show. The restitution lawyer notes
 * (`needsReview`, `overtime.text`, `liquidatedDamages.text`, `minimumWageNote`) are shown in
 * English on purpose, marked, and are not counted.
 */
export function missingSpanishInPack(pack: Pack): string[] {
  const missing: string[] = [];
  const need = (es: string | undefined, path: string): void => {
    if (!es) missing.push(path);
  };
  need(pack.nameEs, 'nameEs');
  pack.legalHelp.forEach((h, i) => need(h.nameEs, `legalHelp.${i}.nameEs`));
  const vacatur = pack.reliefs.vacatur;
  if (vacatur) {
    need(vacatur.remedyNameEs, 'reliefs.vacatur.remedyNameEs');
    missing.push(...missingSpanish(vacatur).map((p) => `reliefs.vacatur.${p}`));
  }
  const none = pack.reliefs.none;
  if (none && none.needsReview.length > 0 && none.needsReviewEs?.length !== none.needsReview.length)
    missing.push('reliefs.none.needsReviewEs');
  const restitution = pack.reliefs.restitution;
  if (restitution) {
    const at = 'reliefs.restitution';
    need(restitution.remedyNameEs, `${at}.remedyNameEs`);
    for (const [key, law] of Object.entries(restitution.law))
      need(law.messageEs, `${at}.law.${key}.messageEs`);
    for (const [key, category] of Object.entries(restitution.lossCategories))
      need(category.labelEs, `${at}.lossCategories.${key}.labelEs`);
    restitution.requirements.forEach((r, i) =>
      need(r.messageEs, `${at}.requirements.${i}.messageEs`),
    );
    if (restitution.convictions) {
      need(restitution.convictions.unknown.messageEs, `${at}.convictions.unknown.messageEs`);
      need(restitution.convictions.notCovered.messageEs, `${at}.convictions.notCovered.messageEs`);
    }
  }
  return missing;
}
