import { z } from 'zod';
import { TRAFFICKING_TYPES } from './case-schema';
import { ReasonTemplateSchema, RECORD_KINDS, REMEDIES, STATUSES, text } from './pack-fields';

/** A rule matches a record when every condition given holds; the first match decides. */
export const RuleSchema = z.object({
  when: z
    .object({
      records: z.array(z.enum(RECORD_KINDS)).min(1).optional(),
      tagsAny: z.array(text).min(1).optional(),
      tagsNone: z.array(text).min(1).optional(),
      dispositions: z.array(text).min(1).optional(),
      imprisoned: z.boolean().optional(),
      /** Matches only when the record answers whether a child was a victim, with this answer. */
      childVictim: z.boolean().optional(),
      /**
       * Matches only when the person's date of birth and the record's offense (else arrest) date
       * are both known: true when the person was under 18 on that date, false when 18 or over.
       */
      minorAtOffense: z.boolean().optional(),
      /** Matches a conviction less than this many years old today (a waiting period not yet over). */
      convictedWithinYears: z.number().int().positive().optional(),
      /**
       * Matches a conviction followed, within this many years of its date, by another adult
       * conviction in the answers (Hawaii § 712-1209.6: none in the three years after).
       */
      laterConvictionWithinYears: z.number().int().positive().optional(),
      /** Matches when the person named at least one of these kinds of trafficking. */
      traffickingTypesAny: z.array(z.enum(TRAFFICKING_TYPES)).min(1).optional(),
      /** Matches when the person named none of these kinds (e.g. ['sex']: labour trafficking only). */
      traffickingTypesNone: z.array(z.enum(TRAFFICKING_TYPES)).min(1).optional(),
    })
    .strict(),
  status: z.enum(STATUSES),
  remedy: z.enum(REMEDIES).optional(),
  reason: ReasonTemplateSchema,
});

export const RequirementSchema = ReasonTemplateSchema.extend({
  /** A deadline counted from the filing date, e.g. the prosecutor's time to respond. */
  daysAfterFiling: z.number().int().positive().optional(),
});

export type Rule = z.infer<typeof RuleSchema>;
export type Requirement = z.infer<typeof RequirementSchema>;
