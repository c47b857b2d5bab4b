import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseCase } from '../../../src/domain/parse-case';
import { createRenderPool, type RenderPool } from '../../../src/documents/render-pool';
import { fixturePacket } from './fixture-packet';
import { readPdf } from './helpers';

/**
 * How many event-loop turns pass while `work` runs. Not a timing: a renderer that blocks the loop
 * lets almost none pass, one in worker threads lets many pass, however busy the machine is.
 * (How long a tick waits is measured in bench/responsiveness-bench.ts, not here.)
 */
async function loopTurns(work: () => Promise<unknown>): Promise<number> {
  let turns = 0;
  let running = true;
  const spin = (): void => {
    if (!running) return;
    turns += 1;
    setImmediate(spin);
  };
  spin();
  try {
    await work();
  } finally {
    running = false;
  }
  return turns;
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

  test('the event loop keeps turning while workers render, and not while this thread renders', async () => {
    const work = (p: RenderPool) => () =>
      Promise.all(
        Array.from({ length: 4 }, (_, i) =>
          p.renderPacket(fixturePacket(), i % 2 ? 'docx' : 'pdf'),
        ),
      );
    const local = createRenderPool({ inProcess: true });
    await local.renderPacket(fixturePacket(), 'pdf');
    const inWorkers = await loopTurns(work(pool));
    const inThisThread = await loopTurns(work(local));
    expect(inWorkers).toBeGreaterThan(20);
    expect(inWorkers).toBeGreaterThan(inThisThread * 5);
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
    // The instructions file is the packet's instructions on their own (the lawyer memo follows
    // them in the packet).
    expect(alone.pages.length).toBeLessThan(whole.pages.length);
    const start = whole.pages.findIndex((p) => p === alone.pages[0]);
    expect(start).toBeGreaterThan(0);
    expect(whole.pages.slice(start, start + alone.pages.length)).toEqual(alone.pages);
    expect(alone.pages.join(' ')).not.toContain('For Your Lawyer');
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
