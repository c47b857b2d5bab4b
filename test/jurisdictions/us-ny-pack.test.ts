import { resolveOffense } from '../../src/domain/citations';
import type { Pack } from '../../src/domain/pack-schema';
import { loadPacks } from '../../src/jurisdictions/load-packs';

function nyPack(): Pack {
  const pack = loadPacks().get('US-NY');
  if (!pack) throw new Error('jurisdictions/us-ny.json did not load');
  return pack;
}

const pack = nyPack();
const vacatur = pack.reliefs.vacatur;

describe('the New York pack', () => {
  it('loads through its schema with a vacatur relief verified on 2026-11-27', () => {
    expect(pack.code).toBe('US-NY');
    expect(pack.verifiedOn).toBe('2026-11-27');
    expect(vacatur?.authority).toBe('N.Y. Crim. Proc. Law § 440.10(1)(i)');
  });

  it('catalogues at least 60 offenses', () => {
    expect(pack.offenses.length).toBeGreaterThanOrEqual(60);
  });

  it('cites every source over https', () => {
    const insecure = pack.sources.filter((s) => !s.url.startsWith('https://')).map((s) => s.id);
    expect(insecure).toEqual([]);
  });

  it('links every legal-help organisation over https', () => {
    const insecure = pack.legalHelp
      .filter((h) => h.url && !h.url.startsWith('https://'))
      .map((h) => h.name);
    expect(insecure).toEqual([]);
  });

  it('uses only tags in its rules that appear on at least one catalogued offense', () => {
    const catalogued = new Set(pack.offenses.flatMap((o) => o.tags));
    const used = (vacatur?.rules ?? []).flatMap((r) => [
      ...(r.when.tagsAny ?? []),
      ...(r.when.tagsNone ?? []),
    ]);
    expect(used.filter((t) => !catalogued.has(t))).toEqual([]);
  });

  it('excludes no offense, because the START Act reaches a conviction for any offense', () => {
    const excluding = (vacatur?.rules ?? []).filter(
      (r) =>
        r.status === 'ineligible' &&
        (r.when.tagsAny !== undefined || r.reason.code === 'offense-excluded'),
    );
    expect(excluding).toEqual([]);
    const convictionRule = vacatur?.rules.find((r) => r.when.records?.includes('conviction'));
    expect(convictionRule?.status).toBe('eligible');
    expect(convictionRule?.when.tagsNone).toBeUndefined();
  });

  it('does not reach records without a conviction, and says why', () => {
    const rule = vacatur?.rules.find((r) => r.when.records?.includes('non-conviction'));
    expect(rule?.status).toBe('ineligible');
    expect(rule?.reason.code).toBe('record-not-covered');
    expect(rule?.reason.citation).toContain('160.50');
  });

  it('files one motion per court of conviction', () => {
    expect(vacatur?.procedure.multipleCourts).toBe(false);
  });

  it('lists the New York document templates in filing order', () => {
    expect(vacatur?.documents).toEqual([
      'ny-notice-of-motion',
      'ny-affidavit',
      'ny-attorney-affirmation',
      'ny-memorandum-of-law',
      'ny-proposed-order',
      'ny-affirmation-of-service',
      'instructions',
      'cover',
    ]);
  });

  it('names every offense with a code key the pack defines and a citation that contains its section', () => {
    const keys = new Set(pack.codes.map((c) => c.key));
    const wrong = pack.offenses.filter(
      (o) => !keys.has(o.code) || !o.citation.endsWith(`§ ${o.section}`),
    );
    expect(wrong.map((o) => `${o.code} ${o.section}`)).toEqual([]);
  });
});

