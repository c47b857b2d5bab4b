import { LOSS_CATEGORIES } from '../../domain/case-schema';
import { translate } from '../i18n';
import { Checker, field, type FormBody } from './checker';
import { dateInWords, isoToTyped, typedDateToIso } from './dates';
import {
  LOSS_FIELDS,
  PERIOD_FIELDS,
  type CriminalCaseDraft,
  type LossDraft,
  type PeriodDraft,
} from './draft';
import type { Checked } from './validate';

interface Ctx {
  lang: 'en' | 'es';
  today: string;
}

/** The criminal case: court, case number and the defendants, one per line. */
export function checkCriminalCase(body: FormBody, ctx: Ctx): Checked<CriminalCaseDraft> {
  const c = new Checker(ctx.lang, ctx.today);
  const typed: CriminalCaseDraft = {
    court: field(body, 'court'),
    caseNumber: field(body, 'caseNumber'),
    defendants: field(body, 'defendants'),
  };
  const court = c.text('court', typed.court, {
    label: 'field.criminalCourt',
    required: true,
    max: 200,
  });
  const caseNumber = c.text('caseNumber', typed.caseNumber, {
    label: 'field.caseNumber',
    required: true,
    max: 80,
  });
  const names = typed.defendants
    .split('\n')
    .map((n) => n.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (names.length === 0)
    c.add('defendants', 'rule.required', { label: translate(ctx.lang, 'field.defendants') });
  else if (names.length > 20) c.add('defendants', 'rule.defendantsMany');
  else if (names.some((n) => n.length > 150))
    c.add('defendants', 'rule.tooLong', {
      label: translate(ctx.lang, 'field.defendantName'),
      max: 150,
    });
  return c.ok
    ? { ok: true, value: { court, caseNumber, defendants: names.join('\n') } }
    : { ok: false, errors: c.errors, typed };
}

/** One period of work. The market rate is asked only where the law uses it (the pack says). */
export function checkPeriod(
  body: FormBody,
  ctx: Ctx,
  withMarketRate: boolean,
  /** The other periods already given: a period may not overlap one (its work would count twice). */
  others: readonly { n: number; start: string; end: string }[] = [],
): Checked<PeriodDraft> {
  const c = new Checker(ctx.lang, ctx.today);
  const typed = {} as PeriodDraft;
  for (const f of PERIOD_FIELDS) typed[f] = field(body, f);
  if (!withMarketRate) typed.marketRatePerHour = '';
  const start = c.date('start', typed.start, 'field.periodStart', true);
  const end = c.date('end', typed.end, 'field.periodEnd', true);
  if (start && end && end < start) c.add('end', 'rule.periodEndAfterStart');
  else if (start && end) {
    const clash = others.find((o) => {
      const [from, to] = [typedDateToIso(o.start), typedDateToIso(o.end)];
      return from !== undefined && to !== undefined && start <= to && from <= end;
    });
    if (clash)
      c.add('start', 'period.overlap', {
        n: clash.n,
        from: dateInWords(clash.start, ctx.lang),
        to: dateInWords(clash.end, ctx.lang),
      });
  }
  const hours = c.count('hoursPerWeek', typed.hoursPerWeek, 'field.hoursPerWeek', {
    min: 1,
    max: 168,
  });
  const days = c.count('daysPerWeek', typed.daysPerWeek, 'field.daysPerWeek', {
    min: 1,
    max: 7,
    whole: true,
  });
  const gross = c.money('grossToDefendant', typed.grossToDefendant, 'field.grossToDefendant', {
    required: true,
  });
  const paid = c.money('paidToVictim', typed.paidToVictim, 'field.paidToVictim', {
    required: false,
  });
  const market = withMarketRate
    ? c.money('marketRatePerHour', typed.marketRatePerHour, 'field.marketRatePerHour', {
        required: false,
        positive: true,
      })
    : '';
  if (!c.ok || !start || !end || hours === undefined || days === undefined || gross === undefined)
    return { ok: false, errors: c.errors, typed };
  return {
    ok: true,
    value: {
      start: isoToTyped(start),
      end: isoToTyped(end),
      hoursPerWeek: String(hours),
      daysPerWeek: String(days),
      grossToDefendant: gross,
      paidToVictim: paid || '0.00',
      marketRatePerHour: market ?? '',
    },
  };
}

/** One loss: its category, what it was for, the amount, and optional dates. */
export function checkLoss(body: FormBody, ctx: Ctx): Checked<LossDraft> {
  const c = new Checker(ctx.lang, ctx.today);
  const typed = {} as LossDraft;
  for (const f of LOSS_FIELDS) typed[f] = field(body, f);
  const category = c.choice('category', typed.category, LOSS_CATEGORIES, 'field.lossCategory');
  const description = c.text('description', typed.description, {
    label: 'field.lossDescription',
    required: true,
    max: 300,
  });
  const amount = c.money('amount', typed.amount, 'field.lossAmount', {
    required: true,
    positive: true,
  });
  const start = c.date('start', typed.start, 'field.lossStart', false);
  const end = c.date('end', typed.end, 'field.lossEnd', false);
  if (start && end && end < start) c.add('end', 'rule.lossEndAfterStart');
  if (!c.ok || amount === undefined) return { ok: false, errors: c.errors, typed };
  return {
    ok: true,
    value: {
      category,
      description,
      amount,
      start: start ? isoToTyped(start) : '',
      end: end ? isoToTyped(end) : '',
    },
  };
}
