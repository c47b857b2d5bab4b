import type { WorkPeriod } from '../case-schema';
import type { WageRate } from '../restitution-pack-schema';
import type { RestitutionWarning, WageLine } from './computation';
import { addDaysIso, daysInclusive } from './days';
import { roundDiv, toCents } from './money';
import type { WeekPattern } from './week-pattern';

interface RateSpan {
  start: string;
  end: string;
  rate: WageRate;
}

/** Split [start, end] at every change of rate; days before the first rate are returned apart. */
export function splitAtRates(
  start: string,
  end: string,
  table: readonly WageRate[],
): { spans: RateSpan[]; uncovered: { start: string; end: string } | null } {
  const first = table[0];
  if (!first || end < first.from) return { spans: [], uncovered: { start, end } };
  const uncovered = start < first.from ? { start, end: addDaysIso(first.from, -1) } : null;
  const spans: RateSpan[] = [];
  table.forEach((rate, i) => {
    const next = table[i + 1];
    const rateEnd = next ? addDaysIso(next.from, -1) : '9999-12-31';
    const s = start > rate.from ? start : rate.from;
    const e = end < rateEnd ? end : rateEnd;
    if (s <= e) spans.push({ start: s, end: e, rate });
  });
  return { spans, uncovered };
}

const round2 = (num: number, den: number) => roundDiv(num * 100, den) / 100;

/**
 * The value of each period's hours at the minimum wage in force, line by line. A part-week is
 * valued as that fraction of the period's average week (days ÷ 7), overtime included; what the
 * person was paid in a period is applied to its lines in date order, so no line goes below 0.
 */
export function wageLinesOf(
  periods: readonly WorkPeriod[],
  table: readonly WageRate[],
  patternOf: (p: WorkPeriod) => WeekPattern,
): { lines: WageLine[]; warnings: RestitutionWarning[] } {
  const lines: WageLine[] = [];
  const warnings: RestitutionWarning[] = [];
  periods.forEach((p, period) => {
    const week = patternOf(p);
    const { spans, uncovered } = splitAtRates(p.start, p.end, table);
    if (uncovered)
      warnings.push({
        code: 'before-wage-table',
        vars: {
          period: period + 1,
          start: uncovered.start,
          end: uncovered.end,
          first: table[0]?.from ?? '',
        },
        message: `Period ${period + 1}: the days from ${uncovered.start} to ${uncovered.end} are before the first minimum wage in this jurisdiction's table (${table[0]?.from ?? 'none'}), so they are not valued at the minimum wage. A lawyer should add the rate in force then.`,
      });
    let paidLeft = toCents(p.paidToVictim);
    for (const span of spans) {
      const days = daysInclusive(span.start, span.end);
      const rateCents = toCents(span.rate.hourly);
      const den = week.scale * 7;
      const straightCents = roundDiv(week.total * days * rateCents, den);
      const overtimeCents = roundDiv(
        (week.overtime + 2 * week.doubleTime) * days * rateCents,
        den * 2,
      );
      const valueCents = straightCents + overtimeCents;
      const paidCents = Math.min(paidLeft, valueCents);
      paidLeft -= paidCents;
      lines.push({
        period,
        start: span.start,
        end: span.end,
        days,
        weeks: round2(days, 7),
        hours: round2(week.total * days, den),
        rateCents,
        rateFrom: span.rate.from,
        rateCitation: span.rate.citation,
        straightCents,
        overtimeHours: round2(week.overtime * days, den),
        doubleTimeHours: round2(week.doubleTime * days, den),
        overtimeCents,
        valueCents,
        paidCents,
        netCents: valueCents - paidCents,
      });
    }
  });
  return { lines, warnings };
}
