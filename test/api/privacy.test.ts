import fs, { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
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
    const { app } = testApp({ logger: createLogger((l) => lines.push(l)) });
    const root = path.resolve(__dirname, '..', '..');
    const before = listFiles(root, 1);
    const writers = ['writeFile', 'writeFileSync', 'appendFile', 'appendFileSync', 'createWriteStream', 'mkdtemp', 'mkdtempSync', 'openSync', 'open'] as const;
    const spies = writers.map((name) => jest.spyOn(fs, name));
    const promiseSpies = (['writeFile', 'appendFile', 'open', 'mkdtemp'] as const).map((name) => jest.spyOn(fs.promises, name));
    const c = nyCase();
    await request(app).post('/api/v1/eligibility').send(c).expect(200);
    await request(app).post('/api/v1/documents?format=pdf').send(c).expect(200);
    await request(app).post('/api/v1/eligibility').send({ ...c, relief: 'bad' }).expect(422);
    for (const spy of [...spies, ...promiseSpies]) expect(spy).not.toHaveBeenCalled();
    const after = listFiles(root, 1);
    expect(after.filter((f) => !before.includes(f) && !/\/(dist|coverage)(\/|:)/.test(f))).toEqual([]);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const log = lines.join('');
    for (const secret of ['Maria', 'Lopez', '12 Main St', 'own words', '2012QN012345', 'maria@example.org'])
      expect(log).not.toContain(secret);
  });
});
