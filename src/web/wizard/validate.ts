import type { FieldError } from '../../domain/case-schema';
import { DOCUMENTATION_KINDS, TRAFFICKING_TYPES } from '../../domain/case-schema';
import { translate, type Lang, type MessageKey } from '../i18n';
import { Checker, field, fieldList, type FormBody } from './checker';
import { isoToTyped } from './dates';
import {
  CASE_ENDS,
  CHILD_VICTIM_ANSWERS,
  courtKinds,
  type RecordQuestions,
} from './record-questions';
import {
  ATTORNEY_FIELDS,
  MAX_RECORDS,
  PERSON_FIELDS,
  RECORD_FIELDS,
  type AttorneyDraft,
  type PersonDraft,
  type RecordDraft,
  type Relief,
  type TraffickingDraft,
} from './draft';

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[]; typed: T };

interface Ctx {
  lang: Lang;
  today: string;
}

/** Record pages also need to know which questions the chosen place asks. */
interface RecordCtx extends Ctx {
  asks: RecordQuestions;
}

function typedRecord(body: FormBody, prefix = ''): RecordDraft {
  const r = {} as RecordDraft;
  for (const f of RECORD_FIELDS) r[f] = field(body, `${prefix}${f}`);
  return r;
}

const TABLE_YES_NO = ['', 'yes', 'no'] as const;

/**
 * One record, on its own page or as a row of the attorney's table. The table leaves the new facts
 * optional (a blank "how it ended" with a conviction date is a conviction); the page asks them.
 */
function checkRecordInto(
  c: Checker,
  r: RecordDraft,
  prefix: string,
  table: boolean,
  asks: RecordQuestions,
): RecordDraft {
  const id = (f: string) => `${prefix}${f}`;
  const out: RecordDraft = { ...r };
  out.offense = c.text(id('offense'), r.offense, {
    label: 'field.offense',
    required: true,
    max: 120,
  });
  out.description = c.text(id('description'), r.description, {
    label: 'field.description',
    max: 200,
  });
  const arrest = c.date(id('arrestDate'), r.arrestDate, 'field.arrestDate', true);
  if (arrest) out.arrestDate = isoToTyped(arrest);
  const offense = c.date(id('offenseDate'), r.offenseDate, 'field.offenseDate', false);
  out.offenseDate = offense ? isoToTyped(offense) : r.offenseDate.trim();
  if (offense && arrest && offense > arrest) c.add(id('offenseDate'), 'rule.offenseBeforeArrest');

  const disposition = table
    ? tableDisposition(c, r, id)
    : c.choice(id('disposition'), r.disposition, CASE_ENDS, 'field.disposition');
  out.disposition = disposition;
  const convicted = disposition === 'convicted' ? 'yes' : 'no';
  out.convicted = convicted;
  if (convicted === 'yes') {
    const conv = c.date(id('convictionDate'), r.convictionDate, 'field.convictionDate', true);
    if (conv) {
      out.convictionDate = isoToTyped(conv);
      if (arrest && conv < arrest) c.add(id('convictionDate'), 'rule.afterArrest');
    }
    out.imprisoned = table
      ? c.choice(id('imprisoned'), r.imprisoned, TABLE_YES_NO, 'field.imprisoned')
      : c.choice(id('imprisoned'), r.imprisoned, ['yes', 'no'], 'field.imprisoned');
  } else {
    out.convictionDate = '';
    // Only a conviction has a sentence; on the page the question is hidden with the date.
    if (table && r.imprisoned) c.add(id('imprisoned'), 'rule.imprisonedNotConvicted');
    out.imprisoned = '';
  }

  if (asks.courtChoices.length > 0 && !table) {
    out.courtKind = c.choice(id('courtKind'), r.courtKind, courtKinds(asks), 'field.courtKind');
    out.court = c.text(id('court'), r.court, { label: 'field.courtName', max: 200 });
    if (out.courtKind === 'other' && !out.court) c.add(id('court'), 'rule.courtName');
  } else {
    out.courtKind = '';
    out.court = c.text(id('court'), r.court, { label: 'field.court', max: 200 });
  }
  out.county = c.text(id('county'), r.county, { label: 'field.county', max: 80 });
  out.docketNumber = c.text(id('docketNumber'), r.docketNumber, {
    label: 'field.docketNumber',
    max: 80,
  });
  out.arrestPlace = asks.arrestPlace
    ? c.text(id('arrestPlace'), r.arrestPlace, { label: 'field.arrestPlace', max: 200 })
    : '';
  out.childVictim = asks.childVictim
    ? c.choice(
        id('childVictim'),
        r.childVictim,
        table ? ['', ...CHILD_VICTIM_ANSWERS] : CHILD_VICTIM_ANSWERS,
        'field.childVictim',
      )
    : '';
  out.juvenile = table
    ? r.juvenile === 'yes'
      ? 'yes'
      : 'no'
    : c.choice(id('juvenile'), r.juvenile, ['yes', 'no'], 'field.juvenile');
  if (out.courtKind === 'family' && out.juvenile === 'no')
    c.add(id('juvenile'), 'rule.familyCourt');
  return out;
}

