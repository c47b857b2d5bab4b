import express from 'express';
import request from 'supertest';
import { DEFAULT_LIMITS } from '../../src/batch/types';
import { createClinicRouter } from '../../src/web/clinic/router';
import type { AppDeps } from '../../src/web/deps';
import { testApp } from '../helpers/app';
import { TODAY, csvOf, fakeZipPool, goodRow, readZip, registry } from './helpers';

function app(limits = DEFAULT_LIMITS) {
  const pool = fakeZipPool();
  const deps: AppDeps = { registry, pool, today: () => TODAY };
  const a = express();
  a.use('/clinic', createClinicRouter(deps, { limits, concurrency: 2 }));
  return { app: a, pool };
}

/** GET the page first, as a browser does, for the CSRF cookie and the form's token. */
async function formToken(a: express.Express): Promise<{ cookie: string; token: string }> {
  const page = await request(a).get('/clinic');
  const cookie = String(page.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
  const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
  return { cookie, token };
}

const csv = csvOf([
  goodRow('A'),
  goodRow('B', { arrest_date: '3/1/2012' }),
  goodRow('C', { legal_name: '<script>x</script>' }),
]);

describe('the clinic page', () => {
  it('explains the CSV, links the template and has an upload form with a check-only button', async () => {
    const res = await request(app().app).get('/clinic');
    expect(res.status).toBe(200);
    expect(res.text).toContain('href="/clinic/template.csv"');
    expect(res.text).toMatch(/enctype="multipart\/form-data"/);
    expect(res.text).toMatch(/name="file"/);
    expect(res.text).toMatch(/value="check"/);
    expect(res.text).toContain('<code>documentation</code>');
  });

  it('hands out the template as CSV', async () => {
    const res = await request(app().app).get('/clinic/template.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.text.split('\r\n')[0]).toMatch(/^client_id,jurisdiction,relief,/);
  });

  it('answers "check only" with a readable report of the problems, escaped, and makes nothing', async () => {
    const { app: a, pool } = app();
    const { cookie, token } = await formToken(a);
    const res = await request(a)
      .post('/clinic')
      .set('Cookie', cookie)
      .field('_csrf', token)
      .field('action', 'check')
      .attach('file', Buffer.from(csv), { filename: 'cases.csv', contentType: 'text/csv' });
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/2 ready/);
    expect(res.text).toMatch(/1 with problems/);
    expect(res.text).toMatch(/<td data-label="Row">3<\/td>/);
    expect(res.text).toMatch(/format the column as text/);
    expect(res.text).not.toContain('<script>x</script>');
    expect(pool.calls).toBe(0);
  });

  it('answers an upload with the ZIP of drafts', async () => {
    const a = app().app;
    const { cookie, token } = await formToken(a);
    const res = await request(a)
      .post('/clinic')
      .set('Cookie', cookie)
      .field('_csrf', token)
      .attach('file', Buffer.from(csv), { filename: 'cases.csv', contentType: 'text/csv' })
      .field('action', 'drafts')
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const entries = await readZip(res.body as Buffer);
    expect(entries.has('errors.csv')).toBe(true);
    expect([...entries.keys()].some((n) => n.startsWith('A/'))).toBe(true);
  });

  it('refuses an upload without the form’s CSRF token and keeps nothing', async () => {
    const { app: a, pool } = app();
    const res = await request(a)
      .post('/clinic')
      .field('action', 'drafts')
      .attach('file', Buffer.from(csv), { filename: 'cases.csv', contentType: 'text/csv' });
    expect(res.status).toBe(403);
    expect(res.text).toMatch(/expired/);
    expect(pool.calls).toBe(0);
  });

  it('shows the page again with the problem when the file cannot be used', async () => {
    const res = await request(app().app)
      .post('/clinic')
      .attach('file', Buffer.from('client_id,name\r\nA,B\r\n'), {
        filename: 'cases.csv',
        contentType: 'text/csv',
      });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/missing the columns/);
    expect(res.text).toMatch(/usa-alert--error/);
  });

  it('refuses a file over the size limit with 413 and says so', async () => {
    const res = await request(app({ ...DEFAULT_LIMITS, maxBytes: 100 }).app)
      .post('/clinic')
      .attach('file', Buffer.from(csv), { filename: 'cases.csv', contentType: 'text/csv' });
    expect(res.status).toBe(413);
    expect(res.text).toMatch(/larger than/);
  });
});

describe('mounted in the app', () => {
  it('serves the clinic page and the batch API through createApp, with no-store', async () => {
    const { app: a } = testApp();
    const page = await request(a).get('/clinic');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.text).toContain('/clinic/template.csv');
    const template = await request(a).get('/clinic/template.csv');
    const check = await request(a)
      .post('/api/v1/batch?check=true')
      .set('Content-Type', 'text/csv')
      .send(template.text);
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ clients: 1, ready: 1 });
  });
});
