import express from 'express';
import request from 'supertest';
import { createBatchHandler } from '../../src/web/api/batch';
import { DEFAULT_LIMITS } from '../../src/batch/types';
import type { AppDeps } from '../../src/web/deps';
import { TODAY, csvOf, fakeZipPool, goodRow, parseCsv, readZip, registry } from './helpers';

function app(limits = DEFAULT_LIMITS) {
  const logged: Array<Record<string, unknown>> = [];
  const pool = fakeZipPool();
  const deps: AppDeps = {
    registry,
    pool,
    today: () => TODAY,
    logger: { info: (event, fields) => logged.push({ event, ...fields }), error: () => undefined },
  };
  const a = express();
  a.post('/api/v1/batch', createBatchHandler(deps, { limits, concurrency: 2 }));
  return { app: a, logged, pool };
}

function binary(res: request.Response, cb: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

/** The CSV below as a text/csv body, the ZIP answer read whole. */
function postCsv(a: express.Express) {
  return request(a)
    .post('/api/v1/batch')
    .set('Content-Type', 'text/csv')
    .buffer(true)
    .parse(binary)
    .send(csv);
}

const csv = csvOf([
  goodRow('A'),
  goodRow('B', { arrest_date: 'soon' }),
  goodRow('C', { legal_name: 'Łukasz Kowalski' }),
]);

describe('POST /api/v1/batch', () => {
  it('answers a text/csv body with a ZIP of drafts, summary.csv and errors.csv', async () => {
    const { app: a, logged } = app();
    const res = await postCsv(a);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(/drafts\.zip/);
    const entries = await readZip(res.body as Buffer);
    expect(
      [...entries.keys()].filter((n) => n.endsWith('.pdf')).map((n) => n.split('/')[0]),
    ).toEqual(['A', 'A', 'C', 'C']);
    const errors = parseCsv(entries.get('errors.csv')!.toString('utf8'));
    expect(errors.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([['3', 'B', 'arrest_date']]);
    // Only counts are logged: no names, no ids.
    expect(logged).toEqual([{ event: 'batch', clients: 3, drafted: 2, failed: 1, rows: 3 }]);
    expect(JSON.stringify(logged)).not.toMatch(/Łukasz|"A"/);
  });

  it('hands each drafted client’s assessment to the render pool, so the worker does not assess again', async () => {
    const { app: a, pool } = app();
    const res = await postCsv(a);
    expect(res.status).toBe(200);
    expect(pool.calls).toBe(2);
    expect(pool.assessed).toBe(2);
  });

  it('takes the multipart field "file" too', async () => {
    const res = await request(app().app)
      .post('/api/v1/batch')
      .attach('file', Buffer.from(csv), { filename: 'cases.csv', contentType: 'text/csv' })
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    expect((await readZip(res.body as Buffer)).has('summary.csv')).toBe(true);
  });

  it('checks only, as JSON, when asked, and renders nothing', async () => {
    const { app: a, pool } = app();
    const res = await request(a)
      .post('/api/v1/batch?check=true')
      .set('Content-Type', 'text/csv')
      .send(csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ clients: 3, ready: 2, notReady: 1 });
    expect(res.body.errors).toEqual([
      expect.objectContaining({ row: 3, clientId: 'B', field: 'arrest_date' }),
    ]);
    expect(pool.calls).toBe(0);
  });

  it('refuses an upload over the size limit with 413 problem details', async () => {
    const res = await request(app({ ...DEFAULT_LIMITS, maxBytes: 200 }).app)
      .post('/api/v1/batch')
      .set('Content-Type', 'text/csv')
      .send(csv);
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.parse(res.text)).toMatchObject({
      status: 413,
      detail: expect.stringMatching(/larger than/),
    });
  });

  it('refuses a multipart upload over the size limit with 413', async () => {
    const res = await request(app({ ...DEFAULT_LIMITS, maxBytes: 200 }).app)
      .post('/api/v1/batch')
      .attach('file', Buffer.from(csv), { filename: 'cases.csv', contentType: 'text/csv' });
    expect(res.status).toBe(413);
  });

  it('answers a file missing columns with 400 naming them', async () => {
    const res = await request(app().app)
      .post('/api/v1/batch')
      .set('Content-Type', 'text/csv')
      .send('client_id,legal_name\r\nA,B\r\n');
    expect(res.status).toBe(400);
    const body = JSON.parse(res.text);
    expect(body.detail).toMatch(/jurisdiction, relief, offense, arrest_date/);
    expect(body.errors[0]).toMatchObject({ path: expect.stringMatching(/row 1/) });
  });

  it('answers JSON with 415', async () => {
    const res = await request(app().app).post('/api/v1/batch').send({ a: 1 });
    expect(res.status).toBe(415);
  });

  it('answers a form with no file with 400', async () => {
    const res = await request(app().app).post('/api/v1/batch').field('check', 'true');
    expect(res.status).toBe(400);
  });
});
