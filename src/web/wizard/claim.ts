import type { Assessment } from '../../domain/assessment';
import { courtDate } from '../../domain/dates';
import type { Pack } from '../../domain/pack-schema';
import type { Measure } from '../../domain/restitution-pack-schema';
import type { RestitutionWarning } from '../../domain/restitution/computation';
import { formatCents } from '../../domain/restitution/money';
import { fechaLarga } from '../../documents/labels';
import { isMessageKey, translate, type Lang, type MessageKey } from '../i18n';
import { isoToTyped } from './dates';
import { remedyName } from './pack-text';

/** Requirements the engine words itself (not from the pack): said again here in plain words. */
const OWN_REQUIREMENTS = new Set(['amount-claimed', 'nothing-to-claim-yet']);

export interface ClaimView {
  authority: string;
  remedyName: string;
  hasWork: boolean;
  methods: { label: string; citation: string; total: string; winner: boolean }[];
  winnerText: string;
  labourValue: string;
  losses: { n: number; category: string; description: string; amount: string; dates: string }[];
  lossesTotal: string;
  total: string;
  nothingYet: boolean;
  liquidated?: { text: string; original: string; citation: string };
  wageLines: {
    period: number;
    dates: string;
    hours: string;
    rate: string;
    value: string;
    paid: string;
    net: string;
  }[];
  incomeLines: { period: number; dates: string; amount: string }[];
  /** `en`: the warning has no Spanish wording yet and is shown in English, marked. */
  warnings: { text: string; en: boolean }[];
  warningsInEnglish: boolean;
  requirements: { text: string; en: boolean; citation?: string }[];
  needsReview: string[];
  verified: string;
  englishNote: string;
  /** The label before the lawyer notes, which stay in English. */
  lawyerNote: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A computation warning in the page's language: said again from its code and facts, dates in words. */
function warningText(w: RestitutionWarning, lang: Lang): { text: string; en: boolean } {
  const key = `claim.warning.${w.code}`;
  if (lang === 'en' || !w.vars || !isMessageKey(key)) return { text: w.message, en: lang !== 'en' };
  const vars = Object.fromEntries(
    Object.entries(w.vars).map(([k, v]) => [
      k,
      typeof v === 'string' && ISO.test(v) ? fechaLarga(v) : v,
    ]),
  );
  const text = translate(lang, key, vars);
  return text ? { text, en: false } : { text: w.message, en: true };
}

/** A measure in the person's words and language (the pack's `plain`/`plainEs`); the citation stays as written. */
function measureText(m: Measure | undefined, fallback: string, lang: Lang): string {
  if (!m) return fallback;
  return lang === 'es' ? m.plainEs : m.plain;
}

const range = (start?: string, end?: string) =>
  start || end ? `${isoToTyped(start ?? '')} – ${isoToTyped(end ?? start ?? '')}` : '';

/** "What you can ask for": the computation, every figure, in plain words and in the person's language. */
export function claimView(a: Assessment, pack: Pack, lang: Lang): ClaimView {
  const relief = pack.reliefs.restitution;
  const c = a.computation;
  const t = (key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars);
  const methods = (c?.methods ?? [])
    .filter((m) => m.available)
    .map((m) => ({
      label: measureText(
        relief?.measures.find((x) => x.code === m.code),
        m.label,
        lang,
      ),
      citation: m.citation,
      total: formatCents(m.totalCents),
      winner: m.code === c?.winner,
    }));
  const winner = methods.find((m) => m.winner);
  const warnings = (c?.warnings ?? []).map((w) => warningText(w, lang));
  const requirements = a.requirements
    .filter((q) => !OWN_REQUIREMENTS.has(q.code))
    .map((q) => {
      const fromPack = [
        ...(relief?.requirements ?? []),
        ...(relief?.convictions ? [relief.convictions.unknown, relief.convictions.notCovered] : []),
      ].find((r) => r.code === q.code);
      const es = q.messageEs ?? fromPack?.messageEs;
      const spanish = lang === 'es' && es ? es : undefined;
      return {
        text: spanish ?? q.message,
        en: lang !== 'en' && !spanish,
        ...(q.citation ? { citation: q.citation } : {}),
      };
    });
  return {
    authority: a.authority,
    remedyName: relief ? remedyName(relief, lang).text : a.remedy,
    hasWork: (c?.incomeLines.length ?? 0) > 0,
    methods,
    winnerText: winner
      ? t(methods.length > 1 ? 'claim.winner' : 'claim.winnerOnly', {
          method: winner.label,
          amount: winner.total,
        })
      : t('claim.noWinner'),
    labourValue: formatCents(c?.labourValueCents ?? 0),
    losses: (c?.losses ?? []).map((l) => {
      const cat = relief?.lossCategories[l.category];
      return {
        n: l.index + 1,
        category: (lang === 'es' ? cat?.labelEs : undefined) ?? cat?.label ?? l.categoryLabel,
        description: l.description,
        amount: formatCents(l.amountCents),
        dates: range(l.start, l.end),
      };
    }),
    lossesTotal: formatCents(c?.lossesTotalCents ?? 0),
    total: formatCents(c?.totalCents ?? 0),
    nothingYet: (c?.totalCents ?? 0) === 0,
    ...(c?.liquidated
      ? {
          liquidated: {
            text: t(
              c.liquidated.totalCents === c.totalCents
                ? 'claim.liquidatedNoChange'
                : 'claim.liquidatedText',
              {
                doubled: formatCents(c.liquidated.doubledCents),
                total: formatCents(c.liquidated.totalCents),
              },
            ),
            original: c.liquidated.text,
            citation: c.liquidated.citation,
          },
        }
      : {}),
    wageLines: (c?.wageLines ?? []).map((l) => ({
      period: l.period + 1,
      dates: range(l.start, l.end),
      hours: l.hours.toFixed(2),
      rate: formatCents(l.rateCents),
      value: formatCents(l.valueCents),
      paid: formatCents(l.paidCents),
      net: formatCents(l.netCents),
    })),
    incomeLines: (c?.incomeLines ?? []).map((l) => ({
      period: l.period + 1,
      dates: range(l.start, l.end),
      amount: formatCents(l.cents),
    })),
    warnings,
    warningsInEnglish: warnings.some((w) => w.en),
    requirements,
    needsReview: a.needsReview,
    verified: t('outcome.verified', {
      date: lang === 'es' ? fechaLarga(a.verifiedOn) : courtDate(a.verifiedOn),
    }),
    englishNote: t('outcome.inEnglish'),
    lawyerNote: t('outcome.lawyerNoteInEnglish'),
  };
}
