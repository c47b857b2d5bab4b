import { caseIssueEn, fill, type CaseIssue, type IssueParams } from '../domain/issues';
import type { BatchProblem } from './types';

/**
 * Every problem the batch finds in a file, a row or a cell that is not a case rule, in English
 * (errors.csv, the API, the CLI). The clinic says them in its page's language from the code.
 */
export const BATCH_ISSUE_EN = {
  'no-file': 'Choose a CSV file to upload (the form field is named file).',
  'too-large': 'The file is larger than {size}. Split it into smaller files.',
  'cut-short': 'The upload was cut short before the end of the file. Send the whole file again.',
  'not-csv-type':
    'Send the CSV with Content-Type: text/csv, or as the form field "file" (multipart/form-data).',
  'too-many-rows':
    'The file has more than {max} rows. Split it into smaller files, or run it in shards (relief batch --shard).',
  empty: 'The file is empty. Start from the template: it has the header row and an example.',
  'missing-columns': 'The file is missing the {noun} {columns}. {then}',
  'duplicate-column': 'The column {column} appears twice (columns {first} and {second}). Keep one.',
  'unknown-column':
    'The column "{column}" is not one batch mode reads, so it was ignored. Check the spelling if it should be one of the template\'s columns.',
  'quote-not-closed':
    'A quote mark opened{where} is never closed, so the rows after it cannot be told apart. Check that cell for a stray " and save the file again.',
  'quote-text':
    'A quoted cell{where} has text after its closing quote. Inside a quoted cell write a quote mark as "" and save the file again.',
  'not-csv':
    'The file could not be read as CSV{where}. Save it from the spreadsheet as "CSV UTF-8" and try again.',
  'client-id':
    'Enter a client_id on this row, so it can be put with the rest of the client’s rows.',
  cells:
    "This row has {cells} cells but the header has {header}. A comma inside a cell needs the cell in quotes; check this row's cells.",
  differs:
    "This row's {column} differs from row {first} for the same client. Make them match, or leave it blank on every row after the first.",
  'too-many-records':
    'This client has {rows} rows; one case can hold at most {max} records. Split them into two clients (two client_ids).',
  unreadable:
    'This cell has characters that could not be read. Save the spreadsheet as "CSV UTF-8" so names and accents print correctly.',
  juvenile: 'Write yes or no in juvenile (blank means no).',
  imprisoned:
    'Write yes or no in imprisoned: was the person sentenced to prison or jail for this conviction (blank means not known).',
  'child-victim':
    'Write yes, no or unknown in child_victim: was a child (under 18) a victim of the offense (blank means not known).',
  disposition:
    'Write how the case ended in disposition: {choices}, or convicted with a conviction_date (blank if not known).',
  'convicted-undated':
    'disposition says convicted: write the date of conviction in conviction_date (YYYY-MM-DD), or change the disposition.',
  restitution:
    'Batch rows carry no restitution details (the criminal case, defendants, work and losses). Prepare restitution requests one at a time in the form or the API, or set relief to vacatur.',
  'trafficking-types': 'Write sex, labor, or sex;labor in trafficking_types.',
  'missing-glyphs':
    "Warning: The PDF's font cannot draw {chars} in {column}: it would print as empty boxes (□){rtl}. Write it in Latin letters as it is on the court record, or ask a lawyer what to write. The DOCX keeps the text as typed. The client was still drafted.",
  'render-failed':
    'The documents for this client could not be made because of a fault in this tool, not in the rows. Run this client again on its own; if it fails again, report it (without the client’s details).',
} as const;
export type BatchIssueCode = keyof typeof BATCH_ISSUE_EN;

/** The English "then" sentences of `missing-columns`, by `params.then`. */
const MISSING_THEN = {
  'no-columns':
    'None of the template columns were found: save the spreadsheet as "CSV UTF-8" and keep the header row from the template.',
  'add-columns': 'Add them to the header row (row 1); the template lists every column.',
} as const;

export function isBatchIssueCode(code: string): code is BatchIssueCode {
  return code in BATCH_ISSUE_EN;
}

/** " near line 12 of the file", or nothing. */
const nearLine = (line: string | number | undefined) =>
  line === undefined || line === '' ? '' : ` near line ${line} of the file`;

/** A batch issue in English. */
export function batchIssueEn(code: BatchIssueCode, params: IssueParams): string {
  if (code === 'missing-columns') {
    const columns = String(params['columns'] ?? '');
    const then = params['then'] === 'no-columns' ? 'no-columns' : 'add-columns';
    return fill(BATCH_ISSUE_EN[code], {
      columns,
      noun: columns.includes(',') ? 'columns' : 'column',
      then: MISSING_THEN[then],
    });
  }
  if (code === 'missing-glyphs')
    return fill(BATCH_ISSUE_EN[code], {
      ...params,
      rtl: params['rtl'] === 'yes' ? ', or with right-to-left words in the wrong order' : '',
    });
  if (code === 'quote-not-closed' || code === 'quote-text' || code === 'not-csv')
    return fill(BATCH_ISSUE_EN[code], { where: nearLine(params['line']) });
  return fill(BATCH_ISSUE_EN[code], params);
}

/** A problem of the batch's own vocabulary, its English message made once here. */
export function batchProblem(
  code: BatchIssueCode,
  params: IssueParams,
  at: { row: number | null; clientId?: string; field?: string },
): BatchProblem {
  return {
    row: at.row,
    clientId: at.clientId ?? '',
    field: at.field ?? '',
    code,
    params,
    message: batchIssueEn(code, params),
  };
}

/** Hints a case issue carries when it came from a spreadsheet cell (`params.spreadsheetDate`, `params.hint`). */
export const CSV_HINT_EN = {
  spreadsheetDate:
    'Spreadsheets often rewrite dates as {spreadsheetDate}: format the column as text and write YYYY-MM-DD.',
  'documentation-format':
    'Write each document as kind:issuer:date, separated by ; (for example t-visa:USCIS:2016-05-01).',
} as const;

/** A case issue found in a CSV row, in English, with its spreadsheet hint after it. */
export function csvCaseIssueEn(issue: CaseIssue): string {
  const message = caseIssueEn(issue);
  if (issue.params['spreadsheetDate'] !== undefined)
    return `${message}. ${fill(CSV_HINT_EN.spreadsheetDate, issue.params)}`;
  if (issue.params['hint'] === 'documentation-format')
    return `${message}. ${CSV_HINT_EN['documentation-format']}`;
  return message;
}
