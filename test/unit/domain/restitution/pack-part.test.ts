import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RestitutionReliefSchema } from '../../../../src/domain/restitution-pack-schema';

const partsDir = path.join(__dirname, '..', '..', '..', 'fixtures', 'restitution', 'pack-parts');
const read = (code: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(partsDir, `${code}.json`), 'utf8')) as Record<string, unknown>;

describe('the restitution part of a pack', () => {
  it.each(['us-fed', 'us-ca'])('%s passes its schema', (code) => {
    expect(RestitutionReliefSchema.safeParse(read(code)).success).toBe(true);
  });

  it('carries the federal minimum wage history from 1991 as the DOL chart gives it', () => {
    const fed = RestitutionReliefSchema.parse(read('us-fed'));
    const since1991 = fed.minimumWage
      .filter((r) => r.from >= '1991-01-01')
      .map((r) => [r.from, r.hourly]);
    expect(since1991).toEqual([
      ['1991-04-01', 4.25],
      ['1996-10-01', 4.75],
      ['1997-09-01', 5.15],
      ['2007-07-24', 5.85],
      ['2008-07-24', 6.55],
      ['2009-07-24', 7.25],
    ]);
  });

  it('rejects a wage table out of date order', () => {
    const fed = read('us-fed');
    const rates = [...(fed.minimumWage as unknown[])].reverse();
    const result = RestitutionReliefSchema.safeParse({ ...fed, minimumWage: rates });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/date order/);
  });

  it('rejects a part that leaves out a loss category', () => {
    const fed = read('us-fed');
    const categories = { ...(fed.lossCategories as Record<string, unknown>) };
    delete categories.childcare;
    expect(RestitutionReliefSchema.safeParse({ ...fed, lossCategories: categories }).success).toBe(
      false,
    );
  });

  it('gives each source a unique id and a web address', () => {
    for (const code of ['us-fed', 'us-ca']) {
      const part = RestitutionReliefSchema.parse(read(code));
      const ids = part.sources.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      part.sources.forEach((s) => expect(s.url).toMatch(/^https?:\/\//));
    }
  });
});
