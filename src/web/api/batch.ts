import { batchProblem } from '../../batch/batch-issues';
import { availableParallelism } from 'node:os';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { Request, RequestHandler, Response } from 'express';
import type { AppDeps } from '../deps';
import { sendProblem } from '../problem';
import { readBatchCsv, sizeLabel, type ReadFailure, type ReadOutcome } from '../../batch/read-csv';
import { Slots } from '../../batch/channel';
import {
  checkBatchYielding,
  streamBatch,
  type BatchOptions,
  type ReadBatch,
} from '../../batch/run-batch';
import {
  DEFAULT_LIMITS,
  type BatchLimits,
  type BatchProblem,
  type BatchReport,
} from '../../batch/types';

export type Received =
  | {
      ok: true;
      read: ReadBatch;
      fields: Record<string, string>;
      /** The CSV as sent, when asked for, small enough and UTF-8 (see ReceiveOptions). */
      text?: string;
    }
  | { ok: false; status: 400 | 413 | 415; title: string; problems: BatchProblem[] };

const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel'];

function failed(reason: ReadFailure, problems: BatchProblem[]): Received {
  return reason === 'bad-file'
    ? { ok: false, status: 400, title: 'The CSV could not be used', problems }
    : { ok: false, status: 413, title: 'Too large', problems };
}

const tooLargeProblems = (limits: BatchLimits): BatchProblem[] => [
  batchProblem('too-large', { size: sizeLabel(limits.maxBytes) }, { row: null }),
];

function tooLargeRead(limits: BatchLimits): ReadOutcome {
  return { ok: false, reason: 'too-large', problems: tooLargeProblems(limits) };
}

function tooLarge(limits: BatchLimits): Received {
  return failed('too-large', tooLargeProblems(limits));
}

/** Let the rest of an upload we will not read drain away, so the response can be sent. */
function discard(req: Request): void {
  req.unpipe();
  req.resume();
}

/** What the clinic page asks of an upload beyond the API's. */
export interface ReceiveOptions {
  /**
   * Keep the CSV's text when it is at most this many bytes and UTF-8, so the report page can send
   * it back for "make drafts" without choosing the file again. It lives only in this request.
   */
  keepTextUpTo?: number;
  /** Take the CSV from the form field `csv` (text a page sent back) as well as from `file`. */
  csvField?: boolean;
}

/** The chunks of an upload as they pass, and a copy of them while it stays small. */
function copying(
  input: AsyncIterable<Buffer>,
  upTo: number,
): { chunks: AsyncIterable<Buffer>; text(): string | undefined } {
  const copy: Buffer[] = [];
  let size = 0;
  let kept = true;
  let ended = false;
  async function* chunks() {
    for await (const chunk of input) {
      if (kept) {
        size += chunk.length;
        if (size > upTo) {
          kept = false;
          copy.length = 0;
        } else copy.push(chunk);
      }
      yield chunk;
    }
    ended = true;
  }
  return {
    chunks: chunks(),
    text() {
      if (!kept || !ended) return undefined;
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(copy));
      } catch {
        return undefined;
      }
    },
  };
}

const cutShort: ReadOutcome = {
  ok: false,
  reason: 'bad-file',
  problems: [batchProblem('cut-short', {}, { row: null, field: 'file' })],
};

