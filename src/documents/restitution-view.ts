import type { Assessment } from '../domain/assessment';
import type { Case, Restitution } from '../domain/case-schema';
import { courtDate } from '../domain/dates';
import type { Pack } from '../domain/pack-schema';
import type { RestitutionRelief } from '../domain/restitution-pack-schema';
import {
  isRestitutionComputation,
  type RestitutionComputation,
} from '../domain/restitution/computation';
import { computeRestitution } from '../domain/restitution/compute-restitution';
import { AppError } from '../domain/app-error';
import type { Lang } from './labels';
import { fechaLarga } from './labels';
import type { CaptionBlock } from './model';
import { formatMoney as money } from './template-engine';
import { addressLines, attorneyView, type AttorneyView } from './view-model';
import { legalHelpView, type LegalHelpView } from './legal-help-view';

/** A restitution packet was asked of a pack that has no restitution part: a data or routing mistake. */
export class RestitutionPacketError extends AppError {}

// ---------------------------------------------------------------------------------------------
// The view: everything a template prints, already formatted. Every key is always present
// (templates compile in strict mode), empty values are '' or [] and never undefined.

interface LawLine {
  message: string;
  citation: string;
}

export interface RestitutionView {
  lang: Lang;
  today: string;
  todayEs: string;
  court: string;
  caseNumber: string;
  defendants: string[];
  defendantsText: string;
  severalDefendants: boolean;
  victim: {
    name: string;
    otherNamesText: string;
    addressLines: string[];
    phone: string;
    email: string;
  };
  represented: boolean;
  attorney: AttorneyView;
  authority: string;
  remedyName: string;
  law: {
    mandatory: LawLine;
    labourValue: LawLine;
    grossIncome: LawLine;
    illegalityNoBar: LawLine;
    losses: LawLine;
    burden: LawLine;
    overtime: LawLine;
  };
  work: {
    has: boolean;
    periods: Array<{
      number: number;
      dates: string;
      datesEs: string;
      hoursPerWeek: string;
      daysPerWeek: number;
      taken: string;
      paid: string;
      marketRate: string;
    }>;
    wageRows: Array<{
      period: number;
      dates: string;
      days: number;
      weeks: string;
      hours: string;
      rate: string;
      straight: string;
      overtimeHours: string;
      doubleTimeHours: string;
      overtime: string;
      value: string;
      paid: string;
      net: string;
    }>;
    wageTotals: { straight: string; overtime: string; value: string; paid: string; net: string };
    showDoubleTime: boolean;
    incomeRows: Array<{ period: number; dates: string; amount: string }>;
    incomeTotal: string;
    marketRows: Array<{
      period: number;
      dates: string;
      hours: string;
      rate: string;
      value: string;
      paid: string;
      net: string;
    }>;
    hasMarket: boolean;
    methods: Array<{
      label: string;
      total: string;
      citation: string;
      winner: boolean;
      available: boolean;
    }>;
    winnerLabel: string;
  };
  labourValue: string;
  losses: Array<{
    number: number;
    category: string;
    categoryEs: string;
    description: string;
    dates: string;
    amount: string;
  }>;
  hasLosses: boolean;
  lossesTotal: string;
  total: string;
  liquidated: {
    has: boolean;
    wageValue: string;
    doubled: string;
    labourValue: string;
    total: string;
    text: string;
    citation: string;
  };
  warnings: string[];
  rules: { weeks: string; overtime: string; paid: string; rounding: string; wageTable: string };
  requirements: Array<{ message: string; citation: string }>;
  needsReview: string[];
  legalHelp: LegalHelpView[];
  caption: CaptionBlock | null;
  signer: { lines: string[] };
}

