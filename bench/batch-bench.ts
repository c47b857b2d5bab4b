/**
 * Batch benchmark:
 * `npx tsx bench/batch-bench.ts [clients] [--concurrency N] [--baseline K] [--source] [--code DIR]`.
 * Generates a CSV of N clients × 3 records (invented people, US-NY), runs the whole batch through
 * the worker pool into a counting sink, and reports total time, time to first byte, peak RSS and
 * the per-client cost of the batch against one-request-at-a-time generation measured in the same
 * run: K clients, each as a packet PDF request and a packet DOCX request (`generatePacketFile`,
 * sequential, in this process). Nothing is written to disk.
 *
 * The code measured is the compiled `dist/` (run `npm run build` first), so the workers do not
 * compile TypeScript at start; `--source` measures the TypeScript source through tsx instead;
 * `--code DIR` measures another build's compiled `src` (e.g. an older commit's `dist/src`, to
 * compare before and after on the same machine).
 *
 * The machine is shared, so besides wall times it prints CPU per client (every thread of this
 * process) for the batch and for one request at a time, and the load average beside each figure.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { COLUMNS, type Column } from '../src/batch/columns';
import { csvLine } from '../src/batch/csv-cell';
import { DEFAULT_LIMITS } from '../src/batch/types';

type PoolRendererModule = typeof import('../src/batch/pool-renderer');
type ReadCsvModule = typeof import('../src/batch/read-csv');
type RunBatchModule = typeof import('../src/batch/run-batch');
type ParseCaseModule = typeof import('../src/domain/parse-case');
type GenerateModule = typeof import('../src/documents/generate');
type RenderPoolModule = typeof import('../src/documents/render-pool');
type LoadPacksModule = typeof import('../src/jurisdictions/load-packs');

interface Code {
  from: string;
  poolRenderer: PoolRendererModule['poolRenderer'];
  readBatchCsv: ReadCsvModule['readBatchCsv'];
  streamBatch: RunBatchModule['streamBatch'];
  parseCase: ParseCaseModule['parseCase'];
  generatePacketFile: GenerateModule['generatePacketFile'];
  createRenderPool: RenderPoolModule['createRenderPool'];
  loadPacks: LoadPacksModule['loadPacks'];
}

/** The modules measured: compiled `dist/src/…` when built (and not `--source`), else the source. */
function loadCode(source: boolean, code?: string): Code {
  const dist = code ? path.resolve(code) : path.resolve(__dirname, '..', 'dist', 'src');
  const useDist = !source && existsSync(path.join(dist, 'documents', 'render-pool.js'));
  if (code && !useDist) throw new Error(`No compiled code in ${dist}`);
  const root = useDist ? dist : path.resolve(__dirname, '..', 'src');
  const load = <T>(file: string): T => require(path.join(root, file)) as T;
  return {
    from: useDist ? (code ? dist : 'dist') : 'source',
    poolRenderer: load<PoolRendererModule>('batch/pool-renderer').poolRenderer,
    readBatchCsv: load<ReadCsvModule>('batch/read-csv').readBatchCsv,
    streamBatch: load<RunBatchModule>('batch/run-batch').streamBatch,
    parseCase: load<ParseCaseModule>('domain/parse-case').parseCase,
    generatePacketFile: load<GenerateModule>('documents/generate').generatePacketFile,
    createRenderPool: load<RenderPoolModule>('documents/render-pool').createRenderPool,
    loadPacks: load<LoadPacksModule>('jurisdictions/load-packs').loadPacks,
  };
}

const TODAY = '2026-11-27';
const OFFENSES = ['PL 230.00', 'Penal Law § 230.00', 'PL 240.20'];

function row(i: number, r: number): Record<Column, string> {
  return {
    client_id: `C-${String(i).padStart(6, '0')}`,
    jurisdiction: 'US-NY',
    relief: 'vacatur',
    legal_name: `Test Person ${i}`,
    other_names: '',
    date_of_birth: '1990-04-12',
    address_line1: `${i} Main St`,
    address_line2: '',
    city: 'Albany',
    state: 'NY',
    postal_code: '12207',
    phone: '518-555-0100',
    email: '',
    offense: OFFENSES[r % OFFENSES.length]!,
    offense_description: '',
    level: 'misdemeanor',
    arrest_date: `201${r + 1}-03-01`,
    conviction_date: `201${r + 1}-03-02`,
    court: 'Criminal Court of the City of New York',
    county: 'Queens',
    docket_number: `201${r + 1}QN${String(i).padStart(6, '0')}`,
    juvenile: 'no',
    trafficking_types: 'sex',
    trafficking_start: '2010-01-01',
    trafficking_end: '2014-06-30',
    services_sought_date: '2015-02-01',
    narrative:
      'In my own words: how these arrests were a result of being trafficked, over several sentences of text.',
    documentation: 't-visa:USCIS:2016-05-01',
    disposition: '',
    imprisoned: 'no',
    offense_date: '',
    child_victim: '',
    arrest_place: '',
  };
}

