import type { FieldError } from '../../domain/case-schema';
import { parseCase, type ParseResult } from '../../domain/parse-case';
import { typedDateToIso } from './dates';
import { courtName, type RecordQuestions } from './record-questions';
import { reliefOf, type Draft, type LossDraft, type PeriodDraft, type RecordDraft } from './draft';

const orUndefined = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);
const dateOrUndefined = (s: string | undefined) => (s ? typedDateToIso(s) : undefined);

const yesNo = (s: string): boolean | undefined =>
  s === 'yes' ? true : s === 'no' ? false : undefined;

function recordInput(r: RecordDraft, asks: RecordQuestions) {
  const convicted = r.convicted === 'yes';
  // "convicted" is told by the conviction date; "I don't know" (child victim) leaves the fact unset.
  const disposition = r.disposition && r.disposition !== 'convicted' ? r.disposition : undefined;
  return {
    offense: r.offense,
    description: orUndefined(r.description),
    arrestDate: dateOrUndefined(r.arrestDate) ?? r.arrestDate,
    offenseDate: r.offenseDate ? (dateOrUndefined(r.offenseDate) ?? r.offenseDate) : undefined,
    convictionDate: convicted ? (dateOrUndefined(r.convictionDate) ?? r.convictionDate) : null,
    court: orUndefined(courtName(asks, r.courtKind, r.court)),
    county: orUndefined(r.county),
    docketNumber: orUndefined(r.docketNumber),
    juvenile: r.juvenile === 'yes',
    disposition,
    imprisoned: convicted ? yesNo(r.imprisoned) : undefined,
    childVictim: asks.childVictim ? yesNo(r.childVictim) : undefined,
    arrestPlace: asks.arrestPlace ? orUndefined(r.arrestPlace) : undefined,
  };
}

/** A checked amount ("1200.50") → a JSON number; anything else is passed on for the schema to name. */
function dollars(s: string): number | string {
  return /^\d+(?:\.\d{1,2})?$/.test(s) ? Number(s) : s;
}

function periodInput(p: PeriodDraft) {
  return {
    start: dateOrUndefined(p.start) ?? p.start,
    end: dateOrUndefined(p.end) ?? p.end,
    hoursPerWeek: Number(p.hoursPerWeek),
    daysPerWeek: Number(p.daysPerWeek),
    grossToDefendant: dollars(p.grossToDefendant || '0'),
    paidToVictim: dollars(p.paidToVictim || '0'),
    ...(p.marketRatePerHour ? { marketRatePerHour: dollars(p.marketRatePerHour) } : {}),
  };
}

function lossInput(l: LossDraft) {
  return {
    category: l.category,
    description: l.description,
    amount: dollars(l.amount),
    ...(l.start ? { start: dateOrUndefined(l.start) ?? l.start } : {}),
    ...(l.end ? { end: dateOrUndefined(l.end) ?? l.end } : {}),
  };
}

function restitutionInput(d: Draft): Record<string, unknown> {
  const cc = d.criminalCase;
  if (!cc) return {};
  return {
    restitution: {
      court: cc.court,
      caseNumber: cc.caseNumber,
      defendants: cc.defendants.split('\n').filter((n) => n.trim()),
      periods: d.periods.map(periodInput),
      losses: d.losses.map(lossInput),
    },
  };
}

/**
 * The draft in the contract v1 case shape (what "Save my answers" downloads and the engine reads).
 * Parts not answered yet are left out, so a half-done draft is still a readable file.
 */