function fromMultipart(req: Request, limits: BatchLimits, opts: ReceiveOptions): Promise<Received> {
  return new Promise((resolve) => {
    const fields: Record<string, string> = {};
    let outcome: Promise<ReadOutcome> | undefined;
    let text: () => string | undefined = () => undefined;
    let settled = false;
    const settle = (r: Received) => {
      if (settled) return;
      settled = true;
      resolve(r);
    };
    let bb: busboy.Busboy;
    // A CSV sent back as a form field may be as large as a file; the other fields stay small,
    // and the whole body is counted, so the fields together can never hold more than one file.
    const fieldSize = opts.csvField ? limits.maxBytes + 1 : 1024;
    try {
      bb = busboy({
        headers: req.headers,
        limits: { files: 1, fields: 10, fieldSize, fileSize: limits.maxBytes + 1 },
      });
    } catch {
      settle({ ok: false, status: 400, title: 'Not a form upload', problems: [] });
      return;
    }
    if (opts.csvField) {
      let seen = 0;
      const count = (chunk: Buffer) => {
        seen += chunk.length;
        if (seen <= limits.maxBytes + 64 * 1024) return;
        req.off('data', count);
        discard(req);
        settle(tooLarge(limits));
      };
      req.on('data', count);
    }
    const readFrom = (input: AsyncIterable<Buffer>) => {
      // Only the clinic keeps a copy; the API reads the upload as it passes.
      let chunks = input;
      if (opts.keepTextUpTo) {
        const copied = copying(input, opts.keepTextUpTo);
        chunks = copied.chunks;
        text = copied.text;
      }
      return readBatchCsv(chunks, limits).catch(() => cutShort);
    };
    bb.on('file', (name, stream) => {
      if (name !== 'file' || outcome) {
        stream.resume();
        return;
      }
      // A broken file stream (no closing boundary) must end this request, never the process.
      stream.on('error', () => undefined);
      outcome = readFrom(stream);
      void outcome.then((read) => {
        // A file we stopped reading early must still be drained, or busboy never finishes.
        stream.resume();
        if (!read.ok) {
          discard(req);
          settle(failed(read.reason, read.problems));
        }
      });
    });
    bb.on('field', (name, value, info) => {
      if (opts.csvField && name === 'csv' && !outcome) {
        outcome = info.valueTruncated
          ? Promise.resolve(tooLargeRead(limits))
          : readFrom(Readable.from([Buffer.from(value, 'utf8')]));
        return;
      }
      // Only the CSV may be long: any other field cut at its limit is not used at all.
      if (value.length <= 1024 && !info.valueTruncated) fields[name] = value;
    });
    bb.on('error', () => {
      discard(req);
      settle(failed('bad-file', cutShort.ok ? [] : cutShort.problems));
    });
    bb.on('close', () => {
      if (!outcome) {
        settle({
          ok: false,
          status: 400,
          title: 'No file',
          problems: [batchProblem('no-file', {}, { row: null, field: 'file' })],
        });
        return;
      }
      void outcome.then((read) => {
        if (!read.ok) {
          settle(failed(read.reason, read.problems));
          return;
        }
        const kept = text();
        settle({ ok: true, read, fields, ...(kept !== undefined ? { text: kept } : {}) });
      });
    });
    req.pipe(bb);
  });
}

/**
 * Receive the batch CSV from a request: a `text/csv` body or the multipart field `file`, read as
 * it arrives, never written anywhere. Size is checked on the bytes, not only the header.
 */
export async function receiveCsv(
  req: Request,
  limits: BatchLimits = DEFAULT_LIMITS,
  opts: ReceiveOptions = {},
): Promise<Received> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limits.maxBytes + 64 * 1024) {
    discard(req);
    return tooLarge(limits);
  }
  if (req.is('multipart/form-data')) return fromMultipart(req, limits, opts);
  if (!req.is(CSV_TYPES)) {
    discard(req);
    return {
      ok: false,
      status: 415,
      title: 'Send CSV',
      problems: [batchProblem('not-csv-type', {}, { row: null })],
    };
  }
  const read = await readBatchCsv(req, limits);
  if (!read.ok) discard(req);
  return read.ok ? { ok: true, read, fields: {} } : failed(read.reason, read.problems);
}

/** A batch problem in the API's one error shape: path = where in the file, message = what to do. */
export function toFieldError(p: BatchProblem): { path: string; message: string } {
  const path = [
    p.row !== null ? `row ${p.row}` : '',
    p.clientId ? `client ${p.clientId}` : '',
    p.field,
  ]
    .filter(Boolean)
    .join(', ');
  return { path: path || 'file', message: p.message };
}

export function sendReceiveProblem(
  res: Response,
  received: Extract<Received, { ok: false }>,
): void {
  if (received.status === 413) res.set('Connection', 'close');
  const detail = received.problems[0]?.message ?? 'Send the batch as a CSV file.';
  sendProblem(res, received.status, received.title, detail, received.problems.map(toFieldError));
}

