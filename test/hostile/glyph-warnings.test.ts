import request from 'supertest';
import { readBatchCsv } from '../../src/batch/read-csv';
import { streamBatch } from '../../src/batch/run-batch';
import { DEFAULT_LIMITS } from '../../src/batch/types';
import {
  TODAY as BATCH_TODAY,
  collect,
  csvOf,
  fakeRenderer,
  goodRow,
  parseCsv,
  readZip,
  registry as batchRegistry,
  streamOf,
} from '../batch/helpers';
import { nyCase, testApp } from '../helpers/app';
import { PERSON, Walker, decode, walkToCheck } from '../web/wizard/journey';
import { wizardApp } from '../web/wizard/support';

/** A survivor whose name is written in Chinese, and a court name typed in Arabic. */
function chineseCase(): Record<string, unknown> {
  const c = nyCase();
  c['petitioner'] = { ...(c['petitioner'] as object), legalName: '王小明' };
  const convictions = c['convictions'] as Record<string, unknown>[];
  convictions[0] = { ...convictions[0], court: 'محكمة' };
  return c;
}

describe('a name the PDF font cannot draw, through the API', () => {
  it('is named in a Relief-Warnings header on the PDF and the ZIP, and the file is still sent', async () => {
    const { app } = testApp();
    for (const format of ['pdf', 'zip']) {
      const res = await request(app).post(`/api/v1/documents?format=${format}`).send(chineseCase());
      expect(res.status).toBe(200);
      expect(res.headers['relief-warnings']).toBe(
        'missing-glyphs petitioner.legalName, missing-glyphs convictions.0.court',
      );
    }
  });

  it('carries no such header when the font covers every answer, nor on the DOCX, which keeps the text as typed', async () => {
    const { app } = testApp();
    const plain = await request(app).post('/api/v1/documents?format=pdf').send(nyCase());
    expect(plain.status).toBe(200);
    expect(plain.headers['relief-warnings']).toBeUndefined();
    const docx = await request(app).post('/api/v1/documents?format=docx').send(chineseCase());
    expect(docx.status).toBe(200);
    expect(docx.headers['relief-warnings']).toBeUndefined();
  });

  it('adds a warnings list to the eligibility answer, before any paper is made', async () => {
    const { app } = testApp();
    const res = await request(app).post('/api/v1/eligibility').send(chineseCase());
    expect(res.status).toBe(200);
    expect(res.body.overall).toBe('eligible');
    expect(res.body.warnings).toEqual([
      {
        code: 'missing-glyphs',
        path: 'petitioner.legalName',
        characters: '王小明',
        message: expect.stringMatching(
          /cannot draw 王 小 明 in petitioner.legalName.*Latin letters/,
        ),
      },
      {
        code: 'missing-glyphs',
        path: 'convictions.0.court',
        // Each character once: م is twice in محكمة.
        characters: 'محكة',
        message: expect.stringMatching(/Latin letters/),
      },
    ]);
    const plain = await request(app).post('/api/v1/eligibility').send(nyCase());
    expect(plain.body.warnings).toBeUndefined();
  });
});

describe('a name the PDF font cannot draw, in a batch', () => {
  it('is a warning line in errors.csv, naming the column, and the client is still drafted', async () => {
    const read = await readBatchCsv(
      streamOf(csvOf([goodRow('A', { legal_name: '王小明' }), goodRow('B')])),
      DEFAULT_LIMITS,
    );
    if (!read.ok) throw new Error('the CSV should read');
    const batch = streamBatch(read, {
      registry: batchRegistry,
      today: BATCH_TODAY,
      concurrency: 2,
      render: fakeRenderer(),
    });
    const [bytes, report] = await Promise.all([collect(batch.zip), batch.done]);
    expect(report).toMatchObject({ drafted: 2, failed: 0 });
    const entries = await readZip(bytes);
    expect([...entries.keys()].some((n) => n.startsWith('A/'))).toBe(true);
    const errors = parseCsv(entries.get('errors.csv')!.toString('utf8'));
    expect(errors.slice(1)).toEqual([
      [
        '2',
        'A',
        'legal_name',
        expect.stringMatching(/^Warning: .*王 小 明 in legal_name.*Latin letters/),
      ],
    ]);
    const summary = parseCsv(entries.get('summary.csv')!.toString('utf8'));
    expect(summary.find((r) => r[0] === 'A')?.[4]).toBe('drafted');
  });
});

describe('a name the PDF font cannot draw, in the wizard', () => {
  let checkPage = '';
  async function toDownload(lang: 'en' | 'es', legalName: string): Promise<Walker> {
    const w = new Walker(wizardApp());
    await walkToCheck(w, lang);
    await w.post('/check', { _action: 'change:about' });
    await w.post('/about', { ...PERSON, legalName });
    checkPage = w.html;
    await w.post('/check', {});
    return w;
  }

  const text = (html: string) =>
    decode(
      html
        .replace(/<\/?bdi>/g, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' '),
    );

  it('is named on the download page in English, with what to do', async () => {
    const w = await toDownload('en', '王小明');
    expect(w.h1).toBe('Your papers are ready to make');
    const page = text(w.html);
    expect(page).toContain('Some letters will not show in the PDF');
    expect(page).toContain('the full legal name (王 小 明)');
    expect(page).toMatch(/Latin letters/);
    expect(page).toMatch(/ask a lawyer/);
    // Said first on check your answers, where Change is at hand.
    expect(text(checkPage)).toContain('Some letters will not show in the PDF');
  });

  it('is named on the download page in Spanish', async () => {
    const w = await toDownload('es', '王小明');
    const page = text(w.html);
    expect(page).toContain('Algunas letras no se verán en el PDF');
    expect(page).toContain('el nombre legal completo (王 小 明)');
    expect(page).toMatch(/letras latinas/);
  });

  it('says nothing of the kind when every letter can be drawn', async () => {
    const w = await toDownload('en', 'Nguyễn Thị Lan');
    expect(w.h1).toBe('Your papers are ready to make');
    expect(text(w.html)).not.toContain('Some letters will not show');
  });
});
