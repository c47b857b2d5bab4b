import { batchIssueEn, csvCaseIssueEn, isBatchIssueCode } from '../../batch/batch-issues';
import { fill, isCaseIssueCode, type Issue, type IssueParams } from '../../domain/issues';
import type { Lang } from './index';
import { BATCH_ISSUE_ES, CASE_ISSUE_ES, CSV_HINT_ES, FIELD_ES, MISSING_ES } from './issues-es';

/** A message to show and the language it is in (one with no Spanish yet stays English). */
export interface ShownText {
  text: string;
  lang: Lang;
}

function english(issue: Issue): string {
  if (isBatchIssueCode(issue.code)) return batchIssueEn(issue.code, issue.params);
  if (isCaseIssueCode(issue.code)) return csvCaseIssueEn({ ...issue, code: issue.code });
  return String(issue.params['text'] ?? issue.code);
}

function spanishBatch(code: string, params: IssueParams): string | undefined {
  if (code === 'missing-columns') {
    const columns = String(params['columns'] ?? '');
    const first = fill(columns.includes(',') ? MISSING_ES.several : MISSING_ES.one, { columns });
    return `${first} ${params['then'] === 'no-columns' ? MISSING_ES['no-columns'] : MISSING_ES['add-columns']}`;
  }
  const template = isBatchIssueCode(code) ? BATCH_ISSUE_ES[code] : undefined;
  if (!template) return undefined;
  const line = params['line'];
  const where = line === undefined ? '' : ` cerca de la línea ${line} del archivo`;
  const rtl =
    params['rtl'] === 'yes' ? ', o con las palabras de derecha a izquierda en mal orden' : '';
  return fill(template, { ...params, where, rtl });
}

function spanishCase(code: string, params: IssueParams): string | undefined {
  const template = isCaseIssueCode(code) ? CASE_ISSUE_ES[code] : undefined;
  if (!template) return undefined;
  const field = params['field'];
  let text: string;
  if (typeof field === 'string') {
    const label = FIELD_ES[field as keyof typeof FIELD_ES];
    if (!label) return undefined;
    text = fill(template, { ...params, field: label });
  } else text = fill(template, params);
  if (params['spreadsheetDate'] !== undefined)
    return `${text}. ${fill(CSV_HINT_ES.spreadsheetDate, params)}`;
  if (params['hint'] === 'documentation-format')
    return `${text}. ${CSV_HINT_ES['documentation-format']}`;
  return text;
}

/**
 * A validation problem (`{ path, code, params }`, from the case check or the batch) said in the
 * language, or in English, marked, where the Spanish has no words for it yet.
 */
export function shownIssue(issue: Issue, lang: Lang): ShownText {
  if (lang === 'en') return { text: english(issue), lang };
  const text = spanishBatch(issue.code, issue.params) ?? spanishCase(issue.code, issue.params);
  return text === undefined ? { text: english(issue), lang: 'en' } : { text, lang };
}

/** A validation problem as a message in the language (English where no Spanish exists yet). */
export function messageFor(issue: Issue, lang: Lang): string {
  return shownIssue(issue, lang).text;
}

/** The contract's `{ path, message }`, in the language. */
export function fieldErrorOf(issue: Issue, lang: Lang): { path: string; message: string } {
  return { path: issue.path, message: messageFor(issue, lang) };
}