function csvFor(clients: number): string {
  const lines = [csvLine([...COLUMNS])];
  for (let i = 0; i < clients; i++)
    for (let r = 0; r < 3; r++) lines.push(csvLine(COLUMNS.map((c) => row(i, r)[c])));
  return lines.join('');
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: {
      concurrency: { type: 'string' },
      baseline: { type: 'string' },
      source: { type: 'boolean' },
      code: { type: 'string' },
    },
    allowPositionals: true,
  });
  const code = loadCode(values.source ?? false, values.code);
  const clients = Number(positionals[0] ?? 1000);
  const concurrency = Number(values.concurrency ?? availableParallelism());
  const baselineCount = Math.min(clients, Number(values.baseline ?? 20));
  const registry = code.loadPacks();
  const csv = csvFor(clients);
  const loadBefore = loadavg().map((l) => +l.toFixed(2));

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  // RSS after every 20% of the clients, to see whether memory grows with them.
  const rssAt: Record<string, string> = {};

  const pool = code.createRenderPool({ threads: concurrency });
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const read = await code.readBatchCsv(Readable.from([Buffer.from(csv)]), {
    ...DEFAULT_LIMITS,
    maxBytes: 1 << 30,
    maxRows: 10_000_000,
  });
  if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('; '));
  const parsedAt = performance.now();
  const batch = code.streamBatch(read, {
    registry,
    today: TODAY,
    render: code.poolRenderer(pool),
    concurrency,
    onProgress: (done, total) => {
      if (done % Math.max(1, Math.floor(total / 5)) === 0)
        rssAt[String(done)] = mb(process.memoryUsage().rss);
    },
  });
  let bytes = 0;
  let firstByte = 0;
  let firstClientByte = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      const now = performance.now();
      if (!firstByte) firstByte = now;
      bytes += chunk.length;
      // README.txt is ~700 bytes; the first client's first document pushes past it.
      if (!firstClientByte && bytes > 4096) firstClientByte = now;
      cb();
    },
  });
  await pipeline(batch.zip, sink);
  const report = await batch.done;
  const total = performance.now() - started;
  const batchCpu = process.cpuUsage(cpuStart);
  const batchRss = peakRss;
  const loadAfter = loadavg().map((l) => +l.toFixed(2));
  await pool.close();

  // One request at a time: the same packets, sequential, each client a PDF and a DOCX request.
  const cases = read.clients.slice(0, baselineCount).map((c) => {
    const parsed = code.parseCase(
      {
        version: 1,
        jurisdiction: 'US-NY',
        relief: 'vacatur',
        petitioner: { legalName: `Test Person ${c.clientId}`, dateOfBirth: '1990-04-12' },
        convictions: [0, 1, 2].map((r) => ({
          offense: OFFENSES[r]!,
          arrestDate: `201${r + 1}-03-01`,
          convictionDate: `201${r + 1}-03-02`,
          court: 'Criminal Court of the City of New York',
          county: 'Queens',
          docketNumber: `201${r + 1}QN1`,
        })),
        trafficking: {
          types: ['sex'],
          startDate: '2010-01-01',
          endDate: '2014-06-30',
          narrative: 'In my own words.',
        },
      },
      TODAY,
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return parsed.value;
  });
  const oneClient = async (c: (typeof cases)[number]) => {
    await code.generatePacketFile({ case: c, format: 'pdf', today: TODAY }, registry);
    await code.generatePacketFile({ case: c, format: 'docx', today: TODAY }, registry);
  };
  for (const c of cases.slice(0, 3)) await oneClient(c); // warm-up, not timed
  const seqLoad = loadavg().map((l) => +l.toFixed(2));
  const seqStart = performance.now();
  const seqCpuStart = process.cpuUsage();
  for (const c of cases) await oneClient(c);
  const perRequest = (performance.now() - seqStart) / cases.length;
  const seqCpu = process.cpuUsage(seqCpuStart);
  const perRequestCpu = (seqCpu.user + seqCpu.system) / 1000 / cases.length;
  clearInterval(sampler);

  const perClient = total / clients;
  const perClientCpu = (batchCpu.user + batchCpu.system) / 1000 / clients;
  const result = {
    code: code.from,
    clients,
    records: read.rows,
    concurrency,
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadAfter,
    drafted: report.drafted,
    failed: report.failed,
    zipBytes: bytes,
    totalSeconds: +(total / 1000).toFixed(2),
    parseMs: +(parsedAt - started).toFixed(0),
    firstByteMs: +(firstByte - started).toFixed(0),
    firstClientBytesMs: +(firstClientByte - started).toFixed(0),
    peakRss: mb(batchRss),
    rssAfterClients: rssAt,
    perClientBatchMs: +perClient.toFixed(1),
    // CPU of every thread of this process (main and workers) per client, during the batch.
    perClientBatchCpuMs: +perClientCpu.toFixed(1),
    perClientOneAtATimeMs: +perRequest.toFixed(1),
    perClientOneAtATimeCpuMs: +perRequestCpu.toFixed(1),
    loadAverageOneAtATime: seqLoad,
    batchCheaperBy: +(perRequest / perClient).toFixed(2),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  // Each figure with the load average it was taken under (1, 5 and 15 minutes; 2 cores).
  const during = `load ${loadBefore.join('/')} → ${loadAfter.join('/')}`;
  const seq = `load ${seqLoad.join('/')}`;
  const lines = [
    [`batch of ${clients} clients × 3 records`, `${result.totalSeconds} s wall`, during],
    ['first byte', `${result.firstByteMs} ms`, during],
    ['peak RSS', result.peakRss, during],
    [
      'batch, per client',
      `${result.perClientBatchMs} ms wall, ${result.perClientBatchCpuMs} ms CPU`,
      during,
    ],
    [
      'one request at a time, per client',
      `${result.perClientOneAtATimeMs} ms wall, ${result.perClientOneAtATimeCpuMs} ms CPU`,
      seq,
    ],
    ['batch cheaper per client (wall)', `${result.batchCheaperBy}×`, `${during}; ${seq}`],
  ];
  for (const [what, figure, load] of lines) process.stdout.write(`${what}: ${figure} (${load})\n`);
}

void main();
