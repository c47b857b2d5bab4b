/**
 * Does the server keep answering while it renders? Starts the real app with the real render pool,
 * keeps `CONCURRENT` packet requests (PDF) in flight for `SECONDS`, and meanwhile asks GET /healthz
 * every 20 ms. Prints the health-check latency (p50, p95, max) with and without the rendering load,
 * and the same with rendering on the event loop (an in-process pool) for contrast.
 * Run: `npm run build && npx tsx bench/responsiveness-bench.ts [seconds] [concurrent]`.
 */
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRenderPool } from '../src/documents/render-pool';
import { loadPacks } from '../src/jurisdictions/load-packs';
import { createApp } from '../src/web/app';

const SECONDS = Number(process.argv[2] ?? 10);
const CONCURRENT = Number(process.argv[3] ?? 2);
const body = readFileSync(
  path.resolve(__dirname, '..', 'test', 'fixtures', 'examples', 'ny-contract-example.json'),
);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function summary(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: +percentile(s, 50).toFixed(1),
    p95: +percentile(s, 95).toFixed(1),
    max: +(s.at(-1) ?? NaN).toFixed(1),
  };
}

async function measure(inProcess: boolean, loaded: boolean) {
  const pool = createRenderPool(inProcess ? { inProcess: true } : {});
  const app = createApp({ registry: loadPacks(), pool, today: () => '2026-11-27' });
  const server = app.listen(0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let until = 0;
  let rendered = 0;
  const worker = async () => {
    while (Date.now() < until) {
      const res = await fetch(`${base}/api/v1/documents?format=pdf`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      await res.arrayBuffer();
      rendered += 1;
    }
  };
  // Warm every worker first (fonts, templates, tsx when run from source), so start-up is not counted.
  await Promise.all(
    Array.from({ length: CONCURRENT }, () =>
      fetch(`${base}/api/v1/documents?format=pdf`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      }).then((r) => r.arrayBuffer()),
    ),
  );
  until = Date.now() + SECONDS * 1000;
  const load = loaded ? Array.from({ length: CONCURRENT }, worker) : [];
  const latencies: number[] = [];
  while (Date.now() < until) {
    const started = performance.now();
    await (await fetch(`${base}/healthz`)).text();
    latencies.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 20));
  }
  await Promise.all(load);
  server.close();
  await pool.close();
  return {
    rendering: inProcess ? 'in-process (event loop)' : 'worker pool',
    loaded,
    packetsRendered: rendered,
    healthzMs: summary(latencies),
  };
}

async function main(): Promise<void> {
  const { loadavg } = await import('node:os');
  const results = [
    await measure(false, false),
    await measure(false, true),
    await measure(true, true),
  ];
  process.stdout.write(
    `${JSON.stringify({ seconds: SECONDS, concurrent: CONCURRENT, loadavg: loadavg(), results }, null, 2)}\n`,
  );
}

void main();
