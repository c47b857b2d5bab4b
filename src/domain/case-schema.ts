import { z } from 'zod';
import { isIsoDate } from './dates';
import { cleanLine, lineField, longText, optionalLine } from './text';

/** The one error shape used everywhere: API, wizard, CLI, batch. */
export interface FieldError {
  path: string;
  message: string;
}

function dateField(label: string, example = '2012-03-01') {
  const message = `Enter ${label} as YYYY-MM-DD, like ${example}`;
  return z
    .string({ error: message })
    .transform((s) => cleanLine(s))
    .refine(isIsoDate, { error: `${message}. Check that the day exists` });
}

function money(label: string) {
  return z
    .number({ error: `Enter ${label} as an amount in dollars, like 1200.50` })
    .min(0, { error: `${label.charAt(0).toUpperCase() + label.slice(1)} cannot be negative` })
    .max(100_000_000, {
      error: `${label.charAt(0).toUpperCase() + label.slice(1)} is too large to be right; check it`,
    })
    .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, {
      error: `Enter ${label} with no more than two decimal places (cents)`,
    });
}

export const JURISDICTION_CODE = /^US-(?:[A-Z]{2}|FED)$/;
const JURISDICTION_HELP =
  'Enter the jurisdiction code: "US-" then the state\'s two letters, or FED for federal court';

export const AddressSchema = z.object(
  {
    line1: lineField('the first line of the address'),
    line2: optionalLine('the second line of the address'),
    city: lineField('the city'),
    state: lineField('the state', 40),
    postalCode: lineField('the ZIP code', 20),
  },
  { error: 'Enter the address as line1, city, state and postalCode' },
);

export const PetitionerSchema = z.object(
  {
    legalName: lineField('the full legal name', 150),
    otherNames: z
      .array(lineField('the other name', 150), { error: 'List other names as a list of text' })
      .max(20, { error: 'List at most 20 other names' })
      .default([]),
    dateOfBirth: dateField('the date of birth', '1990-04-12').optional(),
    address: AddressSchema.optional(),
    phone: optionalLine('the phone number', 40),
    email: z
      .string({ error: 'Enter the email address as text' })
      .transform(cleanLine)
      .pipe(
        z.union([
          z.literal(''),
          z.email({ error: 'Enter an email address like name@example.org' }).max(200),
        ]),
      )
      .optional()
      .transform((v) => (v ? v : undefined)),
  },
  { error: 'Add the petitioner: at least their legal name' },
);

export const AttorneySchema = z.object(
  {
    name: lineField("the attorney's name", 150),
    barNumber: lineField("the attorney's bar number", 40),
    firm: optionalLine('the firm or organisation', 150),
    address: AddressSchema.optional(),
    phone: optionalLine("the attorney's phone number", 40),
    email: optionalLine("the attorney's email", 200),
  },
  { error: "Add the attorney's name and bar number" },
);

