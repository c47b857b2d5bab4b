import type { Lang } from '../i18n';
import { isoToTyped } from './dates';
import { emptyRecord, type Draft, type RecordDraft } from './draft';

type Obj = Record<string, unknown>;

const obj = (v: unknown): Obj =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};
const str = (v: unknown, max = 20000): string => (typeof v === 'string' ? v.slice(0, max) : '');
const date = (v: unknown): string => (typeof v === 'string' && v ? isoToTyped(v.slice(0, 40)) : '');
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v.slice(0, 100) : []);

function recordOf(raw: unknown): RecordDraft {
  const r = obj(raw);
  const convicted =
    r['convictionDate'] === null ? 'no' : typeof r['convictionDate'] === 'string' ? 'yes' : '';
  return {
    ...emptyRecord(),
    offense: str(r['offense'], 200),
    description: str(r['description'], 300),
    arrestDate: date(r['arrestDate']),
    convicted,
    convictionDate: convicted === 'yes' ? date(r['convictionDate']) : '',
    court: str(r['court'], 300),
    county: str(r['county'], 200),
    docketNumber: str(r['docketNumber'], 200),
    juvenile: r['juvenile'] === true ? 'yes' : r['juvenile'] === false ? 'no' : '',
  };
}

/**
 * A saved answers file (contract v1 case JSON) → a draft. Lenient on purpose: whatever is there is
 * filled in, and every page still checks its answers when the person goes through it.
 */
export function caseToDraft(raw: unknown, lang: Lang): Draft | undefined {
  const c = obj(raw);
  if (c['version'] !== 1) return undefined;
  const p = obj(c['petitioner']);
  const address = obj(p['address']);
  const rep = obj(c['representation']);
  const att = obj(rep['attorney']);
  const t = c['trafficking'] === undefined ? undefined : obj(c['trafficking']);
  const who = rep['mode'] === 'attorney' ? 'attorney' : 'self';
  const records = list(c['convictions']).map(recordOf);
  const draft: Draft = {
    lang,
    who,
    records,
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
