import type { Reason } from '../assessment';
import type { Loss } from '../case-schema';

/**
 * What the restitution calculator shows its work with: every line a lawyer needs to check the
 * figures by hand. All money is integer cents; hours and weeks are rounded to 2 decimals for
 * display only (the amounts are computed from the exact values).
 */

/** A measure's code, as the pack lists it (`reliefs.restitution.measures[].code`). */
export type MethodCode = string;

/** One part of a period of work at one minimum-wage rate (a period is split at each change). */
export interface WageLine {
  /** Index of the period in `restitution.periods`. */
  period: number;
  start: string;
  end: string;
  days: number;
  /** days ÷ 7, to 2 decimals. */
  weeks: number;
  /** Hours worked in these days (hours per week × days ÷ 7), to 2 decimals. */
  hours: number;
  /** Minimum wage in force on these days, and the date it took effect. */
  rateCents: number;
  rateFrom: string;
  rateCitation: string;
  /** All hours at the rate. */
  straightCents: number;
  /** Hours paid at time and a half (the extra half is in `overtimeCents`). */
  overtimeHours: number;
  /** Hours paid at double time (under a daily overtime rule; the extra full rate is in `overtimeCents`). */
  doubleTimeHours: number;
  overtimeCents: number;
  /** straight + overtime. */
  valueCents: number;
  /** What the person was paid, applied to this line (see `paidRule`). */
  paidCents: number;
  /** value − paid, never below 0. */
  netCents: number;
}

/** The value of the hours at a market rate a person chose (when a measure needs one). */
export interface MarketLine {
  period: number;
  start: string;
  end: string;
  hours: number;
  rateCents: number;
  valueCents: number;
  paidCents: number;
  netCents: number;
}

/** What the defendant took in one period. */
export interface IncomeLine {
  period: number;
  start: string;
  end: string;
  cents: number;
}

export interface MethodTotal {
  code: MethodCode;
  label: string;
  citation: string;
  totalCents: number;
  /** False when the method could not be computed (e.g. no market rate was given). */
  available: boolean;
}

export interface LossLine {
  index: number;
  category: Loss['category'];
  categoryLabel: string;
  description: string;
  amountCents: number;
  start?: string;
  end?: string;
  citation: string;
}

/** Doubling of the wage value, as an alternative a lawyer may argue; never part of `totalCents`. */
export interface LiquidatedAlternative {
  wageValueCents: number;
  doubledCents: number;
  labourValueCents: number;
  totalCents: number;
  text: string;
  citation: string;
}

export interface RestitutionWarning {
  code: string;
  message: string;
  citation?: string;
  /** The facts the message names (numbers, ISO dates, the person's words), so a page can say it in another language. */
  vars?: Record<string, string | number>;
}

export interface RestitutionComputation {
  kind: 'restitution';
  /** The pack's name for its approach (`reliefs.restitution.method`). */
  method: string;
  /** How partial weeks, overtime, payments and rounding were handled, in plain words. */
  rules: { weeks: string; overtime: string; paid: string; rounding: string; wageTable: string };
  wageLines: WageLine[];
  marketLines: MarketLine[];
  incomeLines: IncomeLine[];
  methods: MethodTotal[];
  /** The method whose total is used (the greatest; on a tie, the first listed). */
  winner: MethodCode | null;
  labourValueCents: number;
  losses: LossLine[];
  lossesTotalCents: number;
  totalCents: number;
  liquidated?: LiquidatedAlternative;
  reasons: Reason[];
  warnings: RestitutionWarning[];
}

/** Narrow the assessment's `computation` (typed unknown there) to this shape. */
export function isRestitutionComputation(value: unknown): value is RestitutionComputation {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'restitution'
  );
}
