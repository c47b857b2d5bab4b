import type { FieldError } from '../../domain/case-schema';
import { parseCase, type ParseResult } from '../../domain/parse-case';
import { typedDateToIso } from './dates';
import type { Draft, RecordDraft } from './draft';

const orUndefined = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);
const dateOrUndefined = (s: string | undefined) => (s ? typedDateToIso(s) : undefined);

function recordInput(r: RecordDraft) {
  return {
    offense: r.offense,
    description: orUndefined(r.description),
    arrestDate: dateOrUndefined(r.arrestDate) ?? r.arrestDate,
    convictionDate:
      r.convicted === 'yes' ? (dateOrUndefined(r.convictionDate) ?? r.convictionDate) : null,
    court: orUndefined(r.court),
    county: orUndefined(r.county),
    docketNumber: orUndefined(r.docketNumber),
    juvenile: r.juvenile === 'yes',
  };
}

/**
 * The draft in the contract v1 case shape (what "Save my answers" downloads and the engine reads).
 * Parts not answered yet are left out, so a half-done draft is still a readable file.
 */
export function draftToCaseInput(d: Draft): Record<string, unknown> {
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
    relief: 'vacatur',
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
    convictions: d.records.map(recordInput),
    ...(t
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
export function draftToCase(d: Draft, today: string): ParseResult {
  return parseCase(draftToCaseInput(d), today);
}

/** For "what the law allows" before the person's name is asked: the records and trafficking only. */
export function draftToAssessableCase(d: Draft, today: string): ParseResult {
  const input = draftToCaseInput(d);
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
  if (parts[0] === 'representation') return { step: 'about', field: 'attorneyName' };
  if (parts[0] === 'petitioner') {
    const f = parts[1] === 'address' ? (parts[2] ?? 'line1') : (parts[1] ?? 'legalName');
    return { step: 'about', field: f };
  }
  if (parts[0] === 'jurisdiction') return { step: 'where', field: 'jurisdiction' };
  return { step: 'start', field: 'who' };
}
