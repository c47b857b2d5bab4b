import type { Reason } from '../assessment';
import type { Restitution, WorkPeriod } from '../case-schema';
import {
  asksMarketRate,
  type MeasureNeed,
  type OvertimeRule,
  type RestitutionRelief,
} from '../restitution-pack-schema';
import type {
  IncomeLine,
  LiquidatedAlternative,
  MarketLine,
  MethodTotal,
  RestitutionComputation,
  RestitutionWarning,
} from './computation';
import { daysInclusive } from './days';
import { lossLinesOf, lostIncomeOverlaps } from './losses';
import { formatCents, roundDiv, toCents } from './money';
import { wageLinesOf } from './wage-lines';
import {
  dailyEightTwelveWeek,
  hundredths,
  weeklyFortyWeek,
  type WeekPattern,
} from './week-pattern';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export const RULES = {
  weeks:
    "Each period is counted in calendar days, first and last day included. A week is 7 days; a part of a week is valued as that fraction of the period's average week (hours per week × days ÷ 7), its overtime included, so a workweek cut by a change of rate is shared between the two rates day by day.",
  paid: "What the person was paid in a period is subtracted from that period's value, line by line in date order; a period never goes below $0, and a payment in one period does not reduce another.",
  rounding:
    'Each amount on a line is computed exactly and rounded once to the nearest cent (half a cent rounds up); totals are the sums of the rounded lines. Hours and weeks are shown to 2 decimals.',
} as const;

function incomeLinesOf(r: Restitution): IncomeLine[] {
  return r.periods.map((p, period) => ({
    period,
    start: p.start,
    end: p.end,
    cents: toCents(p.grossToDefendant),
  }));
}

function marketLinesOf(r: Restitution): MarketLine[] {
  const lines: MarketLine[] = [];
  r.periods.forEach((p, period) => {
    if (p.marketRatePerHour === undefined) return;
    const days = daysInclusive(p.start, p.end);
    const rateCents = toCents(p.marketRatePerHour);
    const hH = hundredths(p.hoursPerWeek);
    const valueCents = roundDiv(hH * days * rateCents, 700);
    const paidCents = Math.min(toCents(p.paidToVictim), valueCents);
    lines.push({
      period,
      start: p.start,
      end: p.end,
      hours: roundDiv(hH * days, 7) / 100,
      rateCents,
      valueCents,
      paidCents,
      netCents: valueCents - paidCents,
    });
  });
  return lines;
}

/** The greatest available total; the first listed wins a tie. */
function pickWinner(methods: readonly MethodTotal[]): MethodTotal | null {
  let best: MethodTotal | null = null;
  for (const m of methods)
    if (m.available && m.totalCents > 0 && (!best || m.totalCents > best.totalCents)) best = m;
  return best;
}

function comparison(methods: readonly MethodTotal[], winner: MethodTotal | null): string {
  const shown = methods.filter((m) => m.available);
  if (!winner)
    return 'No method gives a value for the work yet: add the periods of work, their hours and what the trafficker took.';
  const others = shown
    .filter((m) => m !== winner)
    .map((m) => `${m.label} (${formatCents(m.totalCents)})`);
  return `${winner.label} (${formatCents(winner.totalCents)}) is the greatest${others.length ? ` of the measures, compared with ${others.join(' and ')}` : ''}, so the value of the work claimed is ${formatCents(winner.totalCents)}.`;
}

/** The week pattern of a period under the pack's overtime rule. */
function weekOf(rule: OvertimeRule, p: WorkPeriod): WeekPattern {
  switch (rule) {
    case 'weekly-40':
      return weeklyFortyWeek(p.hoursPerWeek);
    case 'daily-8-12':
      return dailyEightTwelveWeek(p.hoursPerWeek, p.daysPerWeek);
  }
}

/**
 * The whole calculation for one person: the value of the work by each measure the pack lists,
 * the greatest of them, each loss, and the total. Pure; every figure is itemised.
 */
