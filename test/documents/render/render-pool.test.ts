import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseCase } from '../../../src/domain/parse-case';
import { createRenderPool, type RenderPool } from '../../../src/documents/render-pool';
import { fixturePacket } from './fixture-packet';
import { readPdf } from './helpers';

/**
 * Delays of 10 ms ticks beyond the 10 ms itself while `work` runs: the 95th percentile and the worst.
 * The percentile keeps the check honest on a shared, busy machine where any thread can be descheduled.
 */
async function tickDelays(work: () => Promise<unknown>): Promise<{ p95: number; max: number }> {
  let last = performance.now();
  const delays: number[] = [];
  const timer = setInterval(() => {
    const now = performance.now();
    delays.push(Math.max(0, now - last - 10));
    last = now;
  }, 10);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  delays.sort((a, b) => a - b);
  return {
    p95: delays[Math.floor(delays.length * 0.95)] ?? 0,
    max: delays[delays.length - 1] ?? 0,
  };
}

describe('createRenderPool', () => {
  let pool: RenderPool;
  beforeAll(async () => {
    pool = createRenderPool({ threads: 2 });
    // Warm both workers (fonts parsed, code compiled) before measuring.
    await Promise.all([
      pool.renderPacket(fixturePacket(), 'pdf'),
      pool.renderPacket(fixturePacket(), 'pdf'),
    ]);
  });
  afterAll(async () => {
    await pool.close();
  });

  test('the event loop keeps ticking (95% of ticks within 50 ms) while workers render several packets', async () => {
    const delay = await tickDelays(() =>
      Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          pool.renderPacket(fixturePacket(), i % 2 ? 'docx' : 'pdf'),
        ),
      ),
    );
    expect(delay.p95).toBeLessThan(50);
    expect(delay.max).toBeLessThan(150);
  });

  test('rendering in this thread instead blocks the loop (the measurement can fail)', async () => {
    const local = createRenderPool({ inProcess: true });
    await local.renderPacket(fixturePacket(), 'pdf');
    const delay = await tickDelays(async () => {
      for (let i = 0; i < 3; i += 1) await local.renderPacket(fixturePacket(), 'pdf');
    });
    expect(delay.max).toBeGreaterThan(30);
  });

  test('a worker returns the same bytes as rendering in this thread', async () => {
    const when = '2026-01-02T00:00:00Z';
    const a = await pool.renderPacket(fixturePacket(), 'pdf', when);
    const b = await createRenderPool({ inProcess: true }).renderPacket(
      fixturePacket(),
      'pdf',
      when,
    );
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });

  test('generate() assesses, builds and renders a fixture case in a worker', async () => {
    const dir = path.resolve(__dirname, '..', '..', 'fixtures', 'cases', 'us-ny');
    const file = readdirSync(dir).find((f) => f.endsWith('.json')) as string;
    const raw = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { case: unknown };
    const parsed = parseCase(raw.case, '2026-03-01');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const out = await pool.generate({ case: parsed.value, format: 'pdf', today: '2026-03-01' });
    expect(out.contentType).toBe('application/pdf');
    expect(out.filename).not.toMatch(/l[oó]pez/i);
    const { pages } = await readPdf(out.bytes);
    expect(pages.join(' ')).toContain(parsed.value.petitioner.legalName);
  });

  test('generateFolder() makes a batch client’s packet PDF, packet DOCX and instructions PDF in a worker', async () => {
    const dir = path.resolve(__dirname, '..', '..', 'fixtures', 'cases', 'us-ny');
    const file = readdirSync(dir).find((f) => f.endsWith('.json')) as string;
    const raw = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { case: unknown };
    const parsed = parseCase(raw.case, '2026-03-01');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const files = await pool.generateFolder({ case: parsed.value, today: '2026-03-01' });
    expect(files.map((f) => f.name)).toEqual([
      'motion-to-vacate-packet.pdf',
      'motion-to-vacate-packet.docx',
      'filing-instructions.pdf',
    ]);
    const [packet, docx, instructions] = files.map((f) => f.bytes);
    const whole = await readPdf(packet as Uint8Array);
    const alone = await readPdf(instructions as Uint8Array);
    expect(whole.pages.join(' ')).toContain(parsed.value.petitioner.legalName);
    expect(whole.pages.join(' ')).toContain('Filing Instructions');
    // The instructions file is the packet's last document on its own.
    expect(alone.pages.length).toBeLessThan(whole.pages.length);
    expect(whole.pages.slice(-alone.pages.length)).toEqual(alone.pages);
    expect(
      Buffer.from(docx as Uint8Array)
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
  });

  test('generateFolder() answers a case no pack serves with a GenerateError, not a crash', async () => {
    const dir = path.resolve(__dirname, '..', '..', 'fixtures', 'cases', 'us-ny');
    const file = readdirSync(dir).find((f) => f.endsWith('.json')) as string;
    const raw = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {
      case: Record<string, unknown>;
    };
    const parsed = parseCase({ ...raw.case, jurisdiction: 'US-ZZ' }, '2026-03-01');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    await expect(
      pool.generateFolder({ case: parsed.value, today: '2026-03-01' }),
    ).rejects.toMatchObject({ name: 'GenerateError', errors: [{ path: 'jurisdiction' }] });
  });

  test('a case no pack serves comes back as a GenerateError with a field path', async () => {
    const dir = path.resolve(__dirname, '..', '..', 'fixtures', 'cases', 'us-ny');
    const file = readdirSync(dir).find((f) => f.endsWith('.json')) as string;
    const raw = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {
      case: Record<string, unknown>;
    };
    const parsed = parseCase({ ...raw.case, jurisdiction: 'US-ZZ' }, '2026-03-01');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    await expect(
      pool.generate({ case: parsed.value, format: 'pdf', today: '2026-03-01' }),
    ).rejects.toMatchObject({
      name: 'GenerateError',
      errors: [{ path: 'jurisdiction' }],
    });
  });
});