describe('New York spellings', () => {
  const found: Array<[string, string]> = [
    ['PL 230.00', 'N.Y. Penal Law § 230.00'],
    ['Penal Law § 230.00', 'N.Y. Penal Law § 230.00'],
    ['P.L. 230.00', 'N.Y. Penal Law § 230.00'],
    ['NY PL 230.00', 'N.Y. Penal Law § 230.00'],
    ['N.Y. Penal Law § 230.00', 'N.Y. Penal Law § 230.00'],
    ['NYPL 230.00', 'N.Y. Penal Law § 230.00'],
    ['230.00', 'N.Y. Penal Law § 230.00'],
    ['pl230.00', 'N.Y. Penal Law § 230.00'],
    ['N.Y.P.L. 220.03', 'N.Y. Penal Law § 220.03'],
    ['Penal Law 120.05', 'N.Y. Penal Law § 120.05'],
    ['PL 240.26(1)', 'N.Y. Penal Law § 240.26'],
    ['PL 265.01-b', 'N.Y. Penal Law § 265.01-b'],
    ['PL 265.01B', 'N.Y. Penal Law § 265.01-b'],
    ['VTL 511(1)(a)', 'N.Y. Veh. & Traf. Law § 511(1)'],
    ['V.T.L. 511(2)', 'N.Y. Veh. & Traf. Law § 511(2)'],
    ['Veh. & Traf. Law § 1192(3)', 'N.Y. Veh. & Traf. Law § 1192(3)'],
    ['VTL 509', 'N.Y. Veh. & Traf. Law § 509'],
  ];

  it.each(found)('reads "%s" as %s', (raw, citation) => {
    const match = resolveOffense(raw, pack);
    expect(match.kind === 'found' ? match.offense.citation : match.kind).toBe(citation);
  });

  const notFound: Array<[string, 'unknown' | 'ambiguous']> = [
    ['PL 999.99', 'unknown'],
    ['Prostitution', 'unknown'],
    ['Admin Code 20-453', 'unknown'],
    ['VTL 511', 'ambiguous'],
    ['VTL 1192', 'ambiguous'],
  ];

  it.each(notFound)('does not guess "%s" (%s)', (raw, kind) => {
    expect(resolveOffense(raw, pack).kind).toBe(kind);
  });
});

describe('the New York pack after the second review of its law (issue 2)', () => {
  const sourceIds = new Set(pack.sources.map((s) => s.id));
  const offense = (section: string) => pack.offenses.find((o) => o.section === section);

  it('cites a reprint of CPL 440.10(1)(i) as amended by L. 2021, ch. 629', () => {
    const reprint = pack.sources.find((s) => s.id === 'nysenate-s7356-2025');
    expect(reprint?.supports).toContain('chapter 629 of the laws of 2021');
    expect(vacatur?.sourceIds).toContain('nysenate-s7356-2025');
  });

  it('names Penal Law § 240.37 as repealed in 2021 and still lets a conviction under it be vacated', () => {
    expect(offense('240.37')?.name).toMatch(/repealed 2021/);
    expect(offense('230.00')?.name).not.toMatch(/repealed/);
    expect(sourceIds.has('nycbar-repeal-240-37')).toBe(true);
    expect(resolveOffense('PL 240.37', pack).kind).toBe('found');
  });

  it('flags what was not read: the full text of paragraph (i) and the sealing of § 240.37 convictions', () => {
    const flags = (vacatur?.needsReview ?? []).join('\n');
    expect(flags).toContain('S7356');
    expect(flags).toContain('L. 2021, ch. 23');
  });

  it('keeps the classes of the sampled offenses that decide the filing papers', () => {
    const levels = Object.fromEntries(
      [
        '230.00',
        '230.03',
        '230.34',
        '240.20',
        '240.26',
        '220.03',
        '220.39',
        '155.25',
        '140.05',
        '165.15',
        '190.23',
        '265.01',
        '265.01-b',
        '120.00',
        '205.30',
        '509',
        '511(3)',
        '1192(1)',
      ].map((s) => [s, offense(s)?.level]),
    );
    expect(levels).toEqual({
      '230.00': 'misdemeanor',
      '230.03': 'misdemeanor',
      '230.34': 'felony',
      '240.20': 'violation',
      '240.26': 'violation',
      '220.03': 'misdemeanor',
      '220.39': 'felony',
      '155.25': 'misdemeanor',
      '140.05': 'violation',
      '165.15': 'misdemeanor',
      '190.23': 'misdemeanor',
      '265.01': 'misdemeanor',
      '265.01-b': 'felony',
      '120.00': 'misdemeanor',
      '205.30': 'misdemeanor',
      '509': 'infraction',
      '511(3)': 'felony',
      '1192(1)': 'infraction',
    });
  });
});
