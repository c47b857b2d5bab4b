import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runBatchCommand, type BatchCommandDeps } from '../../src/cli/batch';
import { COLUMNS } from '../../src/batch/columns';
import { fnv1a } from '../../src/batch/folder-name';
import {
  TODAY,
  collect,
  csvOf,
  fakeRenderer,
  goodRow,
  parseCsv,
  readZip,
  registry,
  type Row,
} from './helpers';

const dir = mkdtempSync(path.join(tmpdir(), 'relief-batch-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(stdin = '', tty = false) {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: tty });
  const out = collect(stdout);
  const err = collect(stderr);
  return {
    io: { stdout, stderr, stdin: Readable.from([Buffer.from(stdin)]), today: TODAY },
    output: async () => {
      stdout.end();
      stderr.end();
      return { stdout: await out, stderr: (await err).toString('utf8') };
    },
  };
}

const deps = (): BatchCommandDeps & { closed: number } => {
  const state = { closed: 0 };
  return Object.assign(state, {
    registry,
    createRenderer: async () => ({
      render: fakeRenderer(),
      close: async () => void (state.closed += 1),
    }),
  });
};

function writeCsv(name: string, rows: Row[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, csvOf(rows));
  return file;
}

describe('relief batch', () => {
  it('prints the template: the header and one example row that passes its own check', async () => {
    const t = io();
    expect(await runBatchCommand(['--template'], t.io, deps())).toBe(0);
    const { stdout } = await t.output();
    const rows = parseCsv(stdout.toString('utf8'));
    expect(rows[0]).toEqual([...COLUMNS]);
    expect(rows).toHaveLength(2);
    const file = path.join(dir, 'template.csv');
    writeFileSync(file, stdout);
    const check = io();
    expect(await runBatchCommand([file, '--check'], check.io, deps())).toBe(0);
  });

  it('writes the ZIP, prints plain progress lines when stderr is not a terminal, and exits 0 when all were drafted', async () => {
    const file = writeCsv('good.csv', [goodRow('A'), goodRow('B')]);
    const out = path.join(dir, 'good.zip');
    const t = io();
    const d = deps();
    expect(await runBatchCommand([file, '--out', out, '--concurrency', '2'], t.io, d)).toBe(0);
    const { stderr } = await t.output();
    expect(stderr).toMatch(/^1\/2 clients/m);
    expect(stderr).toMatch(/^2\/2 clients/m);
    expect(stderr).toMatch(/Drafted 2 of 2 clients/);
    expect(stderr).not.toMatch(/\r/);
    expect(d.closed).toBe(1);
    const entries = await readZip(readFileSync(out));
    expect([...entries.keys()]).toContain('A/01-motion-to-vacate.pdf');
  });

  it('draws a progress bar with rate and ETA on a terminal', async () => {
    const file = writeCsv('tty.csv', [goodRow('A'), goodRow('B')]);
    const t = io('', true);
    expect(await runBatchCommand([file, '--out', path.join(dir, 'tty.zip')], t.io, deps())).toBe(0);
    const { stderr } = await t.output();
    expect(stderr).toMatch(/\r\[#+-*\] \d\/2 clients {2}[\d.]+\/s {2}ETA /);
  });

  it('exits 1 when some clients went to errors.csv, and still writes the rest', async () => {
    const file = writeCsv('mixed.csv', [goodRow('A'), goodRow('B', { arrest_date: 'x' })]);
    const out = path.join(dir, 'mixed.zip');
    const t = io();
    expect(await runBatchCommand([file, '--out', out], t.io, deps())).toBe(1);
    const { stderr } = await t.output();
    expect(stderr).toMatch(/row 3, client B, arrest_date: Enter the date of arrest/);
    const entries = await readZip(readFileSync(out));
    expect([...entries.keys()].some((n) => n.startsWith('A/'))).toBe(true);
    expect(entries.get('errors.csv')!.toString('utf8')).toMatch(/arrest_date/);
  });

  it('checks only, printing every problem and writing nothing', async () => {
    const file = writeCsv('check.csv', [goodRow('A'), goodRow('B', { legal_name: '' })]);
    const t = io();
    expect(await runBatchCommand([file, '--check'], t.io, deps())).toBe(1);
    const { stderr, stdout } = await t.output();
    expect(stderr).toMatch(/row 3, client B, legal_name/);
    expect(stderr).toMatch(/1 ready, 1 with problems/);
    expect(stdout.length).toBe(0);
  });

  it('reads the CSV from stdin and writes the ZIP to stdout', async () => {
    const t = io(csvOf([goodRow('A')]));
    expect(await runBatchCommand(['-', '--out', '-'], t.io, deps())).toBe(0);
    const { stdout } = await t.output();
    expect((await readZip(stdout)).has('summary.csv')).toBe(true);
  });

  it('exits 1 for a file it cannot read or use, and 2 for usage mistakes', async () => {
    expect(
      await runBatchCommand(
        [path.join(dir, 'missing.csv'), '--out', path.join(dir, 'x.zip')],
        io().io,
        deps(),
      ),
    ).toBe(1);
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, 'client_id\r\nA\r\n');
    const t = io();
    expect(await runBatchCommand([bad, '--out', path.join(dir, 'bad.zip')], t.io, deps())).toBe(1);
    expect((await t.output()).stderr).toMatch(/missing the columns/);
    expect(await runBatchCommand([bad], io().io, deps())).toBe(2);
    expect(await runBatchCommand([bad, '--out', 'x.zip', '--shard', '2/2'], io().io, deps())).toBe(
      2,
    );
    expect(
      await runBatchCommand([bad, '--out', 'x.zip', '--concurrency', '0'], io().io, deps()),
    ).toBe(2);
    expect(await runBatchCommand([bad, '--bogus'], io().io, deps())).toBe(2);
  });
});

describe('shards', () => {
  const rows: Row[] = Array.from({ length: 30 }, (_, i) =>
    goodRow(
      `client-${i}`,
      i % 7 === 3 ? { arrest_date: 'not a date' } : i % 5 === 0 ? { offense: 'PL 120.10' } : {},
    ),
  );
  rows.push(goodRow('client-1', { offense: 'PL 240.20' }), goodRow(''));

  async function runZip(args: string[]) {
    const file = path.join(dir, 'shards.csv');
    writeFileSync(file, csvOf(rows));
    const out = path.join(dir, `shard-${args.join('-').replace(/\//g, 'of')}.zip`);
    await runBatchCommand([file, '--out', out, ...args], io().io, deps());
    const entries = await readZip(readFileSync(out));
    const summary = parseCsv(entries.get('summary.csv')!.toString('utf8')).slice(1);
    const errors = parseCsv(entries.get('errors.csv')!.toString('utf8')).slice(1);
    const files = [...entries.keys()].filter((n) => n.includes('/'));
    return { summary, errors, files };
  }

  it('0/2 and 1/2 together make exactly the whole run: same clients, summary rows and errors', async () => {
    const whole = await runZip([]);
    const a = await runZip(['--shard', '0/2']);
    const b = await runZip(['--shard', '1/2']);
    const sorted = (x: string[][]) => x.map((r) => r.join('|')).sort();
    expect(a.summary.length).toBeGreaterThan(0);
    expect(b.summary.length).toBeGreaterThan(0);
    expect(sorted([...a.summary, ...b.summary])).toEqual(sorted(whole.summary));
    expect(sorted([...a.errors, ...b.errors])).toEqual(sorted(whole.errors));
    expect([...a.files, ...b.files].sort()).toEqual([...whole.files].sort());
    // No client is in both shards.
    const clientsA = new Set(a.summary.map((r) => r[0]));
    expect(b.summary.some((r) => clientsA.has(r[0]!))).toBe(false);
    // Assignment is the documented hash: FNV-1a of client_id, mod N.
    for (const r of a.summary) expect(fnv1a(r[0]!) % 2).toBe(0);
  });
});
