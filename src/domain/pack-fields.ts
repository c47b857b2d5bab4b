import { z } from 'zod';
import { isIsoDate } from './dates';

/**
 * The pieces every part of a jurisdiction pack is built from: the text fields, the source, the
 * statuses, record kinds and remedies, a reason, the caption, an offense and a code.
 */

export const text = z.string().min(1);
/**
 * Spanish beside English, as the restitution part does (`messageEs`, `labelEs`): every
 * user-facing text `x` may carry `xEs`, and a list `xs` a list `xsEs` of the same length, in
 * the same order. Absent means the Spanish pages show the English, marked as English.
 */
export const textEs = text.optional();
export const isoDate = z.string().refine(isIsoDate, { error: 'must be a date written YYYY-MM-DD' });

export const SourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'source ids are kebab-case' }),
  title: text,
  url: z.url(),
  supports: text,
});

export const STATUSES = ['eligible', 'ineligible', 'needs-review'] as const;
export type Status = (typeof STATUSES)[number];

export const RECORD_KINDS = ['conviction', 'non-conviction', 'juvenile'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const REMEDIES = [
  'vacatur',
  'expungement',
  'sealing',
  'set-aside',
  'nondisclosure',
  'sentence-reduction',
] as const;

/** A reason the law gives: code (kebab-case), plain message and the citation it rests on. */
export const ReasonTemplateSchema = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/, { error: 'reason codes are kebab-case' }),
  message: text,
  messageEs: textEs,
  citation: text.optional(),
});

/**
 * How this court system captions a paper: the layout ("pleading" = 28-line pleading paper with
 * the filer block at the top left), the word between the parties, the prosecution's name and
 * role, the label before a case number, and whether a county line follows the court's name.
 */
/** A case-insensitive regular expression on a court's name. */
const regexText = text.refine(
  (r) => {
    try {
      new RegExp(r, 'i');
      return true;
    } catch {
      return false;
    }
  },
  { error: 'not a valid regular expression' },
);

export const CaptionSchema = z.object({
  layout: z.enum(['standard', 'pleading']),
  connector: text,
  plaintiff: z.object({ name: text, role: text }),
  numberLabel: text,
  countyLine: z.boolean(),
  /**
   * A court rule's top margin on the first page of each court paper, in inches, where it asks for
   * more than the usual one inch (e.g. Washington GR 14(a): three, for the clerk's stamp).
   */
  firstPageTopMarginInches: z.number().min(1).max(4).optional(),
  /** What the state's papers call a lawyer's number, where not "Bar No." (Connecticut: "Juris No."). */
  barNumberLabel: text.optional(),
  /**
   * Courts whose cases another party brings, by the court's name: e.g. a municipal court, where
   * the city prosecutes. `matches` is a case-insensitive regular expression whose first group is
   * put for {1} in `name` (upper-cased): "^(.+?) Municipal Court$" and "CITY OF {1}".
   */
  plaintiffByCourt: z
    .array(
      z.object({
        matches: regexText,
        name: text,
        role: text.optional(),
      }),
    )
    .optional(),
  /**
   * The case-number label by court, where a court numbers its cases otherwise than `numberLabel`
   * (a state's felony courts: "Indictment No."). `matches` is a case-insensitive
   * regular expression on the court's name; the first that matches wins.
   */
  numberLabelByCourt: z
    .array(
      z.object({
        matches: regexText,
        label: text,
      }),
    )
    .optional(),
  /**
   * The filer's name, address, telephone and email at the top left of page one, above the court's
   * name, in the standard layout too (a court rule on the form of filed papers); the pleading layout always has it.
   */
  filerBlock: z.boolean().optional(),
  /**
   * The person is named first and the prosecution second ("NAME, Petitioner, v. STATE OF X,
   * Respondent"), as courts head a civil action the person brings against a conviction.
   */
  personFirst: z.boolean().optional(),
});

export const OffenseSchema = z.object({
  /** The key of one of the pack's `codes` (e.g. "PL"), and the section within it. */
  code: text,
  section: text,
  citation: text,
  /** Other ways the same section is written on records, beyond what the parser derives. */
  spellings: z.array(text).default([]),
  name: text,
  /** The charge's name in Spanish, for the common charges; Spanish pages show `name` otherwise, marked English. */
  nameEs: textEs,
  level: z.enum(['felony', 'misdemeanor', 'violation', 'infraction', 'petty-offense', 'varies']),
  tags: z.array(z.string().regex(/^[a-z0-9.-]+$/, { error: 'tags are kebab-case' })).default([]),
});

export const CodeSchema = z.object({
  key: text,
  name: text,
  /** Prefixes seen on records for this code, e.g. "PL", "P.L.", "Penal Law", "NY PL". */
  aliases: z.array(text).min(1),
});

export type Offense = z.infer<typeof OffenseSchema>;
