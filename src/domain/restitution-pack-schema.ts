import { z } from 'zod';
import { LOSS_CATEGORIES } from './case-schema';
import { isIsoDate } from './dates';

/**
 * The restitution part of a pack (`reliefs.restitution`): the statute, its measures of the
 * work's value and overtime rule, the wage history the calculator needs, the legal wording it
 * cites and the papers it files. It carries its own sources so
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

/**
 * What a measure of the work's value is computed from, and so what the person is asked:
 * `gross-to-defendant` (what the trafficker took, per period), `minimum-wage` (hours and days at
 * the pack's wage table with its overtime rule), `market-rate` (hours at a rate the person gives).
 */
export const MEASURE_NEEDS = ['gross-to-defendant', 'minimum-wage', 'market-rate'] as const;
export type MeasureNeed = (typeof MEASURE_NEEDS)[number];

/**
 * One measure of the value of the work the statute names. The listed order is the order shown,
 * and on a tie the first listed wins. `label` is the lawyer's wording (the comparison, the
 * papers), `plain` the person's ("what the trafficker took"); both with a Spanish twin.
 */
export const MeasureSchema = z.object({
  /** Reported in the assessment (`computation.methods[].code`, `winner`). */
  code,
  needs: z.enum(MEASURE_NEEDS),
  label: text,
  labelEs: text,
  plain: text,
  plainEs: text,
  citation: text,
});

/**
 * How overtime is counted: `weekly-40` (hours over 40 in the workweek at time and a half), or
 * `daily-8-12` (the week's hours spread evenly over its days: over 8 a day at time and a half,
 * over 12 at double time, a seventh day's first 8 at time and a half and the rest double, and
 * straight-time hours left over 40 at time and a half).
 */
export const OVERTIME_RULES = ['weekly-40', 'daily-8-12'] as const;
export type OvertimeRule = (typeof OVERTIME_RULES)[number];

/** A restitution court paper (or the person's instructions, `kind: 'instructions'`, in their language). */
export const RestitutionPaperSchema = z.object({
  title: text,
  titleEs: text.optional(),
  captionTitle: z.array(text).default([]),
  pleading: z.boolean(),
  kind: z.enum(['court', 'instructions']).default('court'),
  include: z.enum(['always', 'represented']).default('always'),
});

export const RestitutionReliefSchema = z
  .object({
    authority: text,
    remedyName: text,
    /** The remedy in plain Spanish (glossary words), for the Spanish pages. */
    remedyNameEs: text.optional(),
    /** A name for this law's approach, reported in the assessment (`computation.method`). */
    method: text,
    /** The measures of the work's value, in the order shown; the greatest is claimed. */
    measures: z.array(MeasureSchema).min(1),
    sources: z.array(RestitutionSourceSchema).min(1),
    /** Ascending by `from`; the calculator uses the rate in force on each day worked. */
    minimumWage: z.array(WageRateSchema).min(1),
    /** What the table is (and is not), e.g. which employer-size rate was used. */
    minimumWageNote: text,
    overtime: z.object({
      rule: z.enum(OVERTIME_RULES),
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
    /** Each paper listed in `documents`, by id (its template is `<pack>/<id without prefix>`). */
    papers: z.record(z.string(), RestitutionPaperSchema).default({}),
    /** Honest flags for what could not be confirmed; shown to users and lawyers. */
    needsReview: z.array(text).default([]),
  })
  .superRefine((r, ctx) => {
    r.documents.forEach((id, i) => {
      if (!r.papers[id])
        ctx.addIssue({
          code: 'custom',
          path: ['documents', i],
          message: `describe the paper "${id}" in papers (title, caption title, pleading, …)`,
        });
    });
    const codes = new Set<string>();
    r.measures.forEach((m, i) => {
      if (codes.has(m.code))
        ctx.addIssue({
          code: 'custom',
          path: ['measures', i, 'code'],
          message: `measure "${m.code}" is listed twice`,
        });
      codes.add(m.code);
    });
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
export type Measure = z.infer<typeof MeasureSchema>;
export type RestitutionPaper = z.infer<typeof RestitutionPaperSchema>;

/** Whether any measure values the work at a rate the person gives (so the form asks for one). */
export function asksMarketRate(relief: RestitutionRelief | undefined): boolean {
  return !!relief?.measures.some((m) => m.needs === 'market-rate');
}
export type LawText = z.infer<typeof LawTextSchema>;
