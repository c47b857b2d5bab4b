import type { FieldError } from '../../domain/case-schema';
import { fechaLarga } from '../../documents/labels';
import { translate, type Lang, type MessageKey } from '../i18n';
import { typedDateToIso } from './dates';
import type { Draft } from './draft';

/** A problem the final case check found, as the check page shows it; `english` is shown `lang="en"`. */
export interface CheckProblem extends FieldError {
  english?: string;
}

/** The fields the case check names in English, in the person's words (the wizard's own labels). */
const FIELD_LABELS: Record<string, MessageKey> = {
  'The date of birth': 'field.dateOfBirth',
  'The date of arrest': 'field.arrestDate',
  'The date of conviction': 'field.convictionDate',
  'The date of the offense': 'field.offenseDate',
  'When the trafficking started': 'field.startDate',
  'When the trafficking ended': 'field.endDate',
  'When you sought services': 'field.servicesSoughtDate',
  'The date of the document': 'field.documentDate',
  'The last day of the period': 'field.periodEnd',
};

/**
 * The case check's messages (parse-case.ts), each said again from a wizard message. The English
 * wording is fixed there, so it is matched here; a test makes every one of them reach a Spanish
 * text, and an unmatched message is shown in English, marked.
 */
const KNOWN: { match: RegExp; key: MessageKey; vars?: 'label' | 'birth' }[] = [
  { match: /^(.+) cannot be in the future$/, key: 'rule.future', vars: 'label' },
  {
    match: /^The date of the offense must be on or before the date of arrest$/,
    key: 'rule.offenseBeforeArrest',
  },
  {
    match: /^A record with a conviction date (cannot also be|is not pending)/,
    key: 'rule.dateNotConvicted',
  },
  {
    match: /^The date of conviction must be on or after the date of arrest$/,
    key: 'rule.afterArrest',
  },
  {
    match: /^The date of arrest must be after the date of birth$/,
    key: 'check.error.afterBirth',
    vars: 'birth',
  },
  {
    match: /^When the trafficking ended must be on or after when it started$/,
    key: 'rule.endAfterStart',
  },
  {
    match: /^The last day of the period must be on or after the first day$/,
    key: 'rule.periodEndAfterStart',
  },
  {
    match: /^The last day of the loss must be on or after the first day$/,
    key: 'rule.lossEndAfterStart',
  },
  { match: /^Add at least one record to clear$/, key: 'rule.addRecord' },
  {
    match: /^Add when the trafficking started and its kind$/,
    key: 'check.error.trafficking',
  },
  {
    match: /^Add the criminal case: court, case number and defendants$/,
    key: 'check.error.criminalCase',
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
 * A message of the case check (parse-case.ts) in the language, or undefined when it is not one
 * the wizard can say again. `dates` fills the dates an arrest-before-birth message compares;
 * without them the shorter wording is used (the clinic, which names the row instead).
 */
export function caseCheckText(
  lang: Lang,
  message: string,
  dates?: { arrest: string; birth: string },
): string | undefined {
  const known = KNOWN.find((k) => k.match.test(message));
  if (!known) return undefined;
  if (known.vars === 'label') {
    const label = FIELD_LABELS[known.match.exec(message)?.[1] ?? ''];
    return label ? translate(lang, 'rule.future', { label: translate(lang, label) }) : undefined;
  }
  if (known.vars === 'birth')
    return dates
      ? translate(lang, 'check.error.afterBirth', dates)
      : translate(lang, 'rule.afterBirth');
  return translate(lang, known.key);
}

/**
 * A problem of the final case check in the person's language, naming the record (or period, or
 * loss) it is about, with the dates it compares said in words. A message it cannot say again is
 * shown in English, marked, after a Spanish lead-in.
 */
export function checkProblem(
  e: FieldError,
  draft: Pick<Draft, 'lang' | 'records' | 'person'>,
): CheckProblem {
  const lang = draft.lang;
  const prefix = itemPrefix(e.path, lang);
  const parts = e.path.split('.');
  const record = parts[0] === 'convictions' ? draft.records[Number(parts[1])] : undefined;
  const dates =
    record?.arrestDate && draft.person?.dateOfBirth
      ? {
          arrest: typedInWords(record.arrestDate, lang),
          birth: typedInWords(draft.person.dateOfBirth, lang),
        }
      : undefined;
  const text = lang === 'en' ? undefined : caseCheckText(lang, e.message, dates);
  if (text) return { path: e.path, message: `${prefix}${text}` };
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
