import request from 'supertest';
import { COLUMNS } from '../../src/batch/columns';
import { readBatchCsv } from '../../src/batch/read-csv';
import { checkBatch } from '../../src/batch/run-batch';
import { DEFAULT_LIMITS, type BatchLimits, type BatchProblem } from '../../src/batch/types';
import { columnHelp } from '../../src/web/clinic/column-help';
import { messageFor, shownIssue } from '../../src/web/i18n/issues';
import { testApp } from '../helpers/app';
import { clinicApp, formToken, postCsv } from './clinic-support';
import { TODAY, csvOf, goodRow, readZip, registry, streamOf } from './helpers';

const app = (limits = DEFAULT_LIMITS) => clinicApp(limits);

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
    const res = await postCsv(a, csv, { action: 'check' });
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/2 ready/);
    expect(res.text).toMatch(/1 with problems/);
    expect(res.text).toMatch(
      /<tr><td data-label="Row">3<\/td><td data-label="Client">B<\/td><td data-label="Column"><code>arrest_date<\/code><\/td>/,
    );
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
    const { app: a } = app();
    const { cookie } = await formToken(a);
    const res = await request(a)
      .post('/clinic')
      .set('Cookie', cookie)
      .attach('file', Buffer.from('client_id,name\r\nA,B\r\n'), {
        filename: 'cases.csv',
        contentType: 'text/csv',
      });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/missing the columns/);
    expect(res.text).toMatch(/usa-alert--error/);
  });

  it('refuses a file over the size limit with 413 and says so', async () => {
    const { app: a } = app({ ...DEFAULT_LIMITS, maxBytes: 100 });
    const { cookie } = await formToken(a);
    const res = await request(a)
      .post('/clinic')
      .set('Cookie', cookie)
      .attach('file', Buffer.from(csv), { filename: 'cases.csv', contentType: 'text/csv' });
    expect(res.status).toBe(413);
    expect(res.text).toMatch(/larger than/);
  });

  it('refuses a post with no form cookie, or from another site, before reading the upload', async () => {
    const { app: a, pool } = app({ ...DEFAULT_LIMITS, maxBytes: 100 });
    // Over the size limit, yet 403: the body was never read.
    const noCookie = await request(a)
      .post('/clinic')
      .attach('file', Buffer.from(csv), { filename: 'cases.csv', contentType: 'text/csv' });
    expect(noCookie.status).toBe(403);
    const { cookie, token } = await formToken(a);
    const crossSite = await request(a)
      .post('/clinic')
      .set('Cookie', cookie)
      .set('Origin', 'http://evil.example')
      .field('_csrf', token)
      .attach('file', Buffer.from(csv), { filename: 'cases.csv', contentType: 'text/csv' });
    expect(crossSite.status).toBe(403);
    expect(pool.calls).toBe(0);
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

/** The visible text of a page's main content, tags removed, for matching sentences. */
function mainText(html: string): string {
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
  return main
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

describe('the clinic page in Spanish', () => {
  it('is in Spanish with ?lang=es, keeps the English column names and carries the language in the form', async () => {
    const res = await request(app().app).get('/clinic?lang=es');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<html lang="es">');
    expect(res.text).toMatch(
      /<title>Borradores para muchos clientes – Ayuda con formularios judiciales<\/title>/,
    );
    expect(res.text).toContain('Borradores para muchos clientes a la vez');
    expect(res.text).toContain('Solo revisar');
    expect(res.text).toContain('Qué va en cada columna');
    expect(res.text).toContain('Su propia referencia para el cliente (no su nombre).');
    expect(res.text).toContain('<code>client_id</code>');
    expect(res.text).toContain('<input type="hidden" name="lang" value="es">');
    expect(res.text).toContain('action="/clinic?lang&#x3D;es"');
    expect(res.text).toContain('href="/clinic/template.csv"');
    expect(res.text).not.toContain('Check only');
    expect(res.text).not.toContain('What goes in each column');
  });

  it('is in English without ?lang, or with a language it does not have', async () => {
    for (const url of ['/clinic', '/clinic?lang=fr']) {
      const res = await request(app().app).get(url);
      expect(res.text).toContain('<html lang="en">');
      expect(res.text).toContain('What goes in each column');
      expect(res.text).toContain('<input type="hidden" name="lang" value="en">');
      expect(res.text).toContain('action="/clinic"');
      expect(res.text).not.toContain('Solo revisar');
    }
  });

  it('hands out the same template with English headers, whatever the page language', async () => {
    const page = await request(app().app).get('/clinic?lang=es');
    const href = /href="([^"]*template\.csv)"/.exec(page.text)?.[1] ?? '';
    const template = await request(app().app).get(href);
    expect(template.text.split('\r\n')[0]).toBe(COLUMNS.join(','));
  });

  it('answers "check only" in Spanish with the CSRF token still working, every message in Spanish', async () => {
    const { app: a, pool } = app();
    const res = await postCsv(a, csv, { url: '/clinic?lang=es', lang: 'es', action: 'check' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('<html lang="es">');
    const text = mainText(res.text);
    expect(text).toContain('Revisión de su CSV');
    expect(text).toContain('3 clientes en 3 filas: 2 listos , 1 con problemas');
    expect(text).toContain('Qué corregir');
    expect(text).toContain('fila 2: elegible');
    expect(res.text).toMatch(
      /<td data-label="Fila">3<\/td><td data-label="Cliente">B<\/td><td data-label="Columna"><code>arrest_date<\/code><\/td><td data-label="Qué cambiar">Escriba la fecha del arresto /,
    );
    expect(text).not.toContain('se muestran en inglés');
    expect(res.text).toContain('href="/clinic?lang&#x3D;es"');
    expect(res.text).not.toContain('<script>x</script>');
    expect(pool.calls).toBe(0);
  });

  it('says the case check’s date problems in Spanish, on the row they are in', async () => {
    const { app: a } = app();
    const { cookie, token } = await formToken(a, '/clinic?lang=es');
    const res = await request(a)
      .post('/clinic?lang=es')
      .set('Cookie', cookie)
      .field('_csrf', token)
      .field('lang', 'es')
      .field('action', 'check')
      .attach(
        'file',
        Buffer.from(
          csvOf([
            goodRow('A', { date_of_birth: '2013-04-12' }),
            goodRow('B', { arrest_date: '2012-03-05', conviction_date: '2012-03-02' }),
          ]),
        ),
        { filename: 'cases.csv', contentType: 'text/csv' },
      );
    const text = mainText(res.text);
    expect(text).toContain('La fecha del arresto debe ser posterior a la fecha de nacimiento');
    expect(text).toContain('La fecha de la condena debe ser el mismo día del arresto o después');
    expect(res.text).not.toContain('must be after the date of birth');
    expect(res.text).not.toContain('must be on or after the date of arrest');
  });

  it('takes the language from the hidden field when the address has none', async () => {
    const { app: a } = app();
    const { cookie, token } = await formToken(a);
    const spanish = await request(a)
      .post('/clinic')
      .set('Cookie', cookie)
      .field('_csrf', token)
      .field('lang', 'es')
      .field('action', 'check')
      .attach('file', Buffer.from(csvOf([goodRow('A', { juvenile: 'maybe' })])), {
        filename: 'cases.csv',
        contentType: 'text/csv',
      });
    expect(mainText(spanish.text)).toContain(
      'Escriba yes o no en juvenile (en blanco significa no).',
    );
    expect(spanish.text).not.toMatch(/<td[^>]* lang="en"/);
    expect(spanish.text).not.toContain('se muestran en inglés');
    const english = await request(a)
      .post('/clinic')
      .set('Cookie', cookie)
      .field('_csrf', token)
      .field('lang', 'en')
      .field('action', 'check')
      .attach('file', Buffer.from(csvOf([goodRow('A', { juvenile: 'maybe' })])), {
        filename: 'cases.csv',
        contentType: 'text/csv',
      });
    expect(mainText(english.text)).toContain('Write yes or no in juvenile (blank means no).');
    expect(english.text).toContain('<html lang="en">');
  });

  it('drafts the filing instructions in Spanish from the Spanish page', async () => {
    const { app: a, pool } = app();
    const res = await postCsv(a, csv, { url: '/clinic?lang=es', lang: 'es', action: 'drafts' });
    expect(res.status).toBe(200);
    expect(pool.langs.length).toBeGreaterThan(0);
    expect(new Set(pool.langs)).toEqual(new Set(['es']));
  });

  it('says in Spanish that the form expired when the CSRF token is missing', async () => {
    const { app: a, pool } = app();
    // The form's address carries the language, so a refusal before the body is read is in Spanish.
    const res = await request(a)
      .post('/clinic?lang=es')
      .field('lang', 'es')
      .field('action', 'check')
      .attach('file', Buffer.from(csv), { filename: 'cases.csv', contentType: 'text/csv' });
    expect(res.status).toBe(403);
    expect(res.text).toContain(
      '<title>Error: Borradores para muchos clientes – Ayuda con formularios judiciales</title>',
    );
    expect(res.text).toContain('Hay un problema');
    expect(res.text).toContain('Este formulario había caducado.');
    expect(res.text).not.toMatch(/expired/);
    expect(pool.calls).toBe(0);
  });

  it('shows a file it cannot use with the error summary in Spanish, linked to the file field', async () => {
    const { app: a } = app();
    const { cookie } = await formToken(a);
    const res = await request(a)
      .post('/clinic?lang=es')
      .set('Cookie', cookie)
      .attach('file', Buffer.from('client_id,name\r\nA,B\r\n'), {
        filename: 'cases.csv',
        contentType: 'text/csv',
      });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/<title>Error: /);
    expect(res.text).toContain('Hay un problema');
    expect(res.text).toMatch(
      /<a href="#file">Fila 1: Al archivo le faltan las columnas jurisdiction, relief, [^<]*Agréguelas a la fila de encabezado/,
    );
    expect(res.text).toContain('usa-form-group--error');
    expect(res.text).toContain('<input type="hidden" name="lang" value="es">');
    expect(res.text).not.toMatch(/missing the columns/);
  });

  it('refuses a file over the size limit in Spanish, with 413', async () => {
    const { app: a } = app({ ...DEFAULT_LIMITS, maxBytes: 100 });
    const { cookie } = await formToken(a);
    const res = await request(a)
      .post('/clinic?lang=es')
      .set('Cookie', cookie)
      .attach('file', Buffer.from(csv), { filename: 'cases.csv', contentType: 'text/csv' });
    expect(res.status).toBe(413);
    expect(res.text).toContain('El archivo pesa más de 1 KB. Divídalo en archivos más pequeños.');
    expect(res.text).not.toMatch(/larger than/);
  });

  it('has Spanish help for every batch column, different from the English', () => {
    const en = columnHelp('en', ['US-XX', 'US-YY']);
    const es = columnHelp('es', ['US-XX', 'US-YY']);
    expect(es.map((c) => c.name)).toEqual([...COLUMNS]);
    es.forEach((c, i) => {
      expect(c.help).not.toBe('');
      expect(c.help).not.toBe(en[i]?.help);
      expect(c.required).toBe(en[i]?.required);
    });
    expect(es.find((c) => c.name === 'jurisdiction')?.help).toContain('US-XX, US-YY');
  });
});

/** Problems the real batch reader and check find, each with its code and its English message. */
async function readerProblems(
  text: string,
  limits: BatchLimits = DEFAULT_LIMITS,
): Promise<BatchProblem[]> {
  const read = await readBatchCsv(streamOf(text), limits);
  if (!read.ok) return read.problems;
  const report = checkBatch(read, { registry, today: TODAY, limits });
  return [...report.problems, ...report.warnings];
}

const issueOf = (p: BatchProblem) => ({ path: p.field, code: p.code, params: p.params });

describe('the batch reader’s problems in Spanish, from their codes', () => {
  const header = COLUMNS.join(',');
  const cases: [string, () => Promise<BatchProblem[]>][] = [
    [
      'a missing column',
      () =>
        readerProblems(
          csvOf(
            [goodRow('A')],
            COLUMNS.filter((c) => c !== 'relief'),
          ),
        ),
    ],
    ['missing columns', () => readerProblems('client_id,name\r\nA,B\r\n')],
    ['no template column at all', () => readerProblems('a,b\r\n1,2\r\n')],
    ['a column twice', () => readerProblems(`${header},relief\r\n`)],
    ['an empty file', () => readerProblems('')],
    ['a quote never closed', () => readerProblems(`${header}\r\nA,"US-NY\r\n`)],
    ['too large', () => readerProblems(csv, { ...DEFAULT_LIMITS, maxBytes: 100 })],
    ['too many rows', () => readerProblems(csv, { ...DEFAULT_LIMITS, maxRows: 1 })],
    ['no client_id', () => readerProblems(csvOf([goodRow('')]))],
    ['extra cells', () => readerProblems(`${csvOf([goodRow('A')]).trimEnd()},extra\r\n`)],
    [
      'a client value that differs',
      () => readerProblems(csvOf([goodRow('A'), goodRow('A', { legal_name: 'Other Name' })])),
    ],
    [
      'too many records',
      () =>
        readerProblems(csvOf([goodRow('A'), goodRow('A')]), {
          ...DEFAULT_LIMITS,
          maxRecordsPerClient: 1,
        }),
    ],
    [
      'unreadable characters',
      () => readerProblems(csvOf([goodRow('A', { court: 'Crim\uFFFDnal' })])),
    ],
    ['juvenile', () => readerProblems(csvOf([goodRow('A', { juvenile: 'maybe' })]))],
    ['imprisoned', () => readerProblems(csvOf([goodRow('A', { imprisoned: 'maybe' })]))],
    ['child_victim', () => readerProblems(csvOf([goodRow('A', { child_victim: 'perhaps' })]))],
    ['disposition', () => readerProblems(csvOf([goodRow('A', { disposition: 'vacated' })]))],
    [
      'a conviction with no date',
      () =>
        readerProblems(csvOf([goodRow('A', { disposition: 'convicted', conviction_date: '' })])),
    ],
    ['restitution', () => readerProblems(csvOf([goodRow('A', { relief: 'restitution' })]))],
    [
      'trafficking types',
      () => readerProblems(csvOf([goodRow('A', { trafficking_types: 'other' })])),
    ],
    ['an unknown column', () => readerProblems(csvOf([goodRow('A')], [...COLUMNS, 'notes']))],
  ];

  it.each(cases)(
    'says the problem with %s in English word for word as the reader wrote it, and in Spanish',
    async (_name, problems) => {
      const found = await problems();
      expect(found.length).toBeGreaterThan(0);
      for (const p of found) {
        expect(shownIssue(issueOf(p), 'en')).toEqual({ text: p.message, lang: 'en' });
        const es = shownIssue(issueOf(p), 'es');
        expect(es.lang).toBe('es');
        expect(es.text).not.toBe(p.message);
      }
    },
  );

  it('says the CSV errors that relaxed quoting makes rare with the line they name', () => {
    const quote = { path: '', code: 'quote-text', params: { line: 4 } };
    const other = { path: '', code: 'not-csv', params: {} };
    expect(messageFor(quote, 'en')).toBe(
      'A quoted cell near line 4 of the file has text after its closing quote. Inside a quoted cell write a quote mark as "" and save the file again.',
    );
    expect(messageFor(quote, 'es')).toContain('cerca de la línea 4 del archivo');
    expect(messageFor(other, 'en')).toBe(
      'The file could not be read as CSV. Save it from the spreadsheet as "CSV UTF-8" and try again.',
    );
    expect(messageFor(other, 'es')).toMatch(/^No se pudo leer el archivo como CSV\./);
  });

  it('says a case check in Spanish with the spreadsheet hint, and keeps one with no Spanish yet in English, marked', async () => {
    const [bad] = await readerProblems(csvOf([goodRow('A', { arrest_date: '3/1/2012' })]));
    expect(bad?.code).toBe('date-not-real');
    expect(bad?.message).toContain('Spreadsheets often rewrite dates as 3/1/2012');
    const es = shownIssue(issueOf(bad!), 'es');
    expect(es).toEqual({
      text: expect.stringContaining('la fecha del arresto') as string,
      lang: 'es',
    });
    expect(es.text).toContain('reescribir las fechas como 3/1/2012');
    const version = { path: 'version', code: 'version-1', params: {} };
    expect(shownIssue(version, 'es')).toEqual({
      text: 'Set "version" to 1: this is the format version 1 reads',
      lang: 'en',
    });
  });
});
