import { csvLine } from './csv-cell';
import type { BatchProblem, SummaryRow } from './types';

export const SUMMARY_HEADER = [
  'client_id',
  'folder',
  'jurisdiction',
  'relief',
  'result',
  'overall',
  'records',
  'documents',
] as const;

export const ERRORS_HEADER = ['row', 'client_id', 'field', 'message'] as const;

export function summaryLine(s: SummaryRow): string {
  return csvLine([
    s.clientId,
    s.folder,
    s.jurisdiction,
    s.relief,
    s.result,
    s.overall,
    s.records.join('; '),
    s.documents.join('; '),
  ]);
}

export function problemLine(p: BatchProblem): string {
  return csvLine([p.row ?? '', p.clientId, p.field, p.message]);
}

/** summary.csv, with a byte-order mark so spreadsheets read it as UTF-8. */
export function summaryCsv(rows: readonly SummaryRow[]): string {
  return `\uFEFF${csvLine([...SUMMARY_HEADER])}${rows.map(summaryLine).join('')}`;
}

/** errors.csv: problems first, then warnings (things ignored that stopped nothing). */
export function errorsCsv(
  problems: readonly BatchProblem[],
  warnings: readonly BatchProblem[],
): string {
  return `\uFEFF${csvLine([...ERRORS_HEADER])}${[...warnings, ...problems].map(problemLine).join('')}`;
}

export const README_TXT = `Drafts made by relief batch mode
================================

Each folder holds the drafts for one client (the folder is named after client_id):
the whole packet as one PDF and as one editable DOCX (every document, each starting
on a new page, ending with the filing instructions), and the filing instructions
again as their own PDF to hand to the client.

summary.csv  one row per client: the jurisdiction, the overall result, each record's
             status by row, and the documents made.
errors.csv   every problem found, by row number (the header is row 1), client and
             column, with what to change. Clients listed there have no folder; fix
             their rows and run them again. A line that starts with "Warning:"
             stopped nothing (that client has its folder): read it, for example
             a name the PDF cannot draw, which prints as empty boxes.

These are drafts. Read each one with the client before anything is signed or filed.
Statuses are what the law reaches on the facts given; "needs-review" means a person
should look. Nothing from this run was kept by the tool.
`.replace(/\n/g, '\r\n');