export function computeRestitution(
  r: Restitution,
  relief: RestitutionRelief,
): RestitutionComputation {
  const wage = wageLinesOf(r.periods, relief.minimumWage, (p) => weekOf(relief.overtime.rule, p));
  const incomeLines = incomeLinesOf(r);
  const marketLines = asksMarketRate(relief) ? marketLinesOf(r) : [];
  const wageTotal = sum(wage.lines.map((l) => l.netCents));
  const incomeTotal = sum(incomeLines.map((l) => l.cents));
  const hasPeriods = r.periods.length > 0;

  const valueOf: Record<MeasureNeed, { totalCents: number; available: boolean }> = {
    'gross-to-defendant': { totalCents: incomeTotal, available: hasPeriods },
    'minimum-wage': { totalCents: wageTotal, available: hasPeriods },
    'market-rate': {
      totalCents: sum(marketLines.map((l) => l.netCents)),
      available: marketLines.length > 0,
    },
  };
  const methods: MethodTotal[] = relief.measures.map((m) => ({
    code: m.code,
    label: m.label,
    citation: m.citation,
    ...valueOf[m.needs],
  }));
  const wageMethods = new Set(
    relief.measures.filter((m) => m.needs === 'minimum-wage').map((m) => m.code),
  );

  const winner = pickWinner(methods);
  const labourValueCents = winner?.totalCents ?? 0;
  const losses = lossLinesOf(r, relief);
  const lossesTotalCents = sum(losses.map((l) => l.amountCents));
  const totalCents = labourValueCents + lossesTotalCents;

  const warnings: RestitutionWarning[] = [
    ...wage.warnings,
    ...lostIncomeOverlaps(r, relief.law.losses.citation),
  ];
  if (marketLines.length > 0 && marketLines.length < r.periods.length)
    warnings.push({
      code: 'market-rate-partial',
      vars: { given: marketLines.length, periods: r.periods.length },
      message: `A market rate was given for ${marketLines.length} of ${r.periods.length} periods, so the market-rate total covers only those periods. Add a market rate for the others to compare like with like.`,
    });

  let liquidated: LiquidatedAlternative | undefined;
  if (relief.liquidatedDamages.available && wageTotal > 0) {
    const doubledCents = 2 * wageTotal;
    const alternativeLabour = Math.max(
      doubledCents,
      ...methods.filter((m) => !wageMethods.has(m.code) && m.available).map((m) => m.totalCents),
    );
    liquidated = {
      wageValueCents: wageTotal,
      doubledCents,
      labourValueCents: alternativeLabour,
      totalCents: alternativeLabour + lossesTotalCents,
      text: relief.liquidatedDamages.text,
      citation: relief.liquidatedDamages.citation,
    };
  }

  const reasons: Reason[] = [
    {
      code: 'restitution-mandatory',
      message: relief.law.mandatory.message,
      citation: relief.law.mandatory.citation,
    },
  ];
  if (hasPeriods) {
    reasons.push({
      code: 'labour-value',
      message: comparison(methods, winner),
      citation: relief.law.labourValue.citation,
    });
    reasons.push({
      code: 'gross-not-net',
      message: relief.law.grossIncome.message,
      citation: relief.law.grossIncome.citation,
    });
    reasons.push({
      code: 'illegality-no-bar',
      message: relief.law.illegalityNoBar.message,
      citation: relief.law.illegalityNoBar.citation,
    });
  }
  if (losses.length > 0)
    reasons.push({
      code: 'losses',
      message: `${relief.law.losses.message} The ${losses.length === 1 ? 'loss listed comes' : `${losses.length} losses listed come`} to ${formatCents(lossesTotalCents)}.`,
      citation: relief.law.losses.citation,
    });

  return {
    kind: 'restitution',
    method: relief.method,
    rules: { ...RULES, overtime: relief.overtime.text, wageTable: relief.minimumWageNote },
    wageLines: wage.lines,
    marketLines,
    incomeLines,
    methods,
    winner: winner?.code ?? null,
    labourValueCents,
    losses,
    lossesTotalCents,
    totalCents,
    ...(liquidated ? { liquidated } : {}),
    reasons,
    warnings,
  };
}
