import type express from 'express';
import request from 'supertest';
import { DEFAULT_LIMITS } from '../../src/batch/types';
import { SEND_BACK_BYTES } from '../../src/web/clinic/router';
import { clinicApp, formToken, postCsv } from './clinic-support';
import { csvOf, goodRow, readZip, readZipComment, type Row } from './helpers';

const app = (limits = DEFAULT_LIMITS, sendBackBytes = SEND_BACK_BYTES) =>
  clinicApp(limits, { sendBackBytes });

/** Decode what an HTML attribute holds, as a browser does before it sends the form. */
function attribute(html: string, name: string): string | undefined {
  const m = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  if (!m) return undefined;
  return m[1]!
    .replace(/&#x27;/g, "'")
    .replace(/&#x3D;/g, '=')
    .replace(/&#x60;/g, '`')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function binary(res: request.Test): request.Test {
  return res.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });
}

const rows: Row[] = [
  goodRow('A'),
  goodRow('B', { arrest_date: '3/1/2012' }),
  goodRow('C', { legal_name: 'Zoë "Quotes" <b>&amp;</b>' }),
];
const csv = csvOf(rows);

async function check(a: express.Express, text: string) {
  const { cookie, token } = await formToken(a);
  const res = await request(a)
    .post('/clinic')
    .set('Cookie', cookie)
    .field('_csrf', token)
    .field('action', 'check')
    .attach('file', Buffer.from(text), { filename: 'cases.csv', contentType: 'text/csv' });
  return { res, cookie };
}

describe('"make drafts for the ready clients" from the check-only report', () => {
  it('offers the drafts for the ready clients, with the checked CSV sent back in the page', async () => {
    const { app: a, pool } = app();
    const { res } = await check(a, csv);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Make the drafts for the 2 ready clients (ZIP)');
    expect(attribute(res.text, 'csv')).toBe(csv);
    expect(res.text).not.toContain('Choose the same CSV file again');
    expect(pool.calls).toBe(0);
  });

  it('drafts from the CSV the page sent back, the same as from the file, and says what it held', async () => {
    const { app: a, pool } = app();
    const { res: report, cookie } = await check(a, csv);
    const res = await binary(
      request(a)
        .post('/clinic')
        .set('Cookie', cookie)
        .field('_csrf', attribute(report.text, '_csrf')!)
        .field('lang', 'en')
        .field('csv', attribute(report.text, 'csv')!)
        .field('action', 'drafts'),
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const entries = await readZip(res.body as Buffer);
    const folders = new Set(
      [...entries.keys()].filter((n) => n.includes('/')).map((n) => n.split('/')[0]),
    );
    expect([...folders].sort()).toEqual(['A', 'C']);
    expect(JSON.parse(await readZipComment(res.body as Buffer))).toMatchObject({
      clients: 3,
      drafted: 2,
      notDrafted: ['B'],
    });
    expect(pool.calls).toBe(2);
  });

  it('asks for the file again when it is too large to send back', async () => {
    const { app: a } = app(DEFAULT_LIMITS, 1000);
    expect(Buffer.byteLength(csv)).toBeGreaterThan(1000);
    const { res } = await check(a, csv);
    expect(res.status).toBe(200);
    expect(attribute(res.text, 'csv')).toBeUndefined();
    expect(res.text).toContain('Make the drafts for the 2 ready clients (ZIP)');
    expect(res.text).toContain('Choose the same CSV file again');
    expect(res.text).toMatch(/<input class="usa-file-input" id="file" name="file" type="file"/);
  });

  it('offers no drafts when no client is ready, and says what to do', async () => {
    const { app: a } = app();
    const { res } = await check(a, csvOf([goodRow('B', { arrest_date: '3/1/2012' })]));
    expect(res.text).not.toMatch(/value="drafts"/);
    expect(res.text).toContain('No client is ready to draft yet');
  });

  it('says it in Spanish on the Spanish page', async () => {
    const { app: a } = app();
    const res = await postCsv(a, csv, { url: '/clinic?lang=es', lang: 'es', action: 'check' });
    expect(res.text).toContain('Hacer los borradores de los 2 clientes listos (ZIP)');
    expect(res.text).toContain('data-counts="Se descargó drafts.zip');
  });

  it('refuses a sent-back CSV over the size limit with 413, and never reads it', async () => {
    const { app: a, pool } = app({ ...DEFAULT_LIMITS, maxBytes: 100 });
    const { cookie, token } = await formToken(a);
    const res = await request(a)
      .post('/clinic')
      .set('Cookie', cookie)
      .field('_csrf', token)
      .field('csv', csv)
      .field('action', 'drafts');
    expect(res.status).toBe(413);
    expect(res.text).toMatch(/larger than/);
    expect(pool.calls).toBe(0);
  });

  it('refuses a body of many long fields as too large instead of holding them all', async () => {
    const { app: a, pool } = app({ ...DEFAULT_LIMITS, maxBytes: 1000 });
    const { cookie, token } = await formToken(a);
    let req = request(a).post('/clinic').set('Cookie', cookie).field('_csrf', token);
    for (let i = 0; i < 8; i++) req = req.field(`junk${i}`, 'x'.repeat(9000));
    const res = await req.field('csv', 'client_id\r\n').field('action', 'drafts');
    expect(res.status).toBe(413);
    expect(pool.calls).toBe(0);
  });

  it('takes no long value for any field but the CSV', async () => {
    const { app: a } = app();
    const { cookie, token } = await formToken(a);
    const res = await request(a)
      .post('/clinic')
      .set('Cookie', cookie)
      .field('_csrf', token)
      .field('lang', 'es'.repeat(600))
      .field('action', 'check')
      .field('csv', csv);
    // The language field was too long to be read, so the page is in English.
    expect(res.status).toBe(200);
    expect(res.text).toContain('<html lang="en"');
  });
});
