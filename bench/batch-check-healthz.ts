/**
 * Does a check-only batch of 20,000 rows keep the server answering? Starts the app (fake renders:
 * the check renders nothing) on loopback, posts `/api/v1/batch?check=1` with a 20,000-client CSV,
 * and meanwhile asks GET /healthz every 20 ms. Prints the check's time and the health latency
 * (p50, p99, max) while it ran. Run: `npx tsx bench/batch-check-healthz.ts [rows] [concurrent]`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { COLUMNS } from '../src/batch/columns';
import { loadPacks } from '../src/jurisdictions/load-packs';
import { createApp } from '../src/web/app';
import type { RenderService } from '../src/web/deps';

const ROWS = Number(process.argv[2] ?? 20_000);
const CONCURRENT = Number(process.argv[3] ?? 1);

const noRenders: RenderService = {
  generate: () => Promise.reject(new Error('not used')),
  generateFolder: () => Promise.reject(new Error('not used')),
  close: async () => undefined,
};

function csv(rows: number): Buffer {
  const row: Record<string, string> = {
    jurisdiction: 'US-NY',
    relief: 'vacatur',
    legal_name: 'Test Person',
    date_of_birth: '1990-04-12',
    offense: 'PL 230.00',
    arrest_date: '2012-03-01',
    conviction_date: '2012-03-02',
    court: 'Criminal Court',
    county: 'Queens',
    trafficking_types: 'sex',
    trafficking_start: '2010-01-01',
    trafficking_end: '2014-06-30',
    narrative: 'In my own words.',
  };
  const lines = [COLUMNS.join(',')];
  for (let i = 0; i < rows; i += 1)
    lines.push(COLUMNS.map((c) => (c === 'client_id' ? `C-${i}` : (row[c] ?? ''))).join(','));
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

function get(port: number, path: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(performance.now() - started));
    });
  });
}

function postCheck(port: number, body: Buffer): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/v1/batch?check=1',
        agent: false,
        headers: { 'Content-Type': 'text/csv', 'Content-Length': body.length },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }),
        );
      },
    );
    req.end(body);
  });
}

async function main(): Promise<void> {
  const app = createApp({
    registry: loadPacks(),
    pool: noRenders,
    today: () => '2026-11-27',
    rateLimits: false,
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as AddressInfo;
  const body = csv(ROWS);
  const samples: number[] = [];
  let running = true;
  const poll = (async () => {
    while (running) {
      samples.push(await get(port, '/healthz'));
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const results = await Promise.all(
    Array.from({ length: CONCURRENT }, () => postCheck(port, body)),
  );
  running = false;
  await poll;
  server.close();
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  console.log(
    `${CONCURRENT} x check-only ${ROWS} rows (${(body.length / 2 ** 20).toFixed(1)} MB): ${results
      .map((r) => `${r.status} in ${(r.ms / 1000).toFixed(1)} s`)
      .join(', ')}`,
  );
  console.log(
    `/healthz during it: n ${s.length}, p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, max ${(s.at(-1) ?? NaN).toFixed(1)} ms`,
  );
}

void main();
