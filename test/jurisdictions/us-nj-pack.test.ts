import { resolveOffense } from '../../src/domain/citations';
import type { Pack } from '../../src/domain/pack-schema';
import { loadPacks } from '../../src/jurisdictions/load-packs';

function newJerseyPack(): Pack {
  const pack = loadPacks().get('US-NJ');
  if (!pack) throw new Error('jurisdictions/us-nj.json did not load');
  return pack;
}

const pack = newJerseyPack();
const vacatur = pack.reliefs.vacatur;

function resolvedCitation(raw: string): string {
  const match = resolveOffense(raw, pack);
  return match.kind === 'found' ? match.offense.citation : match.kind;
}

describe('the New Jersey pack (US-NJ)', () => {
  it('loads through its schema and offers vacatur and expungement under N.J.S.A. 2C:44-1.1', () => {
    expect(pack.code).toBe('US-NJ');
    expect(vacatur?.authority).toBe('N.J.S.A. 2C:44-1.1');
    expect(pack.verifiedOn).toBe('2026-12-04');
    const remedies = new Set(vacatur?.rules.map((r) => r.remedy).filter(Boolean));
    expect([...remedies].sort()).toEqual(['expungement', 'vacatur']);
  });

  it('catalogues at least 30 offenses', () => {
    expect(pack.offenses.length).toBeGreaterThanOrEqual(30);
  });

  it('excludes exactly the five offenses the committee statement names, by section', () => {
    const excluded = pack.offenses
      .filter((o) => o.tags.includes('excluded-2c-44-1-1'))
      .map((o) => o.section.replace(/[a-z]$/, ''));
    expect([...new Set(excluded)].sort()).toEqual([
      '2C:11-3',
      '2C:11-4',
      '2C:13-1',
      '2C:13-6',
      '2C:14-2',
    ]);
  });

  it('refuses an excluded conviction but sends an excluded charge without conviction to a lawyer', () => {
    const onExcluded = (vacatur?.rules ?? []).filter((r) =>
      r.when.tagsAny?.includes('excluded-2c-44-1-1'),
    );
    expect(onExcluded.map((r) => [r.when.records ?? 'any', r.status])).toEqual([
      [['conviction'], 'ineligible'],
      ['any', 'needs-review'],
    ]);
  });

  it('decides a pending charge first, as needs-review', () => {
    expect(vacatur?.rules[0]?.when).toEqual({ dispositions: ['pending'] });
    expect(vacatur?.rules[0]?.status).toBe('needs-review');
    expect(vacatur?.rules[0]?.reason.code).toBe('charge-pending');
  });

  it('reads the ways New Jersey records write a section', () => {
    for (const raw of [
      '2C:34-1',
      'N.J.S.A. 2C:34-1',
      'N.J.S. 2C:34-1',
      'NJSA 2C:34-1',
      'N.J. Stat. Ann. § 2C:34-1',
    ])
      expect({ raw, citation: resolvedCitation(raw) }).toEqual({
        raw,
        citation: 'N.J.S.A. 2C:34-1',
      });
    expect(resolvedCitation('39:3-40')).toBe('N.J.S.A. 39:3-40');
    expect(resolvedCitation('N.J.S.A. 2C:35-10a(1)')).toBe('N.J.S.A. 2C:35-10a');
  });

  it('lists every offense under its bare section too, since a bare number with a colon is not parsed', () => {
    const missing = pack.offenses.filter((o) => !o.spellings.includes(o.section));
    expect(missing.map((o) => o.section)).toEqual([]);
  });

  it('serves the Attorney General and the County Prosecutor, and certifies under R. 1:4-4(b)', () => {
    const parties = vacatur?.procedure.serve.map((s) => s.party) ?? [];
    expect(parties).toEqual(
      expect.arrayContaining([
        'Attorney General of New Jersey',
        'County Prosecutor of the county where the court sits',
      ]),
    );
    expect(vacatur?.procedure.perjuryClause).toContain(
      'I certify that the foregoing statements made by me are true. I am aware that if any of the foregoing statements made by me are wilfully false, I am subject to punishment.',
    );
  });

  it('says in Spanish every point it could not confirm', () => {
    expect(vacatur?.needsReview.length).toBeGreaterThan(0);
    expect(vacatur?.needsReviewEs?.length).toBe(vacatur?.needsReview.length);
  });
});