const hoursText = (n: number): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const shortDate = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${m}/${d}/${y}`;
};
const range = (start: string, end: string): string => `${shortDate(start)} – ${shortDate(end)}`;

function computationOf(
  a: Assessment,
  r: Restitution,
  relief: RestitutionRelief,
): RestitutionComputation {
  return isRestitutionComputation(a.computation) ? a.computation : computeRestitution(r, relief);
}

function lawLine(t: { message: string; citation: string }): LawLine {
  return { message: t.message, citation: t.citation };
}

const sumOf = (xs: number[]) => xs.reduce((x, y) => x + y, 0);

type Work = RestitutionView['work'];

/** The work: each period as typed, and each measure's lines and totals. */
function workView(r: Restitution, k: RestitutionComputation): Work {
  return {
    has: r.periods.length > 0,
    periods: r.periods.map((period, i) => ({
      number: i + 1,
      dates: `${courtDate(period.start)} to ${courtDate(period.end)}`,
      datesEs: `del ${fechaLarga(period.start)} al ${fechaLarga(period.end)}`,
      hoursPerWeek: hoursText(period.hoursPerWeek),
      daysPerWeek: period.daysPerWeek,
      taken: money(Math.round(period.grossToDefendant * 100)),
      paid: money(Math.round(period.paidToVictim * 100)),
      marketRate:
        period.marketRatePerHour === undefined
          ? ''
          : money(Math.round(period.marketRatePerHour * 100)),
    })),
    wageRows: k.wageLines.map((l) => ({
      period: l.period + 1,
      dates: range(l.start, l.end),
      days: l.days,
      weeks: hoursText(l.weeks),
      hours: hoursText(l.hours),
      rate: money(l.rateCents),
      straight: money(l.straightCents),
      overtimeHours: hoursText(l.overtimeHours),
      doubleTimeHours: hoursText(l.doubleTimeHours),
      overtime: money(l.overtimeCents),
      value: money(l.valueCents),
      paid: money(l.paidCents),
      net: money(l.netCents),
    })),
    wageTotals: {
      straight: money(sumOf(k.wageLines.map((l) => l.straightCents))),
      overtime: money(sumOf(k.wageLines.map((l) => l.overtimeCents))),
      value: money(sumOf(k.wageLines.map((l) => l.valueCents))),
      paid: money(sumOf(k.wageLines.map((l) => l.paidCents))),
      net: money(sumOf(k.wageLines.map((l) => l.netCents))),
    },
    showDoubleTime: k.wageLines.some((l) => l.doubleTimeHours > 0),
    incomeRows: k.incomeLines.map((l) => ({
      period: l.period + 1,
      dates: range(l.start, l.end),
      amount: money(l.cents),
    })),
    incomeTotal: money(sumOf(k.incomeLines.map((l) => l.cents))),
    marketRows: k.marketLines.map((l) => ({
      period: l.period + 1,
      dates: range(l.start, l.end),
      hours: hoursText(l.hours),
      rate: money(l.rateCents),
      value: money(l.valueCents),
      paid: money(l.paidCents),
      net: money(l.netCents),
    })),
    hasMarket: k.marketLines.length > 0,
    methods: k.methods.map((m) => ({
      label: m.label,
      total: m.available ? money(m.totalCents) : 'not given',
      citation: m.citation,
      winner: m.code === k.winner,
      available: m.available,
    })),
    winnerLabel: k.methods.find((m) => m.code === k.winner)?.label ?? '',
  };
}

function lossesView(
  k: RestitutionComputation,
  relief: RestitutionRelief,
): RestitutionView['losses'] {
  return k.losses.map((l) => ({
    number: l.index + 1,
    category: l.categoryLabel,
    categoryEs: relief.lossCategories[l.category].labelEs ?? l.categoryLabel,
    description: l.description,
    dates: l.start || l.end ? range(l.start ?? l.end ?? '', l.end ?? l.start ?? '') : '',
    amount: money(l.amountCents),
  }));
}

/** The doubled wage value, as an argument; when the law has none, its text says why. */
function liquidatedView(
  k: RestitutionComputation,
  relief: RestitutionRelief,
): RestitutionView['liquidated'] {
  const l = k.liquidated;
  return l
    ? {
        has: true,
        wageValue: money(l.wageValueCents),
        doubled: money(l.doubledCents),
        labourValue: money(l.labourValueCents),
        total: money(l.totalCents),
        text: l.text,
        citation: l.citation,
      }
    : {
        has: false,
        wageValue: '',
        doubled: '',
        labourValue: '',
        total: '',
        text: relief.liquidatedDamages.text,
        citation: relief.liquidatedDamages.citation,
      };
}

/** Who signs: the attorney with their bar number, or the victim representing themself. */
function signerLines(c: Case, attorney: AttorneyView): string[] {
  const p = c.petitioner;
  const a = c.representation.mode === 'attorney' ? c.representation.attorney : undefined;
  if (a)
    return [
      a.name,
      ...(a.firm ? [a.firm] : []),
      `Attorney for the victim, ${p.legalName}`,
      `Bar No. ${a.barNumber}`,
      ...attorney.addressLines,
      ...(a.phone ? [`Telephone: ${a.phone}`] : []),
      ...(a.email ? [`Email: ${a.email}`] : []),
    ];
  return [
    p.legalName,
    'Victim, representing myself',
    ...addressLines(p.address),
    ...(p.phone ? [`Telephone: ${p.phone}`] : []),
    ...(p.email ? [`Email: ${p.email}`] : []),
  ];
}

function lawView(relief: RestitutionRelief): RestitutionView['law'] {
  return {
    mandatory: lawLine(relief.law.mandatory),
    labourValue: lawLine(relief.law.labourValue),
    grossIncome: lawLine(relief.law.grossIncome),
    illegalityNoBar: lawLine(relief.law.illegalityNoBar),
    losses: lawLine(relief.law.losses),
    burden: lawLine(relief.law.burden),
    overtime: { message: relief.overtime.text, citation: relief.overtime.citation },
  };
}

/** The view every restitution template is filled with, complete in one pass (no caption yet). Pure. */
export function buildRestitutionView(
  c: Case,
  a: Assessment,
  pack: Pack,
  opts: { today: string; lang: Lang },
): RestitutionView {
  const relief = pack.reliefs.restitution;
  const r = c.restitution;
  if (!relief || !r)
    throw new RestitutionPacketError(
      `Pack ${pack.code} has no restitution part, or the case has no restitution details`,
    );
  const k = computationOf(a, r, relief);
  const p = c.petitioner;
  const attorney = attorneyView(c);
  const es = opts.lang === 'es';
  return {
    lang: opts.lang,
    today: courtDate(opts.today),
    todayEs: fechaLarga(opts.today),
    court: r.court,
    caseNumber: r.caseNumber,
    defendants: r.defendants,
    defendantsText: r.defendants.join(', '),
    severalDefendants: r.defendants.length > 1,
    victim: {
      name: p.legalName,
      otherNamesText: p.otherNames.join(', '),
      addressLines: addressLines(p.address),
      phone: p.phone ?? '',
      email: p.email ?? '',
    },
    represented: c.representation.mode === 'attorney',
    attorney,
    authority: relief.authority,
    remedyName: relief.remedyName,
    law: lawView(relief),
    work: workView(r, k),
    labourValue: money(k.labourValueCents),
    losses: lossesView(k, relief),
    hasLosses: k.losses.length > 0,
    lossesTotal: money(k.lossesTotalCents),
    total: money(k.totalCents),
    liquidated: liquidatedView(k, relief),
    warnings: k.warnings.map((w) => w.message),
    rules: k.rules,
    requirements: relief.requirements.map((req) => ({
      message: es && req.messageEs ? req.messageEs : req.message,
      citation: req.citation ?? '',
    })),
    needsReview: a.needsReview,
    legalHelp: legalHelpView(pack),
    caption: null,
    signer: { lines: signerLines(c, attorney) },
  };
}
