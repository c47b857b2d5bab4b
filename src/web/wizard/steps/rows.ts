import { LOSS_CATEGORIES } from '../../../domain/case-schema';
import type { Pack } from '../../../domain/pack-schema';
import { formatCents } from '../../../domain/restitution/money';
import type { Lang } from '../../i18n';
import { isKnownCharge } from '../catalogue';
import { CASE_ENDS, type CaseEnd, courtName, recordQuestionsOf } from '../record-questions';
import type { LossDraft, PeriodDraft, RecordDraft } from '../draft';
import { dateInWords } from '../dates';
import { parseDollars } from '../money';
import { t } from './helpers';

/** Plain dollars as the person will read them in the papers ("$1,200.50"). */
export function shown(dollars: string): string {
  const m = parseDollars(dollars);
  return m.ok ? formatCents(m.cents) : dollars;
}

export function categoryLabel(pack: Pack | undefined, category: string, lang: Lang): string {
  const c = pack?.reliefs.restitution?.lossCategories[category as (typeof LOSS_CATEGORIES)[number]];
  return (lang === 'es' ? c?.labelEs : undefined) ?? c?.label ?? category;
}

export function recordRow(r: RecordDraft, i: number, pack: Pack | undefined, lang: Lang) {
  const asks = recordQuestionsOf(pack);
  const ended = (CASE_ENDS as readonly string[]).includes(r.disposition)
    ? t(lang, `endShort.${r.disposition as CaseEnd}`)
    : '';
  const answer = (v: string) =>
    v === 'yes' ? t(lang, 'yes') : v === 'no' ? t(lang, 'no') : v ? t(lang, 'dontKnow') : '';
  return {
    index: i,
    n: i + 1,
    offense: r.offense,
    description: r.description,
    arrestDate: dateInWords(r.arrestDate, lang),
    offenseDate: dateInWords(r.offenseDate, lang),
    convicted: r.convicted === 'yes',
    convictionDate: dateInWords(r.convictionDate, lang),
    ended: ended || t(lang, 'records.endNotAnswered'),
    imprisoned: answer(r.imprisoned),
    court:
      courtName(asks, r.courtKind, r.court) ||
      (r.courtKind === 'unknown' ? t(lang, 'dontKnow') : ''),
    county: r.county,
    docketNumber: r.docketNumber,
    arrestPlace: r.arrestPlace,
    childVictim: answer(r.childVictim),
    juvenile: r.juvenile === 'yes',
    unknown: pack ? !isKnownCharge(r.offense, pack) : false,
    changeLabel: `${t(lang, 'button.change')} ${t(lang, 'record.titleN', { n: i + 1 })}`,
    removeLabel: `${t(lang, 'button.remove')} ${t(lang, 'record.titleN', { n: i + 1 })}`,
  };
}

export function periodRow(p: PeriodDraft, i: number, lang: Lang) {
  const label = t(lang, 'period.titleN', { n: i + 1 });
  return {
    index: i,
    n: i + 1,
    dates: `${dateInWords(p.start, lang)} – ${dateInWords(p.end, lang)}`,
    hoursPerWeek: p.hoursPerWeek,
    daysPerWeek: p.daysPerWeek,
    gross: shown(p.grossToDefendant),
    paid: shown(p.paidToVictim || '0'),
    market: p.marketRatePerHour ? shown(p.marketRatePerHour) : '',
    changeLabel: `${t(lang, 'button.change')} ${label}`,
    removeLabel: `${t(lang, 'button.remove')} ${label}`,
  };
}

export function lossRow(l: LossDraft, i: number, pack: Pack | undefined, lang: Lang) {
  const label = t(lang, 'loss.titleN', { n: i + 1 });
  return {
    index: i,
    n: i + 1,
    category: categoryLabel(pack, l.category, lang),
    description: l.description,
    amount: shown(l.amount),
    dates:
      l.start || l.end
        ? `${dateInWords(l.start || l.end, lang)} – ${dateInWords(l.end || l.start, lang)}`
        : '',
    changeLabel: `${t(lang, 'button.change')} ${label}`,
    removeLabel: `${t(lang, 'button.remove')} ${label}`,
  };
}