/** In the table a conviction date with no answer means a conviction; a date with another end is a mistake. */
function tableDisposition(c: Checker, r: RecordDraft, id: (f: string) => string): string {
  const chosen = c.choice(
    id('disposition'),
    r.disposition,
    ['', ...CASE_ENDS],
    'field.disposition',
  );
  const dated = r.convictionDate.trim() !== '';
  if (chosen === '') return dated ? 'convicted' : '';
  if (chosen !== 'convicted' && dated) c.add(id('disposition'), 'rule.dateNotConvicted');
  return chosen;
}

export interface StartAnswer {
  who: 'self' | 'attorney' | 'clinic';
  relief: Relief | '';
}

/** Who is filling this in and, unless it is a clinic, what they want to ask a court for. */
export function checkWho(body: FormBody, ctx: Ctx): Checked<StartAnswer> {
  const c = new Checker(ctx.lang, ctx.today);
  const typed = { who: field(body, 'who'), relief: field(body, 'relief') };
  const who = c.choice('who', typed.who, ['self', 'attorney', 'clinic'], 'field.who');
  // A clinic goes to the batch page, which asks this per client.
  const relief =
    who === 'clinic'
      ? ''
      : (c.choice('relief', typed.relief, ['vacatur', 'restitution'], 'field.relief') as Relief);
  return c.ok
    ? { ok: true, value: { who: who as StartAnswer['who'], relief } }
    : { ok: false, errors: c.errors, typed: typed as StartAnswer };
}

/** Who is filling this in (one question per page). */
export function checkWhoOnly(body: FormBody, ctx: Ctx): Checked<StartAnswer['who']> {
  const c = new Checker(ctx.lang, ctx.today);
  const typed = field(body, 'who');
  const who = c.choice('who', typed, ['self', 'attorney', 'clinic'], 'field.who');
  return c.ok
    ? { ok: true, value: who as StartAnswer['who'] }
    : { ok: false, errors: c.errors, typed: typed as StartAnswer['who'] };
}

/** What the person wants to ask a court for (one question per page). */
export function checkRelief(body: FormBody, ctx: Ctx): Checked<Relief> {
  const c = new Checker(ctx.lang, ctx.today);
  const typed = field(body, 'relief');
  const relief = c.choice('relief', typed, ['vacatur', 'restitution'], 'field.relief');
  return c.ok
    ? { ok: true, value: relief as Relief }
    : { ok: false, errors: c.errors, typed: typed as Relief };
}

export function checkWhere(body: FormBody, ctx: Ctx, codes: readonly string[]): Checked<string> {
  const c = new Checker(ctx.lang, ctx.today);
  const where = c.choice(
    'jurisdiction',
    field(body, 'jurisdiction'),
    [...codes, 'other'],
    'field.jurisdiction',
  );
  return c.ok ? { ok: true, value: where } : { ok: false, errors: c.errors, typed: where };
}

