import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { NY_RECORD, PERSON, TRAFFICKING, Walker } from '../web/wizard/journey';
import { memoryLogger, wizardApp } from '../web/wizard/support';
import { inProcessPool, E2E_TEST_TIMEOUT_MS } from './support';

const PROJECT = path.resolve(__dirname, '..', '..');
const SKIP_DIRS = new Set(['node_modules', '.git']);

/** Every file under a folder with its modification time (jest's own caches left out). */
function snapshot(root: string, depth = 6): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (dir: string, left: number) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('jest_') && left > 0) walk(full, left - 1);
      } else if (e.isFile()) {
        try {
          out.set(full, statSync(full).mtimeMs);
        } catch {
          // removed while walking: not ours
        }
      }
    }
  };
  walk(root, depth);
  return out;
}

function changed(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...after].filter(([file, mtime]) => before.get(file) !== mtime).map(([file]) => file);
}

describe('privacy', () => {
  jest.setTimeout(E2E_TEST_TIMEOUT_MS);

  it('walks a journey to the download and leaves no file and no log line with what was typed', async () => {
    // A name no other file on this machine can hold, so any match is ours.
    const secretName = `Zyxqv Privacy-${randomBytes(6).toString('hex')}`;
    const logger = memoryLogger();
    const app = wizardApp({ pool: inProcessPool(), logger, today: () => '2026-06-01' });
    const written: string[] = [];
    const out = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      });
    const err = jest
      .spyOn(process.stderr, 'write')
      .mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      });
    const tmpBefore = snapshot(os.tmpdir(), 3);
    const projectBefore = snapshot(PROJECT);
    let pdfBytes = 0;
    try {
      const w = await new Walker(app).get('/');
      await w.post('/start', { who: 'self', relief: 'vacatur' });
      await w.post('/where', { jurisdiction: 'US-NY' });
      await w.post('/record', NY_RECORD);
      await w.post('/records', { another: 'no' });
      await w.post('/trafficking', TRAFFICKING);
      await w.post('/account', { narrative: `My account: ${secretName}` });
      await w.post('/outcome', {});
      await w.post('/about', { ...PERSON, legalName: secretName });
      await w.post('/check', {});
      expect(w.h1).toBe('Your papers are ready to make');
      const pdf = await request(app)
        .post('/download')
        .type('form')
        .set('Cookie', w.cookie)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .send(new URLSearchParams({ ...w.state(), _action: 'pdf' }).toString());
      expect(pdf.status).toBe(200);
      pdfBytes = (pdf.body as Buffer).length;
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
    expect(pdfBytes).toBeGreaterThan(1000);

    const touched = [
      ...changed(tmpBefore, snapshot(os.tmpdir(), 3)),
      ...changed(projectBefore, snapshot(PROJECT)),
    ];
    const holding = touched.filter((file) => {
      try {
        return file.includes(secretName) || readFileSync(file).includes(secretName);
      } catch {
        return false;
      }
    });
    expect(holding).toEqual([]);
    expect(logger.lines.length).toBeGreaterThan(0);
    expect(logger.lines.filter((l) => l.includes(secretName) || l.includes('Zyxqv'))).toEqual([]);
    expect(written.filter((l) => l.includes(secretName))).toEqual([]);
  });
});
