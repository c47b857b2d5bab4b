import { z } from 'zod';
import { ReasonTemplateSchema, REMEDIES, text, textEs } from './pack-fields';
import { RecordQuestionsSchema } from './record-questions-schema';
import { PaperSchema } from './vacatur-papers-schema';
import { RequirementSchema, RuleSchema } from './vacatur-rules-schema';

export const VacaturReliefSchema = z.object({
  remedy: z.enum(REMEDIES),
  remedyName: text,
  /** The remedy in plain Spanish, with the glossary's words (anular, borrar, sellar). */
  remedyNameEs: textEs,
  authority: text,
  sourceIds: z.array(text).min(1),
  scope: z.object({
    offenses: text,
    convictions: z.boolean(),
    nonConvictions: text,
    juvenile: text,
  }),
  nexus: z.object({ standard: text, text, textEs, citation: text }),
  timing: z.object({
    text,
    textEs,
    citation: text,
    /**
     * What a record dated outside the trafficking period gets: a reason for review. Left out only
     * where the law does not ask for a link to trafficking at all (Hawaii § 712-1209.6).
     */
    outsidePeriod: ReasonTemplateSchema.optional(),
    /**
     * When the law lets the filing be made only after the trafficking ended or help was sought:
     * what an otherwise eligible record gets when the answers show neither.
     */
    afterEndOrServices: ReasonTemplateSchema.optional(),
  }),
  proof: z.object({
    standard: z.enum([
      'preponderance',
      'clear-and-convincing',
      'reasonable-probability',
      'not-stated',
    ]),
    text,
    textEs,
    citation: text,
    presumptions: z.array(z.object({ text, textEs, citation: text })).default([]),
    helpfulEvidence: z.array(text).default([]),
    helpfulEvidenceEs: z.array(text).optional(),
  }),
  procedure: z.object({
    filing: z.enum(['motion', 'petition', 'application']),
    court: text,
    courtEs: textEs,
    serve: z.array(z.object({ party: text, partyEs: textEs, text, textEs })).min(1),
    responseDays: z.number().int().positive().optional(),
    /** Whether the other side's time to answer runs from service (the default) or from filing. */
    responseFrom: z.enum(['service', 'filing']).default('service'),
    fee: z.object({ amount: z.number().min(0).nullable(), text, textEs }),
    confidentiality: text,
    confidentialityEs: textEs,
    hearing: text,
    hearingEs: textEs,
    citation: text,
    /** May one filing list records from more than one court? */
    multipleCourts: z.boolean(),
    /**
     * The court lines of the caption, `{county}` filled with the record's county (or a blank).
     * `always`: printed whatever court the record names (the law names the court); else only
     * when the record names none.
     */
    captionCourt: z.object({ lines: z.array(text).min(1), always: z.boolean() }).optional(),
    /**
     * Where the papers are filed, when the law names a court of the county other than the one that
     * entered the record (e.g. "{county} Circuit Court" for a general district court's
     * conviction). `{county}` is the record's county. The records are then grouped by county, one
     * filing per county, and the filing instructions and the cover name this court.
     */
    filingCourt: text.optional(),
    /** The person's role in the caption of a paper filed for this relief ("Defendant-Movant"). */
    movantRole: text,
    /** The request starts a case of its own (Idaho's civil action), not a motion in the criminal case. */
    ownCase: z.boolean().optional(),
    /** The sentence a declaration or affirmation ends with in this court, blanks as underscores. */
    perjuryClause: text.optional(),
  }),
  effect: z.object({ text, textEs, citation: text }),
  rules: z.array(RuleSchema).min(1),
  otherwise: RuleSchema.omit({ when: true }),
  requirements: z.array(RequirementSchema).default([]),
  documents: z.array(text).default([]),
  /**
   * Cases the templates cite, by key (`{{law.cases.gm.name}}`): the name as the pack's sources
   * title it, so the citation printed is the source's and never invented.
   */
  citedCases: z.record(z.string(), text).default({}),
  /** Each court paper listed in `documents`, by id (its template is `<pack>/<id without prefix>`). */
  papers: z.record(z.string(), PaperSchema).default({}),
  /** Honest flags for what could not be confirmed; shown to users and lawyers. */
  needsReview: z.array(text).default([]),
  needsReviewEs: z.array(text).optional(),
  /** Record questions this relief's rules turn on (court choices, place of arrest, child victim). */
  recordQuestions: RecordQuestionsSchema.optional(),
});

export type VacaturRelief = z.infer<typeof VacaturReliefSchema>;

/**
 * The user-facing texts of a vacatur relief that have no Spanish beside them, as paths inside
 * the relief (e.g. `rules.2.reason.messageEs`), so a pack author sees what is left to translate.
 */
export function missingSpanish(relief: VacaturRelief): string[] {
  const missing: string[] = [];
  const need = (es: string | undefined, path: string): void => {
    if (!es) missing.push(path);
  };
  const needList = (en: readonly string[], es: readonly string[] | undefined, path: string) => {
    if (en.length > 0 && es?.length !== en.length) missing.push(path);
  };
  relief.rules.forEach((r, i) => need(r.reason.messageEs, `rules.${i}.reason.messageEs`));
  need(relief.otherwise.reason.messageEs, 'otherwise.reason.messageEs');
  if (relief.timing.outsidePeriod)
    need(relief.timing.outsidePeriod.messageEs, 'timing.outsidePeriod.messageEs');
  relief.requirements.forEach((r, i) => need(r.messageEs, `requirements.${i}.messageEs`));
  need(relief.nexus.textEs, 'nexus.textEs');
  need(relief.timing.textEs, 'timing.textEs');
  need(relief.proof.textEs, 'proof.textEs');
  relief.proof.presumptions.forEach((p, i) => need(p.textEs, `proof.presumptions.${i}.textEs`));
  needList(relief.proof.helpfulEvidence, relief.proof.helpfulEvidenceEs, 'proof.helpfulEvidenceEs');
  const p = relief.procedure;
  need(p.courtEs, 'procedure.courtEs');
  p.serve.forEach((s, i) => {
    need(s.partyEs, `procedure.serve.${i}.partyEs`);
    need(s.textEs, `procedure.serve.${i}.textEs`);
  });
  need(p.fee.textEs, 'procedure.fee.textEs');
  need(p.confidentialityEs, 'procedure.confidentialityEs');
  need(p.hearingEs, 'procedure.hearingEs');
  need(relief.effect.textEs, 'effect.textEs');
  needList(relief.needsReview, relief.needsReviewEs, 'needsReviewEs');
  return missing;
}
