import fs, { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { createRenderPool } from '../../src/documents/render-pool';
import { createLogger } from '../../src/web/logger';
import { nyCase, testApp } from '../helpers/app';

function listFiles(dir: string, depth = 2): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === '.git') continue;
    const full = path.join(dir, name);
    let st;
    try {
      st = statSync(full);
    } catch {
      continue;
    }
    out.push(`${full}:${st.mtimeMs}`);
    if (st.isDirectory() && depth > 0) out.push(...listFiles(full, depth - 1));
  }
  return out.sort();
}

describe('the API keeps nothing', () => {
  it('writes no file and logs no name, address or narrative while assessing and generating', async () => {
    const lines: string[] = [];
    const pool = createRenderPool({ inProcess: true });
    const { app } = testApp({ logger: createLogger((l) => lines.push(l)), pool });
    const root = path.resolve(__dirname, '..', '..');
    const before = listFiles(root, 1);
    const writers = [
      'writeFile',
      'writeFileSync',
      'appendFile',
      'appendFileSync',
      'createWriteStream',
      'mkdtemp',
      'mkdtempSync',
      'openSync',
      'open',
    ] as const;
    const spies = [
      ...writers.map((name) => ({ name, spy: jest.spyOn(fs, name) })),
      ...(['writeFile', 'appendFile', 'open', 'mkdtemp'] as const).map((name) => ({
        name,
        spy: jest.spyOn(fs.promises, name),
      })),
    ];
    const c = nyCase();
    await request(app).post('/api/v1/eligibility').send(c).expect(200);
    await request(app).post('/api/v1/documents?format=pdf').send(c).expect(200);
    await request(app)
      .post('/api/v1/eligibility')
      .send({ ...c, relief: 'bad' })
      .expect(422);
    await pool.close();
    // Opening for reading (fonts, templates, modules) is fine; any write, append or create is not.
    const writes = spies.flatMap(({ name, spy }) =>
      spy.mock.calls.filter((args) => {
        const flags = (args as unknown[])[1];
        const isOpen = /open/i.test(name) && !/mkdtemp/i.test(name);
        return (
          !isOpen ||
          (typeof flags === 'string'
            ? /[wa+]/.test(flags)
            : typeof flags === 'number' && flags !== 0)
        );
      }),
    );
    expect(writes).toEqual([]);
    const after = listFiles(root, 1);
    expect(after.filter((f) => !before.includes(f) && !/\/(dist|coverage)(\/|:)/.test(f))).toEqual(
      [],
    );
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const log = lines.join('');
    for (const secret of [
      'Maria',
      'Lopez',
      '12 Main St',
      'own words',
      '2012QN012345',
      'maria@example.org',
    ])
      expect(log).not.toContain(secret);
  });
});