export function checkRecord(body: FormBody, ctx: RecordCtx): Checked<RecordDraft> {
  const c = new Checker(ctx.lang, ctx.today);
  const typed = typedRecord(body);
  const value = checkRecordInto(c, typed, '', false, ctx.asks);
  return c.ok ? { ok: true, value } : { ok: false, errors: c.errors, typed };
}

export function checkAnother(
  body: FormBody,
  ctx: Ctx,
  label: MessageKey = 'field.another',
): Checked<'yes' | 'no'> {
  const c = new Checker(ctx.lang, ctx.today);
  const v = c.choice('another', field(body, 'another'), ['yes', 'no'], label);
  return c.ok
    ? { ok: true, value: v as 'yes' | 'no' }
    : { ok: false, errors: c.errors, typed: 'no' };
}

/** How many rows the posted table had; more than the cap reads the first 100 rather than none. */
export function rowCount(body: FormBody): number {
  const n = Number(field(body, 'rowCount'));
  return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_RECORDS) : 0;
}

/** The attorney's table: empty rows are skipped; each filled row is checked like one record. */
export function checkRecordRows(body: FormBody, ctx: RecordCtx): Checked<RecordDraft[]> {
  const count = rowCount(body);
  const typed = Array.from({ length: count }, (_, i) => typedRecord(body, `rows-${i}-`));
  const errors: FieldError[] = [];
  const value: RecordDraft[] = [];
  typed.forEach((r, i) => {
    const filled = RECORD_FIELDS.some(
      (f) => f !== 'juvenile' && f !== 'convicted' && r[f].trim() !== '',
    );
    if (!filled) return;
    const c = new Checker(ctx.lang, ctx.today, i + 1);
    value.push(checkRecordInto(c, r, `rows-${i}-`, true, ctx.asks));
    errors.push(...c.errors);
  });
  if (value.length === 0 && errors.length === 0) {
    const c = new Checker(ctx.lang, ctx.today);
    c.add('rows-0-offense', 'rule.addRecord');
    errors.push(...c.errors);
  }
  return errors.length ? { ok: false, errors, typed } : { ok: true, value };
}

export function checkTrafficking(
  body: FormBody,
  ctx: Ctx,
  withNarrative: boolean,
): Checked<{ trafficking: TraffickingDraft; narrative?: string; ended?: string }> {
  const c = new Checker(ctx.lang, ctx.today);
  const typed: TraffickingDraft = {
    types: fieldList(body, 'types'),
    startDate: field(body, 'startDate'),
    endDate: field(body, 'endDate'),
    servicesSoughtDate: field(body, 'servicesSoughtDate'),
    documentation: fieldList(body, 'documentation'),
  };
  const narrativeTyped = field(body, 'narrative');
  const endedTyped = field(body, 'ended');
  const types = typed.types.filter((t) => (TRAFFICKING_TYPES as readonly string[]).includes(t));
  if (types.length === 0 || types.length !== typed.types.length)
    c.add('types', 'rule.choose', { label: translate(ctx.lang, 'field.types') });
  const docs = typed.documentation.filter((d) =>
    (DOCUMENTATION_KINDS as readonly string[]).includes(d),
  );
  if (docs.length !== typed.documentation.length)
    c.add('documentation', 'rule.choose', { label: translate(ctx.lang, 'field.documentation') });
  const start = c.date('startDate', typed.startDate, 'field.startDate', true);
  // Not ended is the schema's null end date; an end date is asked only once it has ended.
  const ended = c.choice('ended', endedTyped, ['yes', 'no'], 'field.ended');
  const end = ended === 'yes' ? c.date('endDate', typed.endDate, 'field.endDate', true) : undefined;
  const sought = c.date(
    'servicesSoughtDate',
    typed.servicesSoughtDate,
    'field.servicesSoughtDate',
    false,
  );
  if (start && end && end < start) c.add('endDate', 'rule.endAfterStart');
  const narrative = withNarrative
    ? c.text('narrative', narrativeTyped, { label: 'field.narrative', max: 20000 })
    : undefined;
  const value: TraffickingDraft = {
    types,
    startDate: start ? isoToTyped(start) : typed.startDate,
    endDate: end ? isoToTyped(end) : '',
    servicesSoughtDate: sought ? isoToTyped(sought) : '',
    documentation: docs,
  };
  if (!c.ok)
    return {
      ok: false,
      errors: c.errors,
      typed: { trafficking: typed, narrative: narrativeTyped, ended: endedTyped },
    };
  return {
    ok: true,
    value: withNarrative
      ? { trafficking: value, narrative: narrative ?? '' }
      : { trafficking: value },
  };
}

