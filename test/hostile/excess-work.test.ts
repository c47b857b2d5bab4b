import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import request from 'supertest';
import { clientGone } from '../../src/web/client-gone';
import type { RenderService } from '../../src/web/deps';
import { rateLimit } from '../../src/web/rate-limit';
import { createRenderGate, RenderBusyError, type RenderGate } from '../../src/web/render-gate';
import { fakePool, nyCase, testApp } from '../helpers/app';

/** A pool whose renders wait until the test lets them finish, counting what reached it. */
function heldPool() {
  const inner = fakePool();
  const held: Array<() => void> = [];
  const pool: RenderService & { started: number } = {
    started: 0,
    async generate(req) {
      pool.started += 1;
      await new Promise<void>((r) => held.push(r));
      return inner.generate(req);
    },
    generateFolder: (req) => inner.generateFolder(req),
    close: async () => undefined,
  };
  const until = async (test: () => boolean) => {
    while (!test()) await new Promise((r) => setImmediate(r));
  };
  return { pool, held, until, releaseOne: () => held.shift()?.() };
}

const caseJson = JSON.stringify(nyCase());

function documents(port: number) {
  const req = http.request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/api/v1/documents?format=pdf',
    agent: false,
    headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(caseJson) },
  });
  const answered = new Promise<{ status: number; retryAfter?: string; body: string }>(
    (resolve, reject) => {
      req.on('response', (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            ...(res.headers['retry-after'] ? { retryAfter: res.headers['retry-after'] } : {}),
            body,
          }),
        );
      });
      req.on('error', reject);
    },
  );
  answered.catch(() => undefined);
  req.end(caseJson);
  return { req, answered };
}

