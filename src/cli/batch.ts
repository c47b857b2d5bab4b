import { createReadStream, createWriteStream } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { todayIso } from '../domain/dates';
import { loadPacks, type PackRegistry } from '../jurisdictions/load-packs';
import { createDefaultRenderer } from '../batch/default-renderer';
import { parseShard } from '../batch/folder-name';
import { createProgress } from '../batch/progress';
import { readBatchCsv } from '../batch/read-csv';
import { checkBatch, streamBatch } from '../batch/run-batch';
import { batchTemplateCsv } from '../batch/template';
import {
  DEFAULT_LIMITS,
  type BatchLimits,
  type BatchProblem,
  type BatchReport,
  type BatchRenderer,
} from '../batch/types';
import { UsageError } from './usage-error';

export interface BatchIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  /** Today's date (YYYY-MM-DD); tests pin it. */
  today?: string;
}

/** What the command builds for itself unless a test hands it in. */
export interface BatchCommandDeps {
  registry?: PackRegistry;
  createRenderer?: (threads: number) => Promise<BatchRenderer>;
  limits?: BatchLimits;
}

const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

export const BATCH_USAGE = `Usage:
  relief batch CASES.csv --out DRAFTS.zip [--concurrency N] [--shard I/N]
  relief batch CASES.csv --check [--shard I/N]
  relief batch --template > CASES.csv

  CASES.csv          one row per charge; rows with the same client_id are one client (- reads stdin)
  --out FILE         where to write the ZIP of drafts (- writes it to stdout)
  --check            only check the rows and print every problem; makes no drafts
  --concurrency N    clients rendered at once (default: the number of CPUs)
  --shard I/N        only the clients in shard I of N (0 ≤ I < N), chosen by a stable hash of
                     client_id, so N machines can split one file
  --template         print the CSV header and one example row

Exit codes: 0 every client drafted, 1 some clients are in errors.csv or the file was bad, 2 usage.
`;

function describe(p: BatchProblem): string {
  const where = [
    p.row !== null ? `row ${p.row}` : '',
    p.clientId ? `client ${p.clientId}` : '',
    p.field,
  ]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${p.message}` : p.message;
}

function printProblems(io: BatchIo, problems: readonly BatchProblem[], limit: number): void {
  for (const p of problems.slice(0, limit)) io.stderr.write(`  ${describe(p)}\n`);
  if (problems.length > limit)
    io.stderr.write(`  … and ${problems.length - limit} more in errors.csv\n`);
}

function printReport(io: BatchIo, report: BatchReport, limit: number): void {
  for (const w of report.warnings) io.stderr.write(`Note: ${describe(w)}\n`);
  if (report.problems.length) {
    io.stderr.write(
      `${report.problems.length === 1 ? 'One problem' : `${report.problems.length} problems`} (${report.failed} of ${report.clients} clients not drafted):\n`,
    );
    printProblems(io, report.problems, limit);
  }
}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string', short: 'o' },
      concurrency: { type: 'string', short: 'j' },
      shard: { type: 'string' },
      check: { type: 'boolean', default: false },
      template: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  if (positionals.length > 1) throw new UsageError('Give one CSV file.');
  const concurrency =
    values.concurrency === undefined ? availableParallelism() : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
    throw new UsageError('--concurrency must be a whole number from 1 to 64.');
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (values.shard !== undefined && !shard)
    throw new UsageError('--shard must be I/N with 0 ≤ I < N, like 0/4 (shards count from 0).');
  return { ...values, file: positionals[0], concurrency, shard };
}

async function openInput(file: string, io: BatchIo): Promise<NodeJS.ReadableStream | undefined> {
  if (file === '-') return io.stdin;
  try {
    await access(file, constants.R_OK);
  } catch {
    io.stderr.write(`Cannot read ${file}: check the path.\n`);
    return undefined;
  }
  return createReadStream(file);
}

/** `relief batch …`: returns the exit code (0 all drafted, 1 some not or bad file, 2 usage). */
export async function runBatchCommand(
  argv: string[],
  io: BatchIo,
  deps: BatchCommandDeps = {},
): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
    if (args.help) {
      io.stdout.write(BATCH_USAGE);
      return EXIT.ok;
    }
    if (args.template) {
      io.stdout.write(batchTemplateCsv(deps.registry ?? loadPacks()));
      return EXIT.ok;
    }
    if (!args.file)
      throw new UsageError('Give the CSV file: relief batch CASES.csv --out DRAFTS.zip');
    if (!args.check && !args.out)
      throw new UsageError('Give where to write the drafts: --out DRAFTS.zip (or use --check)');
    if (args.out && args.out !== '-' && path.resolve(args.out) === path.resolve(args.file))
      throw new UsageError('--out must not be the CSV file itself.');
  } catch (err) {
    if (
      err instanceof UsageError ||
      (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr.write(`${(err as Error).message}\n\n${BATCH_USAGE}`);
      return EXIT.usage;
    }
    throw err;
  }

  const input = await openInput(args.file, io);
  if (!input) return EXIT.badInput;
  const limits = deps.limits ?? {
    ...DEFAULT_LIMITS,
    maxBytes: 100 * 1024 * 1024,
    maxRows: 100_000,
  };
  const read = await readBatchCsv(input as AsyncIterable<Buffer>, limits);
  if (!read.ok) {
    io.stderr.write(`${args.file} could not be used:\n`);
    printProblems(io, read.problems, 20);
    return EXIT.badInput;
  }
  const registry = deps.registry ?? loadPacks();
  const today = io.today ?? todayIso();
  const options = { registry, today, limits, ...(args.shard ? { shard: args.shard } : {}) };

  if (args.check) {
    const report = checkBatch(read, options);
    printReport(io, report, Number.POSITIVE_INFINITY);
    io.stderr.write(
      `Checked ${report.clients} client${report.clients === 1 ? '' : 's'} (${read.rows} rows): ${report.clients - report.failed} ready, ${report.failed} with problems.\n`,
    );
    return report.problems.length ? EXIT.badInput : EXIT.ok;
  }

  const renderer = await (deps.createRenderer ?? createDefaultRenderer)(args.concurrency);
  const progress = createProgress(io.stderr);
  const controller = new AbortController();
  try {
    const batch = streamBatch(read, {
      ...options,
      render: renderer.render,
      concurrency: args.concurrency,
      signal: controller.signal,
      onProgress: (done, total) => progress.update(done, total),
    });
    const out = args.out === '-' ? io.stdout : createWriteStream(args.out ?? '', { flags: 'w' });
    try {
      await pipeline(batch.zip, out, { end: args.out !== '-' });
    } catch {
      controller.abort();
      await batch.done;
      progress.finish();
      io.stderr.write(`Cannot write ${args.out}: check the folder exists and there is space.\n`);
      return EXIT.badInput;
    }
    const report = await batch.done;
    progress.finish();
    printReport(io, report, 20);
    io.stderr.write(
      `Drafted ${report.drafted} of ${report.clients} client${report.clients === 1 ? '' : 's'}${args.out === '-' ? '' : ` into ${args.out}`}.` +
        (report.failed
          ? ' The others are in errors.csv inside the ZIP, with what to fix.\n'
          : '\n'),
    );
    return report.problems.length ? EXIT.badInput : EXIT.ok;
  } finally {
    await renderer.close();
  }
}
