import { courtDate } from '../../domain/dates';
import type { Assessment, Reason } from '../../domain/assessment';
import type { NoRelief, Pack } from '../../domain/pack-schema';
import { engineReasonEs, fechaLarga } from '../../documents/labels';
import { translate, type Lang } from '../i18n';
import {
  legalHelpOf,
  offenseByCitation,
  offenseName,
  remedyName,
  type LegalHelpView,
} from './pack-text';

export interface ReasonView {
  text: string;
  /** The original English wording, shown beside a Spanish summary. */
  original?: string;
  citation?: string;
}

/** A text from the pack, in the page's language when the pack has it; `en` marks English on a Spanish page. */
export interface PackTextView {
  text: string;
  en: boolean;
}

export interface RecordOutcomeView {
  n: number;
  charge: string;
  offenseName?: string;
  /** The charge's name is the catalogue's English (no Spanish name yet): shown with `lang="en"`. */
  offenseNameEn?: boolean;
  citation?: string;
  status: string;
  statusText: string;
  tag: string;
  reasons: ReasonView[];
}

export interface OutcomeView {
  authority: string;
  remedyName: string;
  overallText: string;
  records: RecordOutcomeView[];
  helpfulEvidence: PackTextView[];
  /** Some of the helpful evidence is shown in English on a Spanish page. */
  helpfulEvidenceInEnglish: boolean;
  requirements: (PackTextView & { citation?: string; due?: string })[];
  requirementsInEnglish: boolean;
  needsReview: PackTextView[];
  legalHelp: LegalHelpView[];
  verified: string;
  englishNote: string;
  /** Only for a state with no trafficking-specific relief for adults (or none confirmed): said plainly. */
  noRelief?: {
    text: string;
    summary: string;
    options: { name: string; does: string; citation: string }[];
    next: string;
  };
}

/** Each English text beside its Spanish one (same position), in the page's language. */
function packTexts(
  en: readonly string[],
  es: readonly string[] | undefined,
  lang: Lang,
): PackTextView[] {
  const spanish = lang === 'es' && es?.length === en.length ? es : undefined;
  return en.map((text, i) => {
    const translated = spanish?.[i];
    return translated ? { text: translated, en: false } : { text, en: lang !== 'en' };
  });
}

/** A Spanish text with its ISO due date said in words ("16 de enero de 2027"). */
function inWords(text: string, dueDate: string | undefined): string {
  return dueDate ? text.split(dueDate).join(fechaLarga(dueDate)) : text;
}

/** English as is; in Spanish the pack's own Spanish, the engine's, or a summary with the English beside it. */
function reasonView(r: Reason, status: string, lang: Lang): ReasonView {
  const base = r.citation ? { citation: r.citation } : {};
  if (lang === 'en') return { text: r.message, ...base };
  if (r.messageEs) return { text: r.messageEs, ...base };
  const es = engineReasonEs(r.code);
  if (es) return { text: es, ...base };
  const fallbackKey = status === 'eligible' || status === 'ineligible' ? status : 'needs-review';
  return {
    text: translate(lang, `outcome.reasonFallback.${fallbackKey}`),
    original: r.message,
    ...base,
  };
}

function offenseFields(
  offense: { name: string; citation: string },
  pack: Pack,
  lang: Lang,
): Pick<RecordOutcomeView, 'offenseName' | 'offenseNameEn' | 'citation'> {
  const name = offenseName(offenseByCitation(pack, offense.citation), offense.name, lang);
  return { offenseName: name.text, offenseNameEn: name.en, citation: offense.citation };
}

function noReliefView(none: NoRelief, lang: Lang): NonNullable<OutcomeView['noRelief']> {
  const es = lang === 'es';
  return {
    text: translate(lang, `outcome.noRelief.${none.finding}`),
    summary: es ? none.summaryEs : none.summary,
    options: none.otherOptions.map((o) => ({
      name: es ? o.nameEs : o.name,
      does: es ? o.doesEs : o.does,
      citation: o.citation,
    })),
    next: translate(lang, 'outcome.noRelief.next'),
  };
}

const TAGS: Record<string, string> = {
  eligible: 'eligible',
  ineligible: 'ineligible',
  'needs-review': 'review',
};

/** `client`: the attorney path, which speaks of "the client" rather than "you". */
export function outcomeView(a: Assessment, pack: Pack, lang: Lang, client = false): OutcomeView {
  const relief = pack.reliefs.vacatur;
  const statusKey = (s: string) =>
    s === 'eligible'
      ? 'outcome.status.eligible'
      : s === 'ineligible'
        ? 'outcome.status.ineligible'
        : 'outcome.status.needs-review';
  const overallKey =
    a.overall === 'eligible'
      ? 'outcome.overall.eligible'
      : a.overall === 'partially-eligible'
        ? 'outcome.overall.partially-eligible'
        : a.overall === 'ineligible'
          ? 'outcome.overall.ineligible'
          : 'outcome.overall.needs-review';
  const dateText = (iso: string): string => (lang === 'es' ? fechaLarga(iso) : courtDate(iso));
  const helpfulEvidence = packTexts(
    relief?.proof.helpfulEvidence ?? [],
    relief?.proof.helpfulEvidenceEs,
    lang,
  );
  const requirements = a.requirements.map((q) => ({
    ...(lang === 'es' && q.messageEs
      ? { text: inWords(q.messageEs, q.dueDate), en: false }
      : { text: q.message, en: lang !== 'en' }),
    ...(q.citation ? { citation: q.citation } : {}),
    ...(q.dueDate ? { due: translate(lang, 'outcome.due', { date: dateText(q.dueDate) }) } : {}),
  }));
  return {
    authority: a.authority,
    remedyName: relief ? remedyName(relief, lang).text : a.remedy,
    overallText: translate(lang, client ? `${overallKey}@client` : overallKey),
    records: a.convictions.map((r) => ({
      n: r.index + 1,
      charge: r.asWritten,
      ...(r.offense ? offenseFields(r.offense, pack, lang) : {}),
      status: r.status,
      statusText: translate(lang, statusKey(r.status)),
      tag: TAGS[r.status] ?? 'review',
      reasons: r.reasons.map((x) => reasonView(x, r.status, lang)),
    })),
    helpfulEvidence,
    helpfulEvidenceInEnglish: helpfulEvidence.some((t) => t.en),
    requirements,
    requirementsInEnglish: requirements.some((t) => t.en),
    needsReview: packTexts(a.needsReview, relief?.needsReviewEs, lang),
    legalHelp: legalHelpOf(pack, lang),
    verified: translate(lang, 'outcome.verified', { date: dateText(a.verifiedOn) }),
    englishNote: translate(lang, 'outcome.inEnglish'),
    ...(pack.reliefs.none ? { noRelief: noReliefView(pack.reliefs.none, lang) } : {}),
  };
}
