import type { FieldError } from '../../domain/case-schema';
import { fechaLarga } from '../../documents/labels';
import { translate, type Lang, type MessageKey } from '../i18n';
import { typedDateToIso } from './dates';
import type { Draft } from './draft';

/** A problem the final case check found, as the check page shows it; `english` is shown `lang="en"`. */
export interface CheckProblem extends FieldError {
  english?: string;
}

/** The field names of the case paths, in the person's words (the wizard's own labels). */
const FIELD_LABELS: Record<string, MessageKey> = {
  dateOfBirth: 'field.dateOfBirth',
  arrestDate: 'field.arrestDate',
  convictionDate: 'field.convictionDate',
  offenseDate: 'field.offenseDate',
  startDate: 'field.startDate',
  endDate: 'field.endDate',
  servicesSoughtDate: 'field.servicesSoughtDate',
  documentation: 'field.documentation',
  end: 'field.periodEnd',
  date: 'field.documentDate',
};

type Vars = Record<string, string | number>;

/**
 * The case check's messages (parse-case.ts), each said again from a wizard message. The English
 * wording is fixed there, so it is matched here; a test makes every one of them reach a Spanish
 * text, and an unmatched message is shown in English, marked.
 */
const KNOWN: { match: RegExp; key: (path: string) => MessageKey; vars?: 'label' | 'birth' }[] = [
  { match: / cannot be in the future$/, key: () => 'rule.future', vars: 'label' },
  {
    match: /^The date of the offense must be on or before the date of arrest$/,
    key: () => 'rule.offenseBeforeArrest',
  },
  {
    match: /^A record with a conviction date (cannot also be|is not pending)/,
    key: () => 'rule.dateNotConvicted',
  },
  {
    match: /^The date of conviction must be on or after the date of arrest$/,
    key: () => 'rule.afterArrest',
  },
  {
    match: /^The date of arrest must be after the date of birth$/,
    key: () => 'check.error.afterBirth',
    vars: 'birth',
  },
  {
    match: /^When the trafficking ended must be on or after when it started$/,
    key: () => 'rule.endAfterStart',
  },
  {
    match: /^The last day of the period must be on or after the first day$/,
    key: () => 'rule.periodEndAfterStart',
  },
  {
    match: /^The last day of the loss must be on or after the first day$/,
    key: () => 'rule.lossEndAfterStart',
  },
  { match: /^Add at least one record to clear$/, key: () => 'rule.addRecord' },
  {
    match: /^Add when the trafficking started and its kind$/,
    key: () => 'check.error.trafficking',
  },
  {
    match: /^Add the criminal case: court, case number and defendants$/,
    key: () => 'check.error.criminalCase',
  },
];

/** "Antecedente 2: ", "Período de trabajo 1: " — which item of a list the problem is in. */
function itemPrefix(path: string, lang: Lang): string {
  const parts = path.split('.');
  const at = (i: number) => Number(parts[i]) + 1;
  if (parts[0] === 'convictions' && Number.isInteger(Number(parts[1])))
    return `${translate(lang, 'record.titleN', { n: at(1) })}: `;
  if (parts[0] === 'restitution' && parts[1] === 'periods')
    return `${translate(lang, 'period.titleN', { n: at(2) })}: `;
  if (parts[0] === 'restitution' && parts[1] === 'losses')
    return `${translate(lang, 'loss.titleN', { n: at(2) })}: `;
  return '';
}

function typedInWords(typed: string | undefined, lang: Lang): string {
  const iso = typed ? typedDateToIso(typed) : undefined;
  if (!iso) return typed ?? '';
  return lang === 'es' ? fechaLarga(iso) : typed!;
}

/**
 * A problem of the final case check in the person's language, naming the record (or period, or
 * loss) it is about, with the dates it compares said in words.
 */
export function checkProblem(
  e: FieldError,
  draft: Pick<Draft, 'lang' | 'records' | 'person'>,
): CheckProblem {
  const lang = draft.lang;
  const prefix = itemPrefix(e.path, lang);
  const known = KNOWN.find((k) => k.match.test(e.message));
  if (!known) {
    if (lang === 'en')
      return {
        path: e.path,
        message: `${prefix}${translate(lang, 'rule.caseCheck', { message: e.message })}`,
      };
    return {
      path: e.path,
      message: `${prefix}${translate(lang, 'check.error.inEnglish')}`,
      english: e.message,
    };
  }
  const vars: Vars = {};
  const last = e.path.split('.').at(-1) ?? '';
  if (known.vars === 'label')
    vars.label = translate(lang, FIELD_LABELS[last] ?? 'field.dateOfBirth');
  if (known.vars === 'birth') {
    const i = Number(e.path.split('.')[1]);
    vars.arrest = typedInWords(draft.records[i]?.arrestDate, lang);
    vars.birth = typedInWords(draft.person?.dateOfBirth, lang);
  }
  return { path: e.path, message: `${prefix}${translate(lang, known.key(e.path), vars)}` };
}
