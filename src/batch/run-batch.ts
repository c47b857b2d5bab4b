import { batchProblem } from './batch-issues';
import { PassThrough, type Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { zipComment } from './zip-comment';
import { assess } from '../domain/assess';
import type { Assessment } from '../domain/assessment';
import type { Case } from '../domain/case-schema';
import type { Pack } from '../domain/pack-schema';
import type { PackRegistry } from '../jurisdictions/load-packs';
import { Channel, Slots } from './channel';
import { folderName, shardOf, type Shard } from './folder-name';
import { glyphWarnings } from './glyph-warnings';
import type { ReadOutcome } from './read-csv';
import { README_TXT, errorsCsv, summaryCsv } from './report';
import { checkClient } from './to-case';
import {
  DEFAULT_LIMITS,
  type BatchFile,
  type BatchLimits,
  type BatchProblem,
  type BatchReport,
  type ClientRows,
  type RenderClient,
  type SummaryRow,
} from './types';

export type ReadBatch = Extract<ReadOutcome, { ok: true }>;

export interface BatchOptions {
  registry: PackRegistry;
  /** The date the cases are assessed for (YYYY-MM-DD). */
  today: string;
  shard?: Shard;
  limits?: BatchLimits;
}

export interface StreamOptions extends BatchOptions {
  render: RenderClient;
  /** How many clients render at once (the pool's threads); twice as many are held in flight. */
  concurrency: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface StreamedBatch {
  /** The ZIP, streamed: pipe it to a file or a response. */
  zip: Readable;
  /** Resolves when the last client is in the ZIP (or the run was aborted). */
  done: Promise<BatchReport>;
}

interface Selection {
  clients: ClientRows[];
  rowProblems: Map<string, BatchProblem[]>;
  unassigned: BatchProblem[];
}

/** The clients (and row problems) this shard answers for; rows with no client go to shard 0. */
function select(read: ReadBatch, shard: Shard | undefined): Selection {
  const mine = (clientId: string) => !shard || shardOf(clientId, shard.count) === shard.index;
  const rowProblems = new Map<string, BatchProblem[]>();
  const unassigned: BatchProblem[] = [];
  for (const p of read.rowProblems) {
    if (!p.clientId) {
      if (!shard || shard.index === 0) unassigned.push(p);
    } else if (mine(p.clientId))
      rowProblems.set(p.clientId, [...(rowProblems.get(p.clientId) ?? []), p]);
  }
  return { clients: read.clients.filter((c) => mine(c.clientId)), rowProblems, unassigned };
}

function uniqueFolder(clientId: string, used: Set<string>): string {
  const base = folderName(clientId);
  let name = base;
  // Folders that differ only in case would merge when unzipped on Windows or macOS.
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
  used.add(name.toLowerCase());
  return name;
}

type Checked =
  | {
      ok: true;
      value: Case;
      pack: Pack;
      assessment: Assessment;
      summary: SummaryRow;
      warnings: BatchProblem[];
    }
  | { ok: false; problems: BatchProblem[]; summary: SummaryRow };

function checkOne(
  client: ClientRows,
  folder: string,
  extra: BatchProblem[],
  opts: BatchOptions,
): Checked {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const checked = checkClient(client, opts.registry, opts.today, limits);
  const first = client.rows[0];
  const cellOf = (column: number) => (first?.cells[column] ?? '').trim();
  const base: SummaryRow = {
    clientId: client.clientId,
    folder: '',
    jurisdiction: cellOf(1).toUpperCase(),
    relief: cellOf(2).toLowerCase(),
    result: 'not-drafted',
    overall: '',
    records: [],
    documents: [],
  };
  const problems = [...extra, ...checked.problems];
  if (!checked.ok || problems.length) return { ok: false, problems, summary: base };
  const assessment = assess(checked.value, checked.pack, opts.today);
  return {
    ok: true,
    value: checked.value,
    pack: checked.pack,
    assessment,
    // Letters the PDF cannot draw are said in errors.csv without keeping the client out.
    warnings: glyphWarnings(client, checked.value),
    summary: {
      ...base,
      folder,
      jurisdiction: checked.value.jurisdiction,
      relief: checked.value.relief,
      result: 'checked',
      overall: assessment.overall,
      records: assessment.convictions.map(
        (r) => `row ${client.rows[r.index]?.row ?? '?'}: ${r.status}`,
      ),
    },
  };
}

function emptyReport(read: ReadBatch, unassigned: BatchProblem[]): BatchReport {
  return {
    clients: 0,
    drafted: 0,
    failed: 0,
    rows: read.rows,
    summary: [],
    problems: [...unassigned],
    warnings: [...read.warnings],
  };
}

function record(report: BatchReport, checked: Checked): void {
  report.clients += 1;
  report.summary.push(checked.summary);
  if (!checked.ok) {
    report.failed += 1;
    report.problems.push(...checked.problems);
  } else report.warnings.push(...checked.warnings);
}

/** Each client checked in turn, into `report`; the caller decides when to pause between them. */
function* checkEach(read: ReadBatch, opts: BatchOptions, report: { value?: BatchReport }) {
  const { clients, rowProblems, unassigned } = select(read, opts.shard);
  const r = emptyReport(read, unassigned);
  report.value = r;
  const used = new Set<string>();
  for (const client of clients) {
    const checked = checkOne(
      client,
      uniqueFolder(client.clientId, used),
      rowProblems.get(client.clientId) ?? [],
      opts,
    );
    record(r, checked);
    yield;
  }
}

/** Check only: every problem and each good client's assessment, without rendering anything. */
export function checkBatch(read: ReadBatch, opts: BatchOptions): BatchReport {
  const out: { value?: BatchReport } = {};
  for (const _ of checkEach(read, opts, out));
  return out.value ?? emptyReport(read, []);
}

/**
 * The same check for a server: it gives the event loop back every `sliceMs` of work, so a
 * 20,000-row check never keeps other people's pages (or /healthz) waiting longer than a slice.
 */
export async function checkBatchYielding(
  read: ReadBatch,
  opts: BatchOptions,
  sliceMs = 10,
): Promise<BatchReport> {
  const out: { value?: BatchReport } = {};
  let sliceStart = performance.now();
  for (const _ of checkEach(read, opts, out)) {
    if (performance.now() - sliceStart < sliceMs) continue;
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  }
  return out.value ?? emptyReport(read, []);
}

function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/^\.+/, '_') || 'document';
}

