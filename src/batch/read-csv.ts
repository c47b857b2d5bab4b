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

function fileProblem(message: string, field = '', row: number | null = HEADER_ROW): BatchProblem {
  return { row, clientId: '', field, message };
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
      warnings.push(
        fileProblem(
          `The column "${name}" is not one batch mode reads, so it was ignored. Check the spelling if it should be one of the template's columns.`,
          name,
        ),
      );
      return -1;
    }
    if (seen.has(name)) {
      problems.push(
        fileProblem(
          `The column ${name} appears twice (columns ${(seen.get(name) ?? 0) + 1} and ${i + 1}). Keep one.`,
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
        `The file is missing the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. ` +
          (noneKnown
            ? 'None of the template columns were found: save the spreadsheet as "CSV UTF-8" and keep the header row from the template.'
            : 'Add them to the header row (row 1); the template lists every column.'),
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

function describeCsvError(err: CsvError): string {
  const line = (err as CsvError & { lines?: number }).lines;
  const where = line ? ` near line ${line} of the file` : '';
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `A quote mark opened${where} is never closed, so the rows after it cannot be told apart. Check that cell for a stray " and save the file again.`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `A quoted cell${where} has text after its closing quote. Inside a quoted cell write a quote mark as "" and save the file again.`;
    default:
      return `The file could not be read as CSV${where}. Save it from the spreadsheet as "CSV UTF-8" and try again.`;
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
          fileProblem(
            `The file has more than ${limits.maxRows.toLocaleString('en-US')} rows. Split it into smaller files, or run it in shards (relief batch --shard).`,
            '',
            row,
          ),
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
      rowProblems.push({
        row,
        clientId: '',
        field: 'client_id' satisfies Column,
        message:
          'Enter a client_id on this row, so it can be put with the rest of the client’s rows.',
      });
      return;
    }
    let client = clients.get(clientId);
    if (!client) {
      client = { clientId, rows: [] };
      clients.set(clientId, client);
    }
    client.rows.push(source);
    if (extra.length)
      rowProblems.push({
        row,
        clientId,
        field: '',
        message: `This row has ${header.positions.length + extra.length} cells but the header has ${header.positions.length}. A comma inside a cell needs the cell in quotes; check this row's cells.`,
      });
  };

  const finished = new Promise<void>((resolve) => {
    parser.on('data', (data: { record: string[]; info: Info }) => onRecord(data.record, data.info));
    parser.on('error', (err: CsvError) => {
      failure ??= { reason: 'bad-file', problems: [fileProblem(describeCsvError(err), '', null)] };
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
        problems: [
          fileProblem(
            `The file is larger than ${sizeLabel(limits.maxBytes)}. Split it into smaller files.`,
            '',
            null,
          ),
        ],
      };
    }
    if (failure) break;
    if (!parser.write(chunk))
      await Promise.race([new Promise<void>((resolve) => parser.once('drain', resolve)), finished]);
  }
  if (!next && !failure)
    failure = {
      reason: 'bad-file',
      problems: [
        fileProblem(
          'The upload was cut short before the end of the file. Send the whole file again.',
          '',
          null,
        ),
      ],
    };
  if (!failure) parser.end();
  else parser.destroy();
  if (!failure) await finished;
  if (failure) return { ok: false, ...failure };
  if (!header)
    return {
      ok: false,
      reason: 'bad-file',
      problems: [
        fileProblem(
          'The file is empty. Start from the template: it has the header row and an example.',
        ),
      ],
    };
  return { ok: true, clients: [...clients.values()], rowProblems, warnings: header.warnings, rows };
}
