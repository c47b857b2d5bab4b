/**
 * Abandoned downloads: starts the real server (real worker pool) in a child process, then for
 * each round sends `PER_ROUND` ZIP requests for a large case (100 records, a 20,000-character
 * account), 50 at a time, each abandoned by its client after 0.2 s, then one real PDF request (the
 * contract's example case).
 * Prints the server's RSS (from /proc) fresh, after a warm-up, after each round, after idling, and
 * how long the real request took. Loopback only, bounded in count.
 *
 *   npx tsx bench/abandoned-downloads.ts [rounds=5] [perRound=400] [--queue N] [--dist]
 *
 * `--queue` sets RELIEF_RENDER_QUEUE (default: the server's 2 x threads); a large queue (1000) lets
 * every abandoned request wait in line, to show it is dropped rather than rendered. `--dist` runs
 * the built server (`npm run build` first), as production does; otherwise the sources via tsx.
 * Rate limits are off here (they would refuse most of these requests, which hides the leak path);
 * `--limits` keeps the server's default per-client limits on, to show what one address gets.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { loadavg } from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? '') : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--queue');
const ROUNDS = Number(positional[0] ?? 5);
const PER_ROUND = Number(positional[1] ?? 400);
const QUEUE = flag('queue');
const DIST = args.includes('--dist');
const LIMITS = args.includes('--limits');
const PARALLEL = 50;
const ABANDON_MS = 200;
const ROOT = path.resolve(__dirname, '..');

function bigCase(): string {
  const base = JSON.parse(
    readFileSync(
      path.join(ROOT, 'test', 'fixtures', 'examples', 'ny-contract-example.json'),
      'utf8',
    ),
  ) as { convictions: Array<Record<string, unknown>>; trafficking: Record<string, unknown> };
  const first = base.convictions[0] ?? {};
  base.convictions = Array.from({ length: 100 }, (_, i) => ({
    ...first,
    docketNumber: `2012QN${String(i).padStart(6, '0')}`,
  }));
  base.trafficking.narrative = 'In my own words, this happened to me. '
    .repeat(520)
    .slice(0, 20_000);
  return JSON.stringify(base);
}

const BODY = bigCase();
/** The real request after each round: the contract's example case, as a person would send. */
const SMALL = readFileSync(
  path.join(ROOT, 'test', 'fixtures', 'examples', 'ny-contract-example.json'),
  'utf8',
);

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

function request(
  port: number,
  format: string,
  abandonMs?: number,
  body: string = BODY,
): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/v1/documents?format=${format}`,
        agent: false,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }),
        );
        res.on('error', () => resolve({ status: -1, ms: performance.now() - started }));
      },
    );
    req.on('error', () => resolve({ status: -1, ms: performance.now() - started }));
    if (abandonMs !== undefined) setTimeout(() => req.destroy(), abandonMs);
    req.end(body);
  });
}

async function abandonRound(port: number): Promise<Record<number, number>> {
  const statuses: Record<number, number> = {};
  let next = 0;
  const lane = async () => {
    while (next < PER_ROUND) {
      next += 1;
      const { status } = await request(port, 'zip', ABANDON_MS);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, lane));
  return statuses;
}

const load = () => loadavg()[0]?.toFixed(1) ?? '?';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const child = spawn(
    process.execPath,
    DIST
      ? [path.join(ROOT, 'dist', 'src', 'web', 'server.js')]
      : ['--require', require.resolve('tsx/cjs'), path.join(ROOT, 'src', 'web', 'server.ts')],
    {
      env: {
        ...process.env,
        PORT: '0',
        ...(LIMITS ? {} : { RELIEF_GENERATE_PER_MINUTE: '0' }),
        ...(QUEUE ? { RELIEF_RENDER_QUEUE: QUEUE } : {}),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const pid = child.pid ?? 0;
  const port = await new Promise<number>((resolve) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const m = /"event":"listening","port":(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
  });
  try {
    await sleep(2000);
    console.log(`fresh: rss ${rssMb(pid)} MB`);
    const warm = await request(port, 'zip');
    console.log(`warm-up zip: ${warm.status} in ${warm.ms.toFixed(0)} ms, rss ${rssMb(pid)} MB`);
    const start = rssMb(pid);
    const baseline = await request(port, 'pdf', undefined, SMALL);
    console.log(
      `baseline real PDF before any abandoning: ${baseline.status} in ${baseline.ms.toFixed(0)} ms (load ${load()})`,
    );
    for (let round = 1; round <= ROUNDS; round += 1) {
      const statuses = await abandonRound(port);
      const real = await request(port, 'pdf', undefined, SMALL);
      await sleep(5000);
      console.log(
        `round ${round}: ${PER_ROUND} abandoned (${JSON.stringify(statuses)}), then a real PDF: ${real.status} in ${real.ms.toFixed(0)} ms; rss 5 s later ${rssMb(pid)} MB (load ${load()})`,
      );
    }
    await sleep(20_000);
    const end = rssMb(pid);
    console.log(
      `idle 20 s: rss ${end} MB = ${(end / start).toFixed(2)} x the warm start (${start} MB)`,
    );
  } finally {
    child.kill('SIGTERM');
  }
}

void main();