type Outcome = { checked: Checked; files: BatchFile[] };

/**
 * The batch: every good client's drafts into one streamed ZIP (a folder per client), then
 * summary.csv and errors.csv. A bounded number of clients are in flight; a slot is freed only
 * when that client's last file has been written out, so a slow reader slows rendering rather
 * than filling memory. A bad client never blocks a good one.
 */
export function streamBatch(read: ReadBatch, opts: StreamOptions): StreamedBatch {
  const zip = new ZipFile();
  const { clients, rowProblems, unassigned } = select(read, opts.shard);
  const report = emptyReport(read, unassigned);
  const slots = new Slots(Math.max(2, opts.concurrency * 2));
  const queue = new Channel<Promise<Outcome>>();
  const used = new Set<string>();
  const mtime = new Date();
  const stored = { compress: false, mtime } as const;
  let aborted = false;
  const abort = () => {
    aborted = true;
    slots.abort();
  };
  opts.signal?.addEventListener('abort', abort, { once: true });
  zip.outputStream.on('close', abort);
  // A reader that went away (a closed browser tab) ends the run; it is not a crash.
  zip.on('error', abort);
  zip.outputStream.on('error', abort);

  zip.addBuffer(Buffer.from(README_TXT, 'utf8'), 'README.txt', stored);

  const prepare = async (client: ClientRows, folder: string): Promise<Outcome> => {
    let checked: Checked;
    try {
      checked = checkOne(client, folder, rowProblems.get(client.clientId) ?? [], opts);
    } catch {
      checked = {
        ok: false,
        problems: [
          batchProblem(
            'render-failed',
            {},
            { row: client.rows[0]?.row ?? null, clientId: client.clientId },
          ),
        ],
        summary: {
          clientId: client.clientId,
          folder: '',
          jurisdiction: '',
          relief: '',
          result: 'not-drafted',
          overall: '',
          records: [],
          documents: [],
        },
      };
    }
    if (!checked.ok) return { checked, files: [] };
    try {
      const files = await opts.render(checked.value, opts.today, checked.assessment);
      checked.summary.result = 'drafted';
      checked.summary.documents = files.map((f) => safeFileName(f.name));
      return { checked, files };
    } catch {
      const problem: BatchProblem = batchProblem(
        'render-failed',
        {},
        { row: client.rows[0]?.row ?? null, clientId: client.clientId },
      );
      return {
        checked: {
          ok: false,
          problems: [problem],
          summary: { ...checked.summary, folder: '', result: 'not-drafted' },
        },
        files: [],
      };
    }
  };

  const produce = async () => {
    for (const client of clients) {
      await slots.acquire();
      if (aborted) break;
      const outcome = prepare(client, uniqueFolder(client.clientId, used));
      // Attach a handler now so a rejection is never unhandled while it waits its turn.
      outcome.catch(() => undefined);
      queue.push(outcome);
    }
    queue.close();
  };

  const consume = async (): Promise<BatchReport> => {
    let done = 0;
    for (let next = await queue.next(); next; next = await queue.next()) {
      const { checked, files } = await next;
      record(report, checked);
      if (checked.ok) report.drafted += 1;
      done += 1;
      opts.onProgress?.(done, clients.length);
      if (aborted || !checked.ok || files.length === 0) {
        slots.release();
        continue;
      }
      const folder = checked.summary.folder;
      const pending: Array<BatchFile | undefined> = files;
      pending.forEach((file, i) => {
        if (!file) return;
        zip.addReadStreamLazy(
          `${folder}/${safeFileName(file.name)}`,
          { ...stored, size: file.bytes.byteLength },
          (cb) => {
            const bytes = pending[i]?.bytes ?? new Uint8Array();
            // Let the bytes go as soon as they are written.
            pending[i] = undefined;
            const stream = new PassThrough();
            if (i === pending.length - 1) stream.on('end', () => slots.release());
            stream.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
            cb(null, stream);
          },
        );
      });
    }
    if (!aborted) {
      zip.addBuffer(Buffer.from(summaryCsv(report.summary), 'utf8'), 'summary.csv', stored);
      zip.addBuffer(
        Buffer.from(errorsCsv(report.problems, report.warnings), 'utf8'),
        'errors.csv',
        stored,
      );
    }
    // What the ZIP holds, at its very end, for the clinic page to read after the download.
    if (aborted) zip.end();
    else zip.end({ comment: zipComment(report), forceZip64Format: false });
    opts.signal?.removeEventListener('abort', abort);
    return report;
  };

  void produce();
  return { zip: zip.outputStream as Readable, done: consume() };
}