function reportJson(report: BatchReport) {
  return {
    clients: report.clients,
    ready: report.clients - report.failed,
    notReady: report.failed,
    rows: report.rows,
    summary: report.summary.map(({ clientId, jurisdiction, relief, result, overall, records }) => ({
      clientId,
      jurisdiction,
      relief,
      result,
      overall,
      records,
    })),
    errors: report.problems.map((p) => ({
      row: p.row,
      clientId: p.clientId,
      field: p.field,
      message: p.message,
    })),
    warnings: report.warnings.map((p) => ({ row: p.row, field: p.field, message: p.message })),
  };
}

function wantsCheck(req: Request, fields: Record<string, string>): boolean {
  const flag = String(req.query.check ?? fields.check ?? fields.action ?? '');
  return ['1', 'true', 'yes', 'check'].includes(flag.toLowerCase());
}

export interface BatchHttpOptions {
  limits?: BatchLimits;
  concurrency?: number;
  /** The language of the filing instructions in each folder (court papers stay in English). */
  lang?: 'en' | 'es';
}

/** One check-only batch at a time per process, so several at once never stack their slices. */
const checkLine = new Slots(1);

/** The reader has gone (closed the tab or the connection). */
export function readerGone(res: Response): boolean {
  return res.destroyed || !res.socket || res.socket.destroyed;
}

/**
 * Check a received batch when it is its turn, giving the event loop back as it goes; undefined
 * when the reader left while it waited, so nothing is checked for nobody.
 */
export async function checkInTurn(
  read: ReadBatch,
  opts: BatchOptions,
  res: Response,
): Promise<BatchReport | undefined> {
  await checkLine.acquire();
  try {
    return readerGone(res) ? undefined : await checkBatchYielding(read, opts);
  } finally {
    checkLine.release();
  }
}

/** Stream the drafts ZIP for a received batch to a response; stops rendering if the reader leaves. */
export async function sendBatchZip(
  res: Response,
  read: ReadBatch,
  deps: AppDeps,
  opts: BatchHttpOptions = {},
): Promise<BatchReport> {
  const controller = new AbortController();
  const batch = streamBatch(read, {
    registry: deps.registry,
    today: deps.today(),
    limits: opts.limits ?? DEFAULT_LIMITS,
    // Folders still waiting for a render slot are dropped when the reader leaves.
    // The batch assessed each client once; the worker takes that assessment, not its own.
    render: (c, today, assessment) =>
      deps.pool.generateFolder({
        case: c,
        today,
        lang: opts.lang ?? 'en',
        signal: controller.signal,
        ...(assessment ? { assessment } : {}),
      }),
    concurrency: opts.concurrency ?? availableParallelism(),
    signal: controller.signal,
  });
  res.status(200);
  res.set({
    'Content-Type': 'application/zip',
    'Content-Disposition': 'attachment; filename="drafts.zip"',
  });
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  try {
    await pipeline(batch.zip, res);
  } catch {
    controller.abort();
  }
  return batch.done;
}

/**
 * POST /api/v1/batch: CSV in (`text/csv` or multipart field `file`), a ZIP of drafts out, a folder
 * per client with summary.csv and errors.csv. `?check=true` answers with the report as JSON
 * instead, making nothing. Only counts are logged.
 */
export function createBatchHandler(deps: AppDeps, opts: BatchHttpOptions = {}): RequestHandler {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  return async (req, res) => {
    const received = await receiveCsv(req, limits);
    if (!received.ok) {
      sendReceiveProblem(res, received);
      return;
    }
    if (wantsCheck(req, received.fields)) {
      const report = await checkInTurn(
        received.read,
        { registry: deps.registry, today: deps.today(), limits },
        res,
      );
      if (!report) return;
      deps.logger?.info('batch-check', {
        clients: report.clients,
        failed: report.failed,
        rows: report.rows,
      });
      res.status(200).json(reportJson(report));
      return;
    }
    const report = await sendBatchZip(res, received.read, deps, { ...opts, limits });
    deps.logger?.info('batch', {
      clients: report.clients,
      drafted: report.drafted,
      failed: report.failed,
      rows: report.rows,
    });
  };
}
