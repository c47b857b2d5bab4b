/**
 * Batch benchmark: `npx tsx bench/batch-bench.ts [clients] [--concurrency N] [--baseline K]`.
 * Generates a CSV of N clients × 3 records (invented people, US-NY), runs the whole batch through
 * the worker pool into a counting sink, and reports total time, time to first byte, peak RSS and
 * the per-client cost of the batch against one-request-at-a-time generation (generatePacketFile,
 * sequential, in this process) measured in the same run. Nothing is written to disk.
 */
import { availableParallelism } from 'node:os';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { COLUMNS, type Column } from '../src/batch/columns';
import { csvLine } from '../src/batch/csv-cell';
import { poolRenderer } from '../src/batch/pool-renderer';
import { readBatchCsv } from '../src/batch/read-csv';
import { streamBatch } from '../src/batch/run-batch';
import { DEFAULT_LIMITS } from '../src/batch/types';
import { parseCase } from '../src/domain/parse-case';
import { generatePacketFile } from '../src/documents/generate';
import { createRenderPool } from '../src/documents/render-pool';
import { loadPacks } from '../src/jurisdictions/load-packs';

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
    options: { concurrency: { type: 'string' }, baseline: { type: 'string' } },
    allowPositionals: true,
  });
  const clients = Number(positionals[0] ?? 1000);
  const concurrency = Number(values.concurrency ?? availableParallelism());
  const baselineCount = Math.min(clients, Number(values.baseline ?? 20));
  const registry = loadPacks();
  const csv = csvFor(clients);

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

  const pool = createRenderPool({ threads: concurrency });
  const started = performance.now();
  const read = await readBatchCsv(Readable.from([Buffer.from(csv)]), {
    ...DEFAULT_LIMITS,
    maxBytes: 1 << 30,
    maxRows: 10_000_000,
  });
  if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('; '));
  const parsedAt = performance.now();
  const batch = streamBatch(read, {
    registry,
    today: TODAY,
    render: poolRenderer(pool),
    concurrency,
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
  const batchRss = peakRss;
  await pool.close();

  // One request at a time: the same packets, sequential, each a separate generatePacketFile call.
  const cases = read.clients.slice(0, baselineCount).map((c) => {
    const parsed = parseCase(
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
  await generatePacketFile({ case: cases[0]!, format: 'zip', today: TODAY }, registry); // warm-up, not timed
  const seqStart = performance.now();
  for (const c of cases)
    await generatePacketFile({ case: c, format: 'zip', today: TODAY }, registry);
  const perRequest = (performance.now() - seqStart) / cases.length;
  clearInterval(sampler);

  const perClient = total / clients;
  const result = {
    clients,
    records: read.rows,
    concurrency,
    drafted: report.drafted,
    failed: report.failed,
    zipBytes: bytes,
    totalSeconds: +(total / 1000).toFixed(2),
    parseMs: +(parsedAt - started).toFixed(0),
    firstByteMs: +(firstByte - started).toFixed(0),
    firstClientBytesMs: +(firstClientByte - started).toFixed(0),
    peakRss: mb(batchRss),
    perClientBatchMs: +perClient.toFixed(1),
    perClientOneAtATimeMs: +perRequest.toFixed(1),
    batchCheaperBy: +(perRequest / perClient).toFixed(2),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

void main();
