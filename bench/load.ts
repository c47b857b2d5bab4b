/**
 * Load on loopback, bounded: N connections for S seconds against one endpoint of the built server
 * (`npm run build` first), with /healthz sampled every 100 ms on its own connection. Prints errors,
 * status counts, p50/p99 latency, throughput, the server's RSS before and after, and /healthz p50/p99.
 *
 *   npx tsx bench/load.ts [--connections 50] [--seconds 60] [--target documents|eligibility]
 *
 * Timings depend on the machine and its load (printed beside them); they belong here, not in tests.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { loadavg } from 'node:os';
import path from 'node:path';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const CONNECTIONS = Number(arg('connections', '50'));
const SECONDS = Number(arg('seconds', '60'));
const TARGET = arg('target', 'documents');
const PORT = 3900 + Math.floor(Math.random() * 90);

const root = path.join(__dirname, '..');
const fixture = JSON.parse(
  readFileSync(path.join(root, 'test', 'fixtures', 'packets', 'ny-two-courts.json'), 'utf8'),
) as { case: unknown };
const body = Buffer.from(JSON.stringify(fixture.case));
const route = TARGET === 'eligibility' ? '/api/v1/eligibility' : '/api/v1/documents?format=pdf';

const rssOf = (pid: number): number => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.floor(s.length * p))] as number) : 0;
};

function request(agent: http.Agent, method: string, url: string, data?: Buffer) {
  return new Promise<{ status: number; ms: number }>((resolve) => {
    const started = performance.now();
    const req = http.request(
      {
        host: '127.0.0.1',
        port: PORT,
        path: url,
        method,
        agent,
        headers: data ? { 'content-type': 'application/json', 'content-length': data.length } : {},
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }),
        );
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end(data);
  });
}

async function main(): Promise<void> {
  const server = spawn(process.execPath, [path.join(root, 'dist', 'src', 'web', 'server.js')], {
    env: {
      ...process.env,
      PORT: String(PORT),
      RELIEF_SECRET: 'load-bench-secret-0123456789abcdefghijklmnop',
      // The bench measures the server, not the per-client limits it would apply to one address.
      RELIEF_GENERATE_PER_MINUTE: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const health = new http.Agent({ keepAlive: true, maxSockets: 1 });
  for (let i = 0; i < 100; i++) {
    if ((await request(health, 'GET', '/healthz')).status === 200) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await request(agent, 'POST', route, body); // warm the pool
  const rssBefore = rssOf(server.pid as number);
  const load = loadavg()[0]?.toFixed(2);
  const end = Date.now() + SECONDS * 1000;
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const healthMs: number[] = [];
  const worker = async () => {
    while (Date.now() < end) {
      const r = await request(agent, 'POST', route, body);
      latencies.push(r.ms);
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    }
  };
  const sampler = async () => {
    while (Date.now() < end) {
      healthMs.push((await request(health, 'GET', '/healthz')).ms);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  await Promise.all([...Array.from({ length: CONNECTIONS }, worker), sampler()]);
  const rssAfter = rssOf(server.pid as number);
  server.kill('SIGTERM');
  agent.destroy();
  health.destroy();
  const ok = statuses.get(200) ?? 0;
  const out = {
    target: route,
    connections: CONNECTIONS,
    seconds: SECONDS,
    loadAverageAtStart: load,
    requests: latencies.length,
    statuses: Object.fromEntries(statuses),
    errors: latencies.length - ok,
    throughputPerSecond: Number((ok / SECONDS).toFixed(1)),
    latencyMs: { p50: Math.round(pct(latencies, 0.5)), p99: Math.round(pct(latencies, 0.99)) },
    healthzMs: { p50: Math.round(pct(healthMs, 0.5)), p99: Math.round(pct(healthMs, 0.99)) },
    rssMb: { before: Math.round(rssBefore), after: Math.round(rssAfter) },
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

void main();
