import type { IssueParams } from '../domain/issues';
import { batchProblem, type BatchIssueCode } from './batch-issues';
import { parse, type CsvError, type Info } from 'csv-parse';
import { COLUMNS, REQUIRED_COLUMNS, type Column } from './columns';
import { normaliseClientId } from './folder-name';
import type { BatchLimits, BatchProblem, ClientRows, SourceRow } from './types';

export type ReadFailure = 'too-large' | 'too-many-rows' | 'bad-file';

export type ReadOutcome =
  | {
      ok: true;
      clients: ClientRows[];
      /** Rows that belong to no client (no client_id). */
      rowProblems: BatchProblem[];
      warnings: BatchProblem[];
      rows: number;
    }
  | { ok: false; reason: ReadFailure; problems: BatchProblem[] };

const HEADER_ROW = 1;

/** A byte limit as people say it: "20 MB", "512 KB". */
export function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.round(bytes / 1024 / 1024)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function fileProblem(
  code: BatchIssueCode,
  params: IssueParams = {},
  field = '',
  row: number | null = HEADER_ROW,
): BatchProblem {
  return batchProblem(code, params, { row, field });
}

interface Header {
  /** For each CSV position, the index into COLUMNS, or -1 when ignored. */
  positions: number[];
  warnings: BatchProblem[];
}

function readHeader(
  record: string[],
): { ok: true; header: Header } | { ok: false; problems: BatchProblem[] } {
  const names = record.map((n) =>
    n
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase(),
  );
  const seen = new Map<string, number>();
  const warnings: BatchProblem[] = [];
  const problems: BatchProblem[] = [];
  const positions = names.map((name, i) => {
    const index = (COLUMNS as readonly string[]).indexOf(name);
    if (!name) return -1;
    if (index === -1) {
      warnings.push(fileProblem('unknown-column', { column: name }, name));
      return -1;
    }
    if (seen.has(name)) {
      problems.push(
        fileProblem(
          'duplicate-column',
          { column: name, first: (seen.get(name) ?? 0) + 1, second: i + 1 },
          name,
        ),
      );
      return -1;
    }
    seen.set(name, i);
    return index;
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !seen.has(c));
  if (missing.length) {
    const noneKnown = seen.size === 0;
    problems.push(
      fileProblem(
        'missing-columns',
        { columns: missing.join(', '), then: noneKnown ? 'no-columns' : 'add-columns' },
        missing.join(' '),
      ),
    );
  }
  return problems.length ? { ok: false, problems } : { ok: true, header: { positions, warnings } };
}

/** The spreadsheet row of the record just parsed: records plus blank lines skipped so far. */
function rowNumber(info: Info): number {
  return info.records + info.empty_lines;
}

function csvErrorProblem(err: CsvError): BatchProblem {
  const line = (err as CsvError & { lines?: number }).lines;
  const params: IssueParams = line ? { line } : {};
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return fileProblem('quote-not-closed', params, '', null);
    case 'CSV_INVALID_CLOSING_QUOTE':
      return fileProblem('quote-text', params, '', null);
    default:
      return fileProblem('not-csv', params, '', null);
  }
}

/**
 * Read a batch CSV as it arrives and group its rows by client. Rows are kept (as text, a few
 * hundred bytes each) until the end because a client's rows need not be next to each other;
 * the byte and row limits bound that memory. Expected problems are values, never exceptions.
 */
export async function readBatchCsv(
  input: AsyncIterable<Buffer | string>,
  limits: BatchLimits,
): Promise<ReadOutcome> {
  const parser = parse({
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
  });
  let header: Header | undefined;
  let failure: { reason: ReadFailure; problems: BatchProblem[] } | undefined;
  let rows = 0;
  const clients = new Map<string, ClientRows>();
  const rowProblems: BatchProblem[] = [];

  const onRecord = (record: string[], info: Info) => {
    if (failure) return;
    const row = rowNumber(info);
    if (!header) {
      const read = readHeader(record);
      if (!read.ok) failure = { reason: 'bad-file', problems: read.problems };
      else header = read.header;
      return;
    }
    if (record.every((cell) => cell.trim() === '')) return;
    rows += 1;
    if (rows > limits.maxRows) {
      failure = {
        reason: 'too-many-rows',
        problems: [
          fileProblem('too-many-rows', { max: limits.maxRows.toLocaleString('en-US') }, '', row),
        ],
      };
      return;
    }
    const cells: string[] = new Array<string>(COLUMNS.length).fill('');
    header.positions.forEach((index, position) => {
      if (index >= 0) cells[index] = record[position] ?? '';
    });
    const source: SourceRow = { row, cells };
    const clientId = normaliseClientId(cells[0] ?? '');
    const extra = record.slice(header.positions.length).filter((cell) => cell.trim() !== '');
    if (!clientId) {
      rowProblems.push(batchProblem('client-id', {}, { row, field: 'client_id' satisfies Column }));
      return;
    }
    let client = clients.get(clientId);
    if (!client) {
      client = { clientId, rows: [] };
      clients.set(clientId, client);
    }
    client.rows.push(source);
    if (extra.length)
      rowProblems.push(
        batchProblem(
          'cells',
          { cells: header.positions.length + extra.length, header: header.positions.length },
          { row, clientId },
        ),
      );
  };

  const finished = new Promise<void>((resolve) => {
    parser.on('data', (data: { record: string[]; info: Info }) => onRecord(data.record, data.info));
    parser.on('error', (err: CsvError) => {
      failure ??= { reason: 'bad-file', problems: [csvErrorProblem(err)] };
      resolve();
    });
    parser.on('end', () => resolve());
  });

  let bytes = 0;
  // Iterated by hand: leaving early must not destroy the input (a request still owes a response).
  const chunks = input[Symbol.asyncIterator]();
  const pull = async () => {
    try {
      return await chunks.next();
    } catch {
      // The input broke off (an upload with no closing boundary, a reset stream): a bad file.
      return undefined;
    }
  };
  let next = await pull();
  for (; next && !next.done; next = await pull()) {
    const chunk = next.value;
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    if (bytes > limits.maxBytes) {
      parser.destroy();
      return {
        ok: false,
        reason: 'too-large',
        problems: [fileProblem('too-large', { size: sizeLabel(limits.maxBytes) }, '', null)],
      };
    }
    if (failure) break;
    if (!parser.write(chunk))
      await Promise.race([new Promise<void>((resolve) => parser.once('drain', resolve)), finished]);
  }
  if (!next && !failure)
    failure = {
      reason: 'bad-file',
      problems: [fileProblem('cut-short', {}, '', null)],
    };
  if (!failure) parser.end();
  else parser.destroy();
  if (!failure) await finished;
  if (failure) return { ok: false, ...failure };
  if (!header)
    return {
      ok: false,
      reason: 'bad-file',
      problems: [fileProblem('empty', {})],
    };
  return { ok: true, clients: [...clients.values()], rowProblems, warnings: header.warnings, rows };
}