export function draftToCaseInput(d: Draft, asks: RecordQuestions): Record<string, unknown> {
  const p = d.person;
  const a = d.attorney;
  const t = d.trafficking;
  const address =
    p && p.line1 && p.city && p.state && p.postalCode
      ? {
          line1: p.line1,
          line2: orUndefined(p.line2),
          city: p.city,
          state: p.state,
          postalCode: p.postalCode,
        }
      : undefined;
  return {
    version: 1,
    ...(d.jurisdiction && d.jurisdiction !== 'other' ? { jurisdiction: d.jurisdiction } : {}),
    relief: reliefOf(d),
    ...(p
      ? {
          petitioner: {
            legalName: p.legalName,
            otherNames: p.otherNames.split('\n').filter((n) => n.trim()),
            dateOfBirth: dateOrUndefined(p.dateOfBirth),
            address,
            phone: orUndefined(p.phone),
            email: orUndefined(p.email),
          },
        }
      : {}),
    representation:
      d.who === 'attorney' && a
        ? {
            mode: 'attorney',
            attorney: {
              name: a.attorneyName,
              barNumber: a.barNumber,
              firm: orUndefined(a.firm),
              phone: orUndefined(a.attorneyPhone),
              email: orUndefined(a.attorneyEmail),
            },
          }
        : { mode: d.who === 'attorney' ? 'attorney' : 'self' },
    ...(reliefOf(d) === 'restitution'
      ? restitutionInput(d)
      : { convictions: d.records.map((r) => recordInput(r, asks)) }),
    ...(t && reliefOf(d) === 'vacatur'
      ? {
          trafficking: {
            types: t.types,
            startDate: dateOrUndefined(t.startDate) ?? t.startDate,
            endDate: dateOrUndefined(t.endDate) ?? null,
            servicesSoughtDate: dateOrUndefined(t.servicesSoughtDate) ?? null,
            narrative: d.narrative ?? '',
            documentation: t.documentation.map((kind) => ({ kind })),
            safetyConcerns: '',
          },
        }
      : {}),
  };
}

/** The whole case, validated by the engine's own rules. */
export function draftToCase(d: Draft, today: string, asks: RecordQuestions): ParseResult {
  return parseCase(draftToCaseInput(d, asks), today);
}

/** For "what the law allows" before the person's name is asked: the records and trafficking only. */
export function draftToAssessableCase(d: Draft, today: string, asks: RecordQuestions): ParseResult {
  const input = draftToCaseInput(d, asks);
  return parseCase(
    { ...input, petitioner: { legalName: 'Petitioner' }, representation: { mode: 'self' } },
    today,
  );
}

/** Where a case error belongs in the wizard: the step to change and the field id on it. */
export function stepOfCasePath(
  e: FieldError,
  d: Draft,
): { step: string; field: string; index?: number } {
  const parts = e.path.split('.');
  if (parts[0] === 'convictions') {
    const index = Number(parts[1]);
    const fieldName = parts[2] ?? 'offense';
    if (d.who === 'attorney') return { step: 'records-table', field: `rows-${index}-${fieldName}` };
    return { step: 'record', field: fieldName, index: Number.isInteger(index) ? index : 0 };
  }
  if (parts[0] === 'trafficking') {
    const f = parts[1] ?? 'startDate';
    if (f === 'narrative')
      return { step: d.who === 'attorney' ? 'trafficking' : 'account', field: 'narrative' };
    return { step: 'trafficking', field: f === 'documentation' ? 'documentation' : f };
  }
  if (parts[0] === 'restitution') {
    const list = parts[1];
    const index = Number(parts[2]);
    const at = Number.isInteger(index) ? index : 0;
    if (list === 'periods') return { step: 'period', field: parts[3] ?? 'start', index: at };
    if (list === 'losses') return { step: 'loss', field: parts[3] ?? 'category', index: at };
    return { step: 'criminal-case', field: list ?? 'court' };
  }
  if (parts[0] === 'representation') return { step: 'about', field: 'attorneyName' };
  if (parts[0] === 'petitioner') {
    const f = parts[1] === 'address' ? (parts[2] ?? 'line1') : (parts[1] ?? 'legalName');
    return { step: 'about', field: f };
  }
  if (parts[0] === 'jurisdiction') return { step: 'where', field: 'jurisdiction' };
  return { step: 'start', field: 'who' };
}
