import { courtDate } from '../../domain/dates';
import type { Assessment, Reason } from '../../domain/assessment';
import type { Pack } from '../../domain/pack-schema';
import { translate, type Lang } from '../i18n';

/** Spanish plain text for the engine's own reason codes. The pack's legal wording stays in English, marked as such. */
const ES_REASONS: Record<string, string> = {
  'offense-unknown':
    'Esta herramienta no reconoce el cargo tal como está escrito; un abogado debería revisarlo.',
  'offense-ambiguous':
    'El cargo puede ser más de un delito; diga cuál es la subdivisión o el código.',
  'offense-subdivision':
    'El cargo se leyó como una subdivisión de una sección que la herramienta conoce.',
};

export interface ReasonView {
  text: string;
  /** The original English wording, shown beside a Spanish summary. */
  original?: string;
  citation?: string;
}

export interface RecordOutcomeView {
  n: number;
  charge: string;
  offenseName?: string;
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
  helpfulEvidence: string[];
  requirements: { text: string; original?: string; citation?: string; due?: string }[];
  needsReview: string[];
  legalHelp: { name: string; url?: string; phone?: string }[];
  verified: string;
  englishNote: string;
}

function reasonView(r: Reason, status: string, lang: Lang): ReasonView {
  const base = r.citation ? { citation: r.citation } : {};
  if (lang === 'en') return { text: r.message, ...base };
  const es = ES_REASONS[r.code];
  if (es) return { text: es, ...base };
  const fallbackKey = status === 'eligible' || status === 'ineligible' ? status : 'needs-review';
  return {
    text: translate(lang, `outcome.reasonFallback.${fallbackKey}`),
    original: r.message,
    ...base,
  };
}

const TAGS: Record<string, string> = {
  eligible: 'eligible',
  ineligible: 'ineligible',
  'needs-review': 'review',
};

export function outcomeView(a: Assessment, pack: Pack, lang: Lang): OutcomeView {
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
  return {
    authority: a.authority,
    remedyName: relief?.remedyName ?? a.remedy,
    overallText: translate(lang, overallKey),
    records: a.convictions.map((r) => ({
      n: r.index + 1,
      charge: r.asWritten,
      ...(r.offense ? { offenseName: r.offense.name, citation: r.offense.citation } : {}),
      status: r.status,
      statusText: translate(lang, statusKey(r.status)),
      tag: TAGS[r.status] ?? 'review',
      reasons: r.reasons.map((x) => reasonView(x, r.status, lang)),
    })),
    helpfulEvidence: relief?.proof.helpfulEvidence ?? [],
    requirements: a.requirements.map((q) => {
      const v = reasonView(q, 'needs-review', lang);
      return {
        text: lang === 'en' ? q.message : (v.original ?? v.text),
        ...(q.citation ? { citation: q.citation } : {}),
        ...(q.dueDate
          ? { due: translate(lang, 'outcome.due', { date: courtDate(q.dueDate) }) }
          : {}),
      };
    }),
    needsReview: a.needsReview,
    legalHelp: pack.legalHelp,
    verified: translate(lang, 'outcome.verified', { date: courtDate(a.verifiedOn) }),
    englishNote: translate(lang, 'outcome.inEnglish'),
  };
}
