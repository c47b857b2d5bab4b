import { DISPOSITIONS } from '../../domain/case-schema';
import type { Lang } from '../i18n';
import { isoToTyped } from './dates';
import { centsToPlain, parseDollars } from './money';
import { courtChoiceOf, type RecordQuestions } from './record-questions';
import {
  emptyLoss,
  emptyPeriod,
  emptyRecord,
  type Draft,
  type LossDraft,
  type PeriodDraft,
  type RecordDraft,
} from './draft';

type Obj = Record<string, unknown>;

const obj = (v: unknown): Obj =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};
const str = (v: unknown, max = 20000): string => (typeof v === 'string' ? v.slice(0, max) : '');
const date = (v: unknown): string => (typeof v === 'string' && v ? isoToTyped(v.slice(0, 40)) : '');
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v.slice(0, 100) : []);

const yesNo = (v: unknown): string => (v === true ? 'yes' : v === false ? 'no' : '');

function recordOf(raw: unknown, asks: RecordQuestions): RecordDraft {
  const r = obj(raw);
  const convicted =
    r['convictionDate'] === null ? 'no' : typeof r['convictionDate'] === 'string' ? 'yes' : '';
  const given = str(r['disposition'], 40);
  const disposition =
    convicted === 'yes'
      ? 'convicted'
      : (DISPOSITIONS as readonly string[]).includes(given)
        ? given
        : '';
  const court = str(r['court'], 300);
  return {
    ...emptyRecord(),
    offense: str(r['offense'], 200),
    description: str(r['description'], 300),
    arrestDate: date(r['arrestDate']),
    offenseDate: date(r['offenseDate']),
    convicted,
    disposition,
    convictionDate: convicted === 'yes' ? date(r['convictionDate']) : '',
    imprisoned: convicted === 'yes' ? yesNo(r['imprisoned']) : '',
    ...(asks.courtChoices.length > 0 ? courtChoiceOf(asks, court) : { court }),
    county: str(r['county'], 200),
    docketNumber: str(r['docketNumber'], 200),
    juvenile: yesNo(r['juvenile']),
    arrestPlace: str(r['arrestPlace'], 300),
    // Not knowing leaves the fact unset, so an unset fact reads back as "I don't know".
    childVictim: yesNo(r['childVictim']) || (asks.childVictim ? 'unknown' : ''),
  };
}

/** A JSON number or text amount → the draft's plain dollars; anything unreadable is kept as typed. */
function money(v: unknown): string {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) {
    const m = parseDollars(v.toFixed(2));
    return m.ok ? centsToPlain(m.cents) : '';
  }
  return str(v, 40);
}

const num = (v: unknown): string =>
  typeof v === 'number' && Number.isFinite(v) ? String(v) : str(v, 20);

function periodOf(raw: unknown): PeriodDraft {
  const p = obj(raw);
  return {
    ...emptyPeriod(),
    start: date(p['start']),
    end: date(p['end']),
    hoursPerWeek: num(p['hoursPerWeek']),
    daysPerWeek: p['daysPerWeek'] === undefined ? '7' : num(p['daysPerWeek']),
    grossToDefendant: p['grossToDefendant'] === undefined ? '0.00' : money(p['grossToDefendant']),
    paidToVictim: p['paidToVictim'] === undefined ? '0.00' : money(p['paidToVictim']),
    marketRatePerHour: p['marketRatePerHour'] === undefined ? '' : money(p['marketRatePerHour']),
  };
}

function lossOf(raw: unknown): LossDraft {
  const l = obj(raw);
  return {
    ...emptyLoss(),
    category: str(l['category'], 40),
    description: str(l['description'], 400),
    amount: money(l['amount']),
    start: date(l['start']),
    end: date(l['end']),
  };
}

/**
 * A saved answers file (contract v1 case JSON) → a draft. Lenient on purpose: whatever is there is
 * filled in, and every page still checks its answers when the person goes through it.
 */
export function caseToDraft(
  raw: unknown,
  lang: Lang,
  asksFor: (jurisdiction: string) => RecordQuestions,
): Draft | undefined {
  const c = obj(raw);
  if (c['version'] !== 1) return undefined;
  const p = obj(c['petitioner']);
  const address = obj(p['address']);
  const rep = obj(c['representation']);
  const att = obj(rep['attorney']);
  const t = c['trafficking'] === undefined ? undefined : obj(c['trafficking']);
  const who = rep['mode'] === 'attorney' ? 'attorney' : 'self';
  const jurisdiction = typeof c['jurisdiction'] === 'string' ? c['jurisdiction'].toUpperCase() : '';
  const records = list(c['convictions']).map((x) => recordOf(x, asksFor(jurisdiction)));
  const relief = c['relief'] === 'restitution' ? 'restitution' : 'vacatur';
  const r = c['restitution'] === undefined ? undefined : obj(c['restitution']);
  const periods = list(r?.['periods']).map(periodOf);
  const losses = list(r?.['losses']).map(lossOf);
  const draft: Draft = {
    lang,
    who,
    relief,
    records,
    periods,
    losses,
    ...(r
      ? {
          criminalCase: {
            court: str(r['court'], 300),
            caseNumber: str(r['caseNumber'], 200),
            defendants: list(r['defendants'])
              .map((n) => str(n, 300))
              .filter(Boolean)
              .join('\n'),
          },
          ...(periods.length ? { periodsDone: true } : {}),
          lossesDone: true,
        }
      : {}),
    ...(typeof c['jurisdiction'] === 'string'
      ? { jurisdiction: c['jurisdiction'].toUpperCase().slice(0, 10) }
      : {}),
    ...(records.length ? { recordsDone: true } : {}),
  };
  if (t) {
    draft.trafficking = {
      types: list(t['types']).filter((x): x is string => typeof x === 'string'),
      startDate: date(t['startDate']),
      endDate: date(t['endDate']),
      servicesSoughtDate: date(t['servicesSoughtDate']),
      documentation: list(t['documentation'])
        .map((d) => str(obj(d)['kind'], 40))
        .filter(Boolean),
    };
    draft.narrative = str(t['narrative']);
  }
  if (typeof p['legalName'] === 'string') {
    draft.person = {
      legalName: str(p['legalName'], 300),
      otherNames: list(p['otherNames'])
        .map((n) => str(n, 300))
        .filter(Boolean)
        .join('\n'),
      dateOfBirth: date(p['dateOfBirth']),
      line1: str(address['line1'], 300),
      line2: str(address['line2'], 300),
      city: str(address['city'], 300),
      state: str(address['state'], 100),
      postalCode: str(address['postalCode'], 40),
      phone: str(p['phone'], 100),
      email: str(p['email'], 300),
    };
  }
  if (who === 'attorney' && typeof att['name'] === 'string') {
    draft.attorney = {
      attorneyName: str(att['name'], 300),
      barNumber: str(att['barNumber'], 100),
      firm: str(att['firm'], 300),
      attorneyPhone: str(att['phone'], 100),
      attorneyEmail: str(att['email'], 300),
    };
  }
  return draft;
}
