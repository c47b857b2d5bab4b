import type { Case } from '../domain/case-schema';
import { glyphGaps, isRightToLeft, namedChars } from '../documents/glyph-coverage';
import { batchProblem } from './batch-issues';
import { COLUMNS, cellOfPath, type Column } from './columns';
import type { BatchProblem, ClientRows } from './types';

/**
 * errors.csv warning lines for a drafted client: each column whose text the PDF's font cannot
 * draw, on the row it came from. They stop nothing: the client's folder is still made.
 */
export function glyphWarnings(client: ClientRows, value: Case): BatchProblem[] {
  return glyphGaps(value).map((gap) => {
    const { column, record } = cellOfPath(gap.path);
    const params = {
      chars: namedChars(gap),
      column,
      rtl: gap.chars.some(isRightToLeft) ? 'yes' : '',
    };
    return batchProblem('missing-glyphs', params, {
      row: rowOf(client, column, record),
      clientId: client.clientId,
      field: column,
    });
  });
}

/** The record's own row, or the first row where the client-level column is filled in. */
function rowOf(client: ClientRows, column: Column, record: number | undefined): number | null {
  if (record !== undefined) return client.rows[record]?.row ?? null;
  const at = COLUMNS.indexOf(column);
  const filled = client.rows.find((r) => (r.cells[at] ?? '').trim() !== '');
  return (filled ?? client.rows[0])?.row ?? null;
}
