import { z } from 'zod';
import { isIsoDate } from './dates';
import { coded, type FieldKey } from './issues';
import { cleanLine, lineField, longText, optionalLine } from './text';

/** The one error shape used everywhere: API, wizard, CLI, batch. */
export interface FieldError {
  path: string;
  message: string;
}

function dateField(field: FieldKey, example = '2012-03-01') {
  return z
    .string({ error: coded('date-format', { field, example }) })
    .transform((s) => cleanLine(s))
    .refine(isIsoDate, { error: coded('date-not-real', { field, example }) });
}

function money(field: FieldKey) {
  return z
    .number({ error: coded('money-format', { field }) })
    .min(0, { error: coded('money-negative', { field }) })
    .max(100_000_000, { error: coded('money-too-large', { field }) })
    .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, {
      error: coded('money-cents', { field }),
    });
}

export const JURISDICTION_CODE = /^US-(?:[A-Z]{2}|FED)$/;

export const AddressSchema = z.object(
  {
    line1: lineField('addressLine1'),
    line2: optionalLine('addressLine2'),
    city: lineField('city'),
    state: lineField('state', 40),
    postalCode: lineField('postalCode', 20),
  },
  { error: coded('address-needed') },
);

export const PetitionerSchema = z.object(
  {
    legalName: lineField('legalName', 150),
    otherNames: z
      .array(lineField('otherName', 150), { error: coded('other-names-list') })
      .max(20, { error: coded('other-names-many') })
      .default([]),
    dateOfBirth: dateField('dateOfBirth', '1990-04-12').optional(),
    address: AddressSchema.optional(),
    phone: optionalLine('phone', 40),
    email: z
      .string({ error: coded('email-text') })
      .transform(cleanLine)
      .pipe(z.union([z.literal(''), z.email({ error: coded('email-format') }).max(200)]))
      .optional()
      .transform((v) => (v ? v : undefined)),
  },
  { error: coded('petitioner-needed') },
);

export const AttorneySchema = z.object(
  {
    name: lineField('attorneyName', 150),
    barNumber: lineField('barNumber', 40),
    firm: optionalLine('firm', 150),
    address: AddressSchema.optional(),
    phone: optionalLine('attorneyPhone', 40),
    email: optionalLine('attorneyEmail', 200),
  },
  { error: coded('attorney-needed') },
);

export const RepresentationSchema = z.discriminatedUnion(
  'mode',
  [
    z.object({ mode: z.literal('self') }),
    z.object({ mode: z.literal('attorney'), attorney: AttorneySchema }),
  ],
  { error: coded('representation-mode') },
);

export const OFFENSE_LEVELS = [
  'felony',
  'misdemeanor',
  'violation',
  'infraction',
  'petty-offense',
] as const;
export const DISPOSITIONS = [
  'pending',
  'dismissed',
  'dismissed-on-government-motion',
  'acquitted',
  'not-prosecuted',
  'other',
] as const;

export const ConvictionSchema = z.object(
  {
    offense: lineField('offense', 120),
    description: optionalLine('description', 200),
    level: z
      .enum(OFFENSE_LEVELS, {
        error: coded('level-choice', { choices: OFFENSE_LEVELS.join(', ') }),
      })
      .optional(),
    arrestDate: dateField('arrestDate'),
    // Addition to contract v1 (optional): when the offense happened, if it differs from the arrest.
    offenseDate: dateField('offenseDate', '2012-02-28').optional(),
    convictionDate: z
      .union([dateField('convictionDate', '2012-03-02'), z.null()], {
        error: coded('conviction-date-or-null'),
      })
      .default(null),
    court: optionalLine('court', 200),
    county: optionalLine('county', 80),
    docketNumber: optionalLine('docketNumber', 80),
    juvenile: z.boolean({ error: coded('true-or-false', { name: 'juvenile' }) }).default(false),
    // Additions to contract v1 (optional): facts some laws turn on.
    disposition: z
      .enum(DISPOSITIONS, {
        error: coded('disposition-choice', { choices: DISPOSITIONS.join(', ') }),
      })
      .optional(),
    imprisoned: z.boolean({ error: coded('true-or-false', { name: 'imprisoned' }) }).optional(),
    /** Was a child (under 18) a victim of the offense? Some laws exclude those offenses. */
    childVictim: z.boolean({ error: coded('true-or-false', { name: 'childVictim' }) }).optional(),
    /** Where the person was arrested (city and state, or district), when it matters for the court. */
    arrestPlace: optionalLine('arrestPlace', 200),
  },
  { error: coded('record-needed') },
);

export const DOCUMENTATION_KINDS = [
  't-visa',
  'u-visa',
  'continued-presence',
  'certification-letter',
  'law-enforcement',
  'service-provider',
  'court-finding',
  'other',
] as const;

export const TRAFFICKING_TYPES = ['sex', 'labor'] as const;