export const RepresentationSchema = z.discriminatedUnion(
  'mode',
  [
    z.object({ mode: z.literal('self') }),
    z.object({ mode: z.literal('attorney'), attorney: AttorneySchema }),
  ],
  { error: 'Set representation.mode to "self" or "attorney" (with the attorney\'s details)' },
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
    offense: lineField('the charge as it appears on the record, like PL 230.00', 120),
    description: optionalLine('the description of the charge', 200),
    level: z
      .enum(OFFENSE_LEVELS, { error: `Choose the level: ${OFFENSE_LEVELS.join(', ')}` })
      .optional(),
    arrestDate: dateField('the date of arrest'),
    // Addition to contract v1 (optional): when the offense happened, if it differs from the arrest.
    offenseDate: dateField('the date of the offense', '2012-02-28').optional(),
    convictionDate: z
      .union([dateField('the date of conviction', '2012-03-02'), z.null()], {
        error: 'Enter the date of conviction as YYYY-MM-DD, or null if there was no conviction',
      })
      .default(null),
    court: optionalLine('the court', 200),
    county: optionalLine('the county', 80),
    docketNumber: optionalLine('the docket or case number', 80),
    juvenile: z.boolean({ error: 'Answer juvenile with true or false' }).default(false),
    // Additions to contract v1 (optional): facts some laws turn on.
    disposition: z
      .enum(DISPOSITIONS, { error: `Choose how the charge ended: ${DISPOSITIONS.join(', ')}` })
      .optional(),
    imprisoned: z.boolean({ error: 'Answer imprisoned with true or false' }).optional(),
    /** Was a child (under 18) a victim of the offense? Some laws exclude those offenses. */
    childVictim: z.boolean({ error: 'Answer childVictim with true or false' }).optional(),
    /** Where the person was arrested (city and state, or district), when it matters for the court. */
    arrestPlace: optionalLine('where the arrest happened', 200),
  },
  { error: 'Each record needs at least the charge and the date of arrest' },
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
      .array(z.enum(TRAFFICKING_TYPES, { error: 'Choose sex, labor or both' }), {
        error: 'Choose the kind of trafficking: sex, labor or both',
      })
      .min(1, { error: 'Choose the kind of trafficking: sex, labor or both' }),
    startDate: dateField('when the trafficking started', '2010-01-01'),
    endDate: z.union([dateField('when the trafficking ended', '2014-06-30'), z.null()]).optional(),
    servicesSoughtDate: z
      .union([dateField('when you first sought help or services', '2015-02-01'), z.null()])
      .optional(),
    narrative: longText('the account', 20000).default(''),
    documentation: z
      .array(
        z.object({
          kind: z.enum(DOCUMENTATION_KINDS, {
            error: `Choose the kind of document: ${DOCUMENTATION_KINDS.join(', ')}`,
          }),
          issuer: optionalLine('who issued the document', 150),
          date: dateField('the date of the document', '2016-05-01').optional(),
        }),
        { error: 'List documentation as a list' },
      )
      .max(20, { error: 'List at most 20 documents' })
      .default([]),
    safetyConcerns: longText('the safety concerns', 5000).default(''),
  },
  { error: 'Add the trafficking: its kind and when it started' },
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
  start: dateField('the first day of this period', '2015-01-05'),
  end: dateField('the last day of this period', '2015-06-28'),
  hoursPerWeek: z
    .number({ error: 'Enter the hours worked each week as a number, like 70' })
    .gt(0, { error: 'Enter the hours worked each week: more than 0' })
    .max(168, { error: 'A week has 168 hours; enter the hours worked each week, 168 or fewer' }),
  daysPerWeek: z
    .number({ error: 'Enter the days worked each week as a number from 1 to 7' })
    .int({ error: 'Enter the days worked each week as a whole number from 1 to 7' })
    .min(1, { error: 'Enter the days worked each week as a number from 1 to 7' })
    .max(7, { error: 'Enter the days worked each week as a number from 1 to 7' })
    .default(7),
  grossToDefendant: money('what the trafficker took in this period').default(0),
  paidToVictim: money('what you were paid in this period').default(0),
  marketRatePerHour: money('the market rate per hour').optional(),
});

export const LossSchema = z.object({
  category: z.enum(LOSS_CATEGORIES, { error: `Choose a category: ${LOSS_CATEGORIES.join(', ')}` }),
  description: lineField('what the loss was for', 300),
  amount: money('the amount of the loss'),
  start: dateField('the first day of the loss', '2015-01-05').optional(),
  end: dateField('the last day of the loss', '2015-06-28').optional(),
});

export const RestitutionSchema = z.object(
  {
    court: lineField('the court where the criminal case is', 200),
    caseNumber: lineField('the case number', 80),
    defendants: z
      .array(lineField("the defendant's name", 150), { error: 'List the defendants by name' })
      .min(1, { error: 'Enter at least one defendant' })
      .max(20),
    // Addition to contract v1 (optional): the offenses the defendant was convicted of, as written.
    convictedOf: z
      .array(lineField('the offense the defendant was convicted of, like 18 U.S.C. § 1591', 120), {
        error: 'List what the defendant was convicted of as a list of text',
      })
      .max(20, { error: 'List at most 20 offenses of conviction' })
      .default([]),
    periods: z
      .array(WorkPeriodSchema, { error: 'List the periods of work' })
      .max(100, { error: 'List at most 100 periods of work' })
      .default([]),
    losses: z
      .array(LossSchema, { error: 'List the losses' })
      .max(200, { error: 'List at most 200 losses' })
      .default([]),
  },
  { error: 'Add the criminal case: court, case number and defendants' },
);

export const CaseSchema = z.object({
  version: z.literal(1, { error: 'Set "version" to 1: this is the format version 1 reads' }),
  jurisdiction: z
    .string({ error: JURISDICTION_HELP })
    .transform((s) => cleanLine(s).toUpperCase())
    .refine((s) => JURISDICTION_CODE.test(s), {
      error: JURISDICTION_HELP,
    }),
  relief: z.enum(['vacatur', 'restitution'], {
    error: 'Set relief to "vacatur" (clearing a record) or "restitution"',
  }),
  petitioner: PetitionerSchema,
  representation: RepresentationSchema.default({ mode: 'self' }),
  convictions: z
    .array(ConvictionSchema, { error: 'List the records as a list' })
    .max(100, { error: 'A case can hold at most 100 records; split the rest into another case' })
    .default([]),
  trafficking: TraffickingSchema.optional(),
  restitution: RestitutionSchema.optional(),
  requests: z
    .object({
      appearRemotely: z.boolean({ error: 'Answer appearRemotely with true or false' }).optional(),
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
