import { PassThrough, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { readBatchCsv, type ReadOutcome } from '../../src/batch/read-csv';
import { streamBatch, type StreamOptions } from '../../src/batch/run-batch';
import { DEFAULT_LIMITS } from '../../src/batch/types';
import {
  TODAY,
  collect,
  csvOf,
  fakeRenderer,
  goodRow,
  parseCsv,
  readZip,
  registry,
  streamOf,
  type Row,
} from './helpers';

async function readOk(rows: Row[]) {
  const outcome: ReadOutcome = await readBatchCsv(streamOf(csvOf(rows)), DEFAULT_LIMITS);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome;
}

async function run(rows: Row[], opts: Partial<StreamOptions> = {}) {
  const render = opts.render ?? fakeRenderer();
  const batch = streamBatch(await readOk(rows), {
    registry,
    today: TODAY,
    concurrency: 2,
    render,
    ...opts,
  });
  const [bytes, report] = await Promise.all([collect(batch.zip), batch.done]);
  return { entries: await readZip(bytes), report, render };
}

const mixed: Row[] = [
  goodRow('A'),
  goodRow('B', { arrest_date: 'soon' }),
  goodRow('C', { legal_name: '=HYPERLINK("http://example.org","x")' }),
  goodRow('B', { offense: '' }),
  goodRow('D', { jurisdiction: 'US-ZZ' }),
  goodRow('E'),
  goodRow('E', { offense: 'PL 120.10' }),
];

describe('the batch ZIP', () => {
  it('has a folder for every good client, and every problem of every bad one, by row', async () => {
    const { entries, report } = await run(mixed);
    const folders = new Set(
      [...entries.keys()].filter((n) => n.includes('/')).map((n) => n.split('/')[0]),
    );
    expect([...folders].sort()).toEqual(['A', 'C', 'E']);
    expect(report).toMatchObject({ clients: 5, drafted: 3, failed: 2 });

    const errors = parseCsv(entries.get('errors.csv')!.toString('utf8'));
    expect(errors[0]).toEqual(['row', 'client_id', 'field', 'message']);
    expect(errors.slice(1).map(([row, client, field]) => [row, client, field])).toEqual([
      ['3', 'B', 'arrest_date'],
      ['5', 'B', 'offense'],
      ['6', 'D', 'jurisdiction'],
    ]);

    const summary = parseCsv(entries.get('summary.csv')!.toString('utf8'));
    expect(summary[0]).toEqual([
      'client_id',
      'folder',
      'jurisdiction',
      'relief',
      'result',
      'overall',
      'records',
      'documents',
    ]);
    expect(summary.slice(1).map((r) => [r[0], r[4], r[5], r[6]])).toEqual([
      ['A', 'drafted', 'eligible', 'row 2: eligible'],
      ['B', 'not-drafted', '', ''],
      ['C', 'drafted', 'eligible', 'row 4: eligible'],
      ['D', 'not-drafted', '', ''],
      ['E', 'drafted', 'partially-eligible', 'row 7: eligible; row 8: ineligible'],
    ]);
    expect(summary[1]![7]).toBe(
      '01-motion-to-vacate.pdf; 01-motion-to-vacate.docx; 02-filing-instructions.pdf',
    );
  });

  it('reads back with an independent ZIP reader: PDFs start with %PDF and DOCX files are ZIPs', async () => {
    const { entries } = await run([goodRow('A'), goodRow('B')]);
    expect([...entries.keys()]).toEqual([
      'README.txt',
      'A/01-motion-to-vacate.pdf',
      'A/01-motion-to-vacate.docx',
      'A/02-filing-instructions.pdf',
      'B/01-motion-to-vacate.pdf',
      'B/01-motion-to-vacate.docx',
      'B/02-filing-instructions.pdf',
      'summary.csv',
      'errors.csv',
    ]);
    for (const [name, bytes] of entries) {
      if (name.endsWith('.pdf')) expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
      if (name.endsWith('.docx'))
        expect([...(await readZip(bytes)).keys()]).toContain('word/document.xml');
    }
  });

  it('escapes formulas in every cell it writes back, and keeps the client’s own words in the drafts', async () => {
    const { entries } = await run([
      goodRow('=cmd|x', { legal_name: '@SUM(1)' }),
      goodRow('ok', { relief: '+x' }),
    ]);
    const summary = entries.get('summary.csv')!.toString('utf8');
    const errors = entries.get('errors.csv')!.toString('utf8');
    expect(summary).toContain("'=cmd|x");
    expect(errors).toContain('ok');
    for (const csv of [summary, errors])
      for (const row of parseCsv(csv))
        for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const folder = [...entries.keys()].find((n) => n.endsWith('.pdf'))!.split('/')[0]!;
    expect(folder).toMatch(/^cmd_x-[0-9a-f]{8}$/);
  });

  it('puts a client whose rendering failed in errors.csv and still drafts the others', async () => {
    const render = fakeRenderer({ failFor: 'Broken Person' });
    const { entries, report } = await run(
      [goodRow('A', { legal_name: 'Broken Person' }), goodRow('B')],
      { render },
    );
    expect(report).toMatchObject({ drafted: 1, failed: 1 });
    expect([...entries.keys()].some((n) => n.startsWith('B/'))).toBe(true);
    expect([...entries.keys()].some((n) => n.startsWith('A/'))).toBe(false);
    expect(entries.get('errors.csv')!.toString('utf8')).toMatch(/fault in this tool/);
    expect(entries.get('errors.csv')!.toString('utf8')).not.toMatch(/Broken Person/);
  });

  it('sends its first bytes before the rendering is done', async () => {
    const render = fakeRenderer({ delayMs: 50 });
    const batch = streamBatch(await readOk([goodRow('A'), goodRow('B'), goodRow('C')]), {
      registry,
      today: TODAY,
      concurrency: 1,
      render,
    });
    let firstAt = 0;
    let doneAt = 0;
    const started = Date.now();
    batch.zip.once('data', () => (firstAt = Date.now() - started));
    const chunks = collect(batch.zip);
    await batch.done.then(() => (doneAt = Date.now() - started));
    await chunks;
    expect(firstAt).toBeLessThan(doneAt);
    expect(doneAt).toBeGreaterThanOrEqual(90);
  });

  it('keeps only a bounded number of clients in flight when the reader is slow', async () => {
    let rendering = 0;
    let most = 0;
    const inner = fakeRenderer({ padBytes: 256 * 1024 });
    const render = Object.assign(
      async (...args: Parameters<typeof inner>) => {
        rendering += 1;
        most = Math.max(most, rendering);
        const files = await inner(...args);
        rendering -= 1;
        return files;
      },
      { calls: [] },
    );
    const rows = Array.from({ length: 40 }, (_, i) => goodRow(`C${i}`));
    const batch = streamBatch(await readOk(rows), {
      registry,
      today: TODAY,
      concurrency: 2,
      render,
    });
    let started = 0;
    // A reader that never reads: rendering must stop after the window is full.
    const stalled = new PassThrough({ highWaterMark: 16 });
    batch.zip.pipe(stalled);
    await new Promise((r) => setTimeout(r, 200));
    started = inner.calls.length;
    expect(started).toBeLessThan(12);
    expect(most).toBeLessThanOrEqual(4);
    // Now read it all: every client arrives.
    const sink = new Writable({ write: (_c, _e, cb) => cb() });
    await Promise.all([pipeline(stalled, sink), batch.done]);
    expect(inner.calls).toHaveLength(40);
  });

  it('stops rendering when the reader goes away', async () => {
    const render = fakeRenderer({ delayMs: 5 });
    const controller = new AbortController();
    const rows = Array.from({ length: 50 }, (_, i) => goodRow(`C${i}`));
    const batch = streamBatch(await readOk(rows), {
      registry,
      today: TODAY,
      concurrency: 2,
      render,
      signal: controller.signal,
    });
    batch.zip.once('data', () => {
      controller.abort();
      batch.zip.destroy();
    });
    batch.zip.resume();
    const report = await batch.done;
    expect(render.calls.length).toBeLessThan(50);
    expect(report.clients).toBeLessThan(50);
  });
});
