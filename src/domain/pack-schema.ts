import { z } from 'zod';
import { isIsoDate } from './dates';
import { RestitutionReliefSchema } from './restitution-pack-schema';

/**
 * A jurisdiction pack: the law as data, with sources. Loaded from `jurisdictions/*.json` and
 * validated at start-up; nothing here is decided in code.
 */

const text = z.string().min(1);
/**
 * Spanish beside English, as the restitution part does (`messageEs`, `labelEs`): every
 * user-facing text `x` may carry `xEs`, and a list `xs` a list `xsEs` of the same length, in
 * the same order. Absent means the Spanish pages show the English, marked as English.
 */
const textEs = text.optional();
const isoDate = z.string().refine(isIsoDate, { error: 'must be a date written YYYY-MM-DD' });

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
    })
    .strict(),
  status: z.enum(STATUSES),
  remedy: z.enum(REMEDIES).optional(),
  reason: ReasonTemplateSchema,
});

/**
 * How this court system captions a paper: the layout ("pleading" = 28-line pleading paper with
 * the filer block at the top left), the word between the parties, the prosecution's name and
 * role, the label before a case number, and whether a county line follows the court's name.
 */
export const CaptionSchema = z.object({
  layout: z.enum(['standard', 'pleading']),
  connector: text,
  plaintiff: z.object({ name: text, role: text }),
  numberLabel: text,
  countyLine: z.boolean(),
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

export const RequirementSchema = ReasonTemplateSchema.extend({
  /** A deadline counted from the filing date, e.g. the prosecutor's time to respond. */
  daysAfterFiling: z.number().int().positive().optional(),
});

export const SIGNERS = ['person', 'provider', 'server', 'judge', 'translator'] as const;
export const PAPER_CONDITIONS = ['always', 'represented', 'appear-remotely'] as const;

/**
 * A court paper the relief files: its title (`{asks}` filled from what the set asks for, e.g.
 * "Vacate Conviction and Expunge Arrest"), caption title, paper, who signs it, whether it is
 * sworn, when it is included (a closed set of named conditions) and what it is in plain words.
 */
export const PaperSchema = z.object({
  title: text,
  titleSeveral: text.optional(),
  asks: z
    .object({
      vacatur: z.tuple([text, text]),
      expungement: z.tuple([text, text]),
      none: text,
    })
    .optional(),
  captionTitle: z.array(text).min(1).optional(),
  captionTitleSeveral: z.array(text).min(1).optional(),
  pleading: z.boolean(),
  notary: z.boolean().default(false),
  include: z.enum(PAPER_CONDITIONS).default('always'),
  /** Extra right-hand caption lines ("FILED UNDER SEAL", hearing date lines). */
  notes: z.array(text).optional(),
  signer: z.enum(SIGNERS),
  sworn: z.boolean(),
  plain: text,
  plainEs: text,
});

/** A court the wizard offers on the record page, and the name it puts on the papers. */
export const CourtChoiceSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, { error: 'court choice ids are kebab-case' })
    .refine((id) => id !== 'other' && id !== 'unknown', {
      error: '"other" and "unknown" are the wizard\'s own choices',
    }),
  label: text,
  labelEs: textEs,
  /** Printed on the papers when the person chooses this court and types no exact name. */
  courtName: text,
  /** A court name in a saved file that matches this (case-insensitive regular expression) is this choice. */
  matches: text
    .refine(
      (re) => {
        try {
          return new RegExp(re, 'i') instanceof RegExp;
        } catch {
          return false;
        }
      },
      { error: 'must be a regular expression' },
    )
    .optional(),
});

/**
 * Record questions the pack's rules need and the wizard asks only for this pack (docs/authoring.md).
 * Absent: the court is one free text field, no place of arrest, no child-victim question.
 */
export const RecordQuestionsSchema = z.object({
  courtChoices: z.array(CourtChoiceSchema).min(1).optional(),
  /** An exact court name given as an example beside the choices. */
  courtExample: text.optional(),
  arrestPlace: z.boolean().optional(),
  childVictim: z.boolean().optional(),
});

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
    /** What a record dated outside the trafficking period gets: a reason for review. */
    outsidePeriod: ReasonTemplateSchema,
    /**
     * When the law lets the filing be made only after the trafficking ended or help was sought:
     * what an otherwise eligible record gets when the answers show neither.
     */
    afterEndOrServices: ReasonTemplateSchema.optional(),
  }),
  proof: z.object({
    standard: z.enum(['preponderance', 'clear-and-convincing', 'not-stated']),
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
    /** The person's role in the caption of a paper filed for this relief ("Defendant-Movant"). */
    movantRole: text,
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

/** What else may help where the state gives no trafficking-specific relief (`reliefs.none.otherOptions`). */
export const OTHER_OPTION_KINDS = [
  'expungement',
  'sealing',
  'set-aside',
  'pardon',
  'juvenile',
  'federal',
  'other',
] as const;

export const OtherOptionSchema = z.object({
  kind: z.enum(OTHER_OPTION_KINDS),
  name: text,
  nameEs: text,
  /** What it does and for whom, in plain words. */
  does: text,
  doesEs: text,
  citation: text,
  sourceId: text,
});

/**
 * A state whose law gives adults no trafficking-specific record relief (`none-for-adults`), or
 * whose law the pack's authors could not confirm (`unconfirmed`): the pack says so plainly, names
 * what else may help, and the tool offers no court paper (docs/decisions.md, "No-relief packs").
 */
export const NoReliefSchema = z.object({
  finding: z.enum(['none-for-adults', 'unconfirmed']),
  /** What was looked at, as the "Law" column and each record's reason cite it. */
  authority: text,
  /** The finding in two or three plain sentences. */
  summary: text,
  summaryEs: text,
  sourceIds: z.array(text).min(1),
  otherOptions: z.array(OtherOptionSchema).min(1),
  needsReview: z.array(text).default([]),
  needsReviewEs: z.array(text).optional(),
});

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
export type Offense = z.infer<typeof OffenseSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type VacaturRelief = z.infer<typeof VacaturReliefSchema>;
export type CourtChoice = z.infer<typeof CourtChoiceSchema>;
export type Requirement = z.infer<typeof RequirementSchema>;
export type NoRelief = z.infer<typeof NoReliefSchema>;
export type OtherOption = z.infer<typeof OtherOptionSchema>;

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

export type Paper = z.infer<typeof PaperSchema>;

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