export const TraffickingSchema = z.object(
  {
    types: z
      .array(z.enum(TRAFFICKING_TYPES, { error: coded('trafficking-type') }), {
        error: coded('trafficking-types'),
      })
      .min(1, { error: coded('trafficking-types') }),
    startDate: dateField('startDate', '2010-01-01'),
    endDate: z.union([dateField('endDate', '2014-06-30'), z.null()]).optional(),
    servicesSoughtDate: z
      .union([dateField('servicesSoughtDate', '2015-02-01'), z.null()])
      .optional(),
    narrative: longText('narrative', 20000).default(''),
    documentation: z
      .array(
        z.object({
          kind: z.enum(DOCUMENTATION_KINDS, {
            error: coded('documentation-kind', { choices: DOCUMENTATION_KINDS.join(', ') }),
          }),
          issuer: optionalLine('issuer', 150),
          date: dateField('documentDate', '2016-05-01').optional(),
        }),
        { error: coded('documentation-list') },
      )
      .max(20, { error: coded('documentation-many') })
      .default([]),
    safetyConcerns: longText('safetyConcerns', 5000).default(''),
  },
  { error: coded('trafficking-needed') },
);

export const LOSS_CATEGORIES = [
  'medical',
  'therapy',
  'transportation',
  'housing',
  'childcare',
  'lost-income',
  'attorney-fees',
  'other',
] as const;

export const WorkPeriodSchema = z.object({
  start: dateField('periodStart', '2015-01-05'),
  end: dateField('periodEnd', '2015-06-28'),
  hoursPerWeek: z
    .number({ error: coded('hours-number') })
    .gt(0, { error: coded('hours-positive') })
    .max(168, { error: coded('hours-too-many') }),
  daysPerWeek: z
    .number({ error: coded('days-number') })
    .int({ error: coded('days-whole') })
    .min(1, { error: coded('days-number') })
    .max(7, { error: coded('days-number') })
    .default(7),
  grossToDefendant: money('grossToDefendant').default(0),
  paidToVictim: money('paidToVictim').default(0),
  marketRatePerHour: money('marketRatePerHour').optional(),
});

export const LossSchema = z.object({
  category: z.enum(LOSS_CATEGORIES, {
    error: coded('loss-category', { choices: LOSS_CATEGORIES.join(', ') }),
  }),
  description: lineField('lossDescription', 300),
  amount: money('lossAmount'),
  start: dateField('lossStart', '2015-01-05').optional(),
  end: dateField('lossEnd', '2015-06-28').optional(),
});

export const RestitutionSchema = z.object(
  {
    court: lineField('criminalCourt', 200),
    caseNumber: lineField('caseNumber', 80),
    defendants: z
      .array(lineField('defendant', 150), { error: coded('defendants-list') })
      .min(1, { error: coded('defendants-none') })
      .max(20),
    // Addition to contract v1 (optional): the offenses the defendant was convicted of, as written.
    convictedOf: z
      .array(lineField('convictedOf', 120), {
        error: coded('convicted-of-list'),
      })
      .max(20, { error: coded('convicted-of-many') })
      .default([]),
    periods: z
      .array(WorkPeriodSchema, { error: coded('periods-list') })
      .max(100, { error: coded('periods-many') })
      .default([]),
    losses: z
      .array(LossSchema, { error: coded('losses-list') })
      .max(200, { error: coded('losses-many') })
      .default([]),
  },
  { error: coded('criminal-case-needed') },
);

export const CaseSchema = z.object({
  version: z.literal(1, { error: coded('version-1') }),
  jurisdiction: z
    .string({ error: coded('jurisdiction-code') })
    .transform((s) => cleanLine(s).toUpperCase())
    .refine((s) => JURISDICTION_CODE.test(s), {
      error: coded('jurisdiction-code'),
    }),
  relief: z.enum(['vacatur', 'restitution'], {
    error: coded('relief-kind'),
  }),
  petitioner: PetitionerSchema,
  representation: RepresentationSchema.default({ mode: 'self' }),
  convictions: z
    .array(ConvictionSchema, { error: coded('records-list') })
    .max(100, { error: coded('records-many') })
    .default([]),
  trafficking: TraffickingSchema.optional(),
  restitution: RestitutionSchema.optional(),
  requests: z
    .object({
      appearRemotely: z
        .boolean({ error: coded('true-or-false', { name: 'appearRemotely' }) })
        .optional(),
    })
    .optional(),
});

export type Case = z.infer<typeof CaseSchema>;
export type CaseInput = z.input<typeof CaseSchema>;
export type Conviction = z.infer<typeof ConvictionSchema>;
export type Petitioner = z.infer<typeof PetitionerSchema>;
export type Attorney = z.infer<typeof AttorneySchema>;
export type Address = z.infer<typeof AddressSchema>;
export type Trafficking = z.infer<typeof TraffickingSchema>;
export type Restitution = z.infer<typeof RestitutionSchema>;
export type WorkPeriod = z.infer<typeof WorkPeriodSchema>;
export type Loss = z.infer<typeof LossSchema>;
