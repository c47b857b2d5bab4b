import { z } from 'zod';
import { LOSS_CATEGORIES } from './case-schema';
import { isIsoDate } from './dates';

/**
 * The restitution part of a pack (`reliefs.restitution`): the statute, the method, the wage
 * history the calculator needs and the legal wording it cites. It carries its own sources so
 * that it can be added to a pack without touching the pack's other keys.
 */

const text = z.string().min(1);
const isoDate = z.string().refine(isIsoDate, { error: 'must be a date written YYYY-MM-DD' });
const code = z.string().regex(/^[a-z0-9-]+$/, { error: 'codes are kebab-case' });

export const RestitutionSourceSchema = z.object({
  id: code,
  title: text,
  url: z.url(),
  supports: text,
});

/** One rate of the minimum wage, in force from `from` until the next entry. */
export const WageRateSchema = z.object({
  from: isoDate,
  hourly: z.number().positive(),
  citation: text,
  /** e.g. "rate for employers with 26 or more employees". */
  note: text.optional(),
});

/** A statement of law the assessment repeats: plain words and the citation they rest on. */
export const LawTextSchema = z.object({
  message: text,
  messageEs: text.optional(),
  citation: text,
});

export const RestitutionRequirementSchema = z.object({
  code,
  message: text,
  messageEs: text.optional(),
  citation: text.optional(),
});

/** Every category must be present (a zod record over an enum is exhaustive). */
export const LossCategoryTextSchema = z.object({
  label: text,
  labelEs: text.optional(),
  citation: text,
});

export const RestitutionReliefSchema = z
  .object({
    authority: text,
    remedyName: text,
    /** The remedy in plain Spanish (glossary words), for the Spanish pages. */
    remedyNameEs: text.optional(),
    method: z.enum(['federal-1593', 'california-1202.4']),
    /** The wizard asks for the market rate of the work (the law values the work at it too). */
    asksMarketRate: z.boolean().optional(),
    sources: z.array(RestitutionSourceSchema).min(1),
    /** Ascending by `from`; the calculator uses the rate in force on each day worked. */
    minimumWage: z.array(WageRateSchema).min(1),
    /** What the table is (and is not), e.g. which employer-size rate was used. */
    minimumWageNote: text,
    overtime: z.object({
      rule: z.enum(['weekly-40', 'california-daily']),
      text,
      citation: text,
    }),
    /** Doubling of the wage value: offered as an argument, or not available. Never applied silently. */
    liquidatedDamages: z.object({ available: z.boolean(), text, citation: text }),
    law: z.object({
      mandatory: LawTextSchema,
      labourValue: LawTextSchema,
      grossIncome: LawTextSchema,
      illegalityNoBar: LawTextSchema,
      losses: LawTextSchema,
      burden: LawTextSchema,
    }),
    lossCategories: z.record(z.enum(LOSS_CATEGORIES), LossCategoryTextSchema),
    requirements: z.array(RestitutionRequirementSchema).default([]),
    /**
     * The convictions this law's restitution follows: section numbers (as printed after the code,
     * e.g. "1591", "236.1"), and what the person is told when the offense of conviction is not
     * given, or is given and none of it is one of these.
     */
    convictions: z
      .object({
        sections: z.array(text).min(1),
        unknown: RestitutionRequirementSchema,
        notCovered: RestitutionRequirementSchema,
      })
      .optional(),
    documents: z.array(text).default([]),
    /** Honest flags for what could not be confirmed; shown to users and lawyers. */
    needsReview: z.array(text).default([]),
  })
  .superRefine((r, ctx) => {
    r.minimumWage.forEach((rate, i) => {
      const prev = r.minimumWage[i - 1];
      if (prev && prev.from >= rate.from)
        ctx.addIssue({
          code: 'custom',
          path: ['minimumWage', i, 'from'],
          message: `rates must be in date order: ${rate.from} comes after ${prev.from}`,
        });
    });
  });

export type RestitutionRelief = z.infer<typeof RestitutionReliefSchema>;
export type RestitutionReliefInput = z.input<typeof RestitutionReliefSchema>;
export type WageRate = z.infer<typeof WageRateSchema>;
export type LawText = z.infer<typeof LawTextSchema>;