describe('the render queue', () => {
  let server: http.Server;
  let port = 0;
  let gate: RenderGate;
  const held = heldPool();
  beforeAll(async () => {
    const { app } = testApp({ pool: held.pool, renderSlots: 1, renderQueue: 1 });
    gate = app.locals['renderGate'] as RenderGate;
    server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('answers 503 with Retry-After when every slot and place in line is taken, and serves the rest', async () => {
    const first = documents(port);
    await held.until(() => held.pool.started === 1);
    const second = documents(port);
    // The second waits in line (it has not reached the pool); the third finds the line full.
    await held.until(() => gate.stats().waiting === 1);
    const third = await documents(port).answered;
    expect(third.status).toBe(503);
    expect(third.retryAfter).toBe('5');
    expect(JSON.parse(third.body)).toMatchObject({ status: 503 });
    held.releaseOne();
    expect((await first.answered).status).toBe(200);
    await held.until(() => held.pool.started === 2);
    held.releaseOne();
    expect((await second.answered).status).toBe(200);
  });

  it("refuses the wizard's download page with 503 and Retry-After too, before reading the form", async () => {
    const startedBefore = held.pool.started;
    const first = documents(port);
    await held.until(() => held.pool.started === startedBefore + 1);
    const second = documents(port);
    await held.until(() => gate.stats().waiting === 1);
    const wizard = await request(server).post('/download').type('form').send('_action=pdf');
    expect(wizard.status).toBe(503);
    expect(wizard.headers['retry-after']).toBe('5');
    expect(wizard.headers['content-type']).toMatch(/text\/html/);
    expect(wizard.text).toMatch(/Wait 5 seconds and try again/);
    expect(wizard.text).toMatch(/<section lang="es">[^]*Espere 5 segundos y vuelva a intentarlo/);
    held.releaseOne();
    expect((await first.answered).status).toBe(200);
    await held.until(() => held.pool.started === startedBefore + 2);
    held.releaseOne();
    expect((await second.answered).status).toBe(200);
  });

  it('drops a download whose reader left while it waited, without rendering it', async () => {
    const startedBefore = held.pool.started;
    const first = documents(port);
    await held.until(() => held.pool.started === startedBefore + 1);
    const leaver = documents(port);
    await held.until(() => gate.stats().waiting === 1);
    leaver.req.destroy();
    await held.until(() => gate.stats().waiting === 0);
    held.releaseOne();
    expect((await first.answered).status).toBe(200);
    // The line is empty again: a new download renders at once, and the leaver never did.
    const after = documents(port);
    await held.until(() => held.pool.started === startedBefore + 2);
    held.releaseOne();
    expect((await after.answered).status).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    expect(held.pool.started).toBe(startedBefore + 2);
  });
});

describe('the render gate on its own', () => {
  it('refuses a bounded render when the line is full but lets batch folders wait', async () => {
    const held = heldPool();
    const gate = createRenderGate(held.pool, { slots: 1, maxWaiting: 0 });
    const running = gate.generate({ case: nyCase() as never, format: 'pdf', today: '2026-11-27' });
    await expect(
      gate.generate({ case: nyCase() as never, format: 'pdf', today: '2026-11-27' }),
    ).rejects.toBeInstanceOf(RenderBusyError);
    const folder = gate.generateFolder({ case: nyCase() as never, today: '2026-11-27' });
    expect(gate.stats()).toEqual({ running: 1, waiting: 1 });
    await held.until(() => held.held.length === 1);
    held.releaseOne();
    await running;
    await expect(folder).resolves.toHaveLength(1);
  });
});

describe('per-client rate limits', () => {
  it('answers 429 with Retry-After once a client has used its downloads for the minute', async () => {
    const { app } = testApp({ rateLimits: { generatePerMinute: 2, batchPerMinute: 1 } });
    const post = () =>
      request(app)
        .post('/api/v1/documents?format=pdf')
        .set('Content-Type', 'application/json')
        .send(caseJson);
    expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(200);
    const refused = await post();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(refused.text)).toMatchObject({ status: 429 });
    // Eligibility is cheap and not limited.
    const eligibility = await request(app)
      .post('/api/v1/eligibility')
      .set('Content-Type', 'application/json')
      .send(caseJson);
    expect(eligibility.status).toBe(200);
  });

  it('limits batches on the API and the clinic page together', async () => {
    const { app } = testApp({ rateLimits: { generatePerMinute: 2, batchPerMinute: 1 } });
    const first = await request(app).post('/api/v1/batch').set('Content-Type', 'text/csv').send('');
    expect(first.status).toBe(400);
    const second = await request(app).post('/clinic').set('Content-Type', 'text/csv').send('');
    expect(second.status).toBe(429);
    // A page for the person's browser, in both languages, saying that the answers are still there.
    expect(second.headers['content-type']).toMatch(/text\/html/);
    expect(second.text).toContain('<title>Too many requests – Demasiadas solicitudes</title>');
    expect(second.text).toMatch(/your answers are still there/);
    expect(second.text).toMatch(/<a href="\/exit"[^>]*>Quick exit/);
    expect(second.text).toMatch(/<section lang="es">[^]*sus respuestas siguen allí/);
  });

  it('counts each client apart behind a trusted proxy (X-Forwarded-For)', async () => {
    const { app } = testApp({
      trustProxy: true,
      rateLimits: { generatePerMinute: 1, batchPerMinute: 1 },
    });
    const post = (ip: string) =>
      request(app)
        .post('/api/v1/documents?format=pdf')
        .set('X-Forwarded-For', ip)
        .set('Content-Type', 'application/json')
        .send(caseJson);
    expect((await post('203.0.113.1')).status).toBe(200);
    expect((await post('203.0.113.1')).status).toBe(429);
    expect((await post('203.0.113.2')).status).toBe(200);
  });

  it('gives a client its requests back as the minute passes', async () => {
    let t = 0;
    const app = express();
    app.use(
      rateLimit({
        perMinute: 2,
        secret: Buffer.alloc(32, 1),
        now: () => t,
        refuse: (_req, res, retryAfter) =>
          res.status(429).set('Retry-After', `${retryAfter}`).end(),
      }),
    );
    app.get('/', (_req, res) => res.status(204).end());
    expect((await request(app).get('/')).status).toBe(204);
    expect((await request(app).get('/')).status).toBe(204);
    const refused = await request(app).get('/');
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('30');
    t += 30_000;
    expect((await request(app).get('/')).status).toBe(204);
    expect((await request(app).get('/')).status).toBe(429);
  });
});

describe('a reader who left before the handler asked for a render', () => {
  it('is seen as gone at once, so nothing waits in line for them', async () => {
    const app = express();
    let aborted: boolean | undefined;
    app.get('/', (_req, res) => {
      // The reader's socket is gone by the time the handler runs.
      res.socket?.destroy();
      setImmediate(() => {
        aborted = clientGone(res).aborted;
      });
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) =>
      http.get({ host: '127.0.0.1', port, path: '/', agent: false }).on('error', () => resolve()),
    );
    await new Promise((r) => setTimeout(r, 50));
    server.close();
    expect(aborted).toBe(true);
  });
});