export function checkNarrative(body: FormBody, ctx: Ctx): Checked<string> {
  const c = new Checker(ctx.lang, ctx.today);
  const typed = field(body, 'narrative');
  const value = c.text('narrative', typed, { label: 'field.narrative', max: 20000 });
  return c.ok ? { ok: true, value } : { ok: false, errors: c.errors, typed };
}

export function checkAbout(
  body: FormBody,
  ctx: Ctx,
  withAttorney: boolean,
): Checked<{ person: PersonDraft; attorney?: AttorneyDraft }> {
  const c = new Checker(ctx.lang, ctx.today);
  const person = {} as PersonDraft;
  for (const f of PERSON_FIELDS) person[f] = field(body, f);
  const attorney = {} as AttorneyDraft;
  for (const f of ATTORNEY_FIELDS) attorney[f] = field(body, f);

  const p: PersonDraft = { ...person };
  p.legalName = c.text('legalName', person.legalName, {
    label: 'field.legalName',
    required: true,
    max: 150,
  });
  const others = person.otherNames
    .split('\n')
    .map((n) => n.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (others.length > 20 || others.some((n) => n.length > 150))
    c.add('otherNames', 'rule.tooLong', {
      label: translate(ctx.lang, 'field.otherNames'),
      max: 150,
    });
  p.otherNames = others.join('\n');
  const dob = c.date('dateOfBirth', person.dateOfBirth, 'field.dateOfBirth', false);
  p.dateOfBirth = dob ? isoToTyped(dob) : '';
  p.line1 = c.text('line1', person.line1, { label: 'field.line1', max: 200 });
  p.line2 = c.text('line2', person.line2, { label: 'field.line2', max: 200 });
  p.city = c.text('city', person.city, { label: 'field.city', max: 200 });
  p.state = c.text('state', person.state, { label: 'field.state', max: 40 });
  p.postalCode = c.text('postalCode', person.postalCode, { label: 'field.postalCode', max: 20 });
  const parts = [p.line1, p.city, p.state, p.postalCode];
  if ((parts.some(Boolean) || p.line2) && !parts.every(Boolean)) {
    const missing =
      (['line1', 'city', 'state', 'postalCode'] as const).find((k) => !p[k]) ?? 'line1';
    c.add(missing, 'rule.addressPart');
  }
  p.phone = c.text('phone', person.phone, { label: 'field.phone', max: 40 });
  p.email = c.email('email', person.email, 'field.email');

  let a: AttorneyDraft | undefined;
  if (withAttorney) {
    a = {
      attorneyName: c.text('attorneyName', attorney.attorneyName, {
        label: 'field.attorneyName',
        required: true,
        max: 150,
      }),
      barNumber: c.text('barNumber', attorney.barNumber, {
        label: 'field.barNumber',
        required: true,
        max: 40,
      }),
      firm: c.text('firm', attorney.firm, { label: 'field.firm', max: 150 }),
      attorneyPhone: c.text('attorneyPhone', attorney.attorneyPhone, {
        label: 'field.attorneyPhone',
        max: 40,
      }),
      attorneyEmail: c.email('attorneyEmail', attorney.attorneyEmail, 'field.attorneyEmail'),
    };
  }
  if (!c.ok)
    return {
      ok: false,
      errors: c.errors,
      typed: { person, ...(withAttorney ? { attorney } : {}) },
    };
  return { ok: true, value: { person: p, ...(a ? { attorney: a } : {}) } };
}
