import { resolveOffense } from '../../src/domain/citations';
import type { Pack } from '../../src/domain/pack-schema';
import { loadPacks } from '../../src/jurisdictions/load-packs';

function californiaPack(): Pack {
  const pack = loadPacks().get('US-CA');
  if (!pack) throw new Error('jurisdictions/us-ca.json did not load');
  return pack;
}

const pack = californiaPack();
const vacatur = pack.reliefs.vacatur;

function resolvedCitation(raw: string): string {
  const match = resolveOffense(raw, pack);
  return match.kind === 'found' ? match.offense.citation : match.kind;
}

describe('the California pack (US-CA)', () => {
  it('loads through its schema and offers vacatur under Penal Code § 236.14', () => {
    expect(pack.code).toBe('US-CA');
    expect(vacatur?.authority).toBe('Cal. Penal Code § 236.14');
    expect(pack.verifiedOn).toBe('2026-11-27');
  });

  it('catalogues at least 60 offenses', () => {
    expect(pack.offenses.length).toBeGreaterThanOrEqual(60);
  });

  it('links every source over https', () => {
    const notHttps = pack.sources.filter((s) => !s.url.startsWith('https://')).map((s) => s.id);
    expect(notHttps).toEqual([]);
  });

  it('puts every tag a rule tests on at least one offense', () => {
    const used = new Set(pack.offenses.flatMap((o) => o.tags));
    const ruleTags = (vacatur?.rules ?? []).flatMap((r) => [
      ...(r.when.tagsAny ?? []),
      ...(r.when.tagsNone ?? []),
    ]);
    expect(ruleTags.length).toBeGreaterThan(0);
    expect(ruleTags.filter((t) => !used.has(t))).toEqual([]);
  });

  it('refuses § 667.5(c) violent felonies with offense-excluded', () => {
    const excluded = vacatur?.rules.find((r) => r.status === 'ineligible');
    expect(excluded?.reason.code).toBe('offense-excluded');
    expect(excluded?.when.tagsAny).toEqual(['violent-felony-667.5c']);
    const listed = pack.offenses
      .filter((o) => o.tags.includes('violent-felony-667.5c'))
      .map((o) => o.section);
    expect(listed).toEqual(
      expect.arrayContaining(['187', '211', '215', '207', '451(a)', '451(b)', '664/187']),
    );
  });

  it('does not tag nonviolent offenses that share a section with a violent one as excluded', () => {
    const tagsOf = (section: string) =>
      pack.offenses.find((o) => o.section === section)?.tags ?? [];
    expect(tagsOf('451(d)')).not.toContain('violent-felony-667.5c');
    expect(tagsOf('192(b)')).not.toContain('violent-felony-667.5c');
    expect(tagsOf('647(b)')).not.toContain('violent-felony-667.5c');
  });

  it('gives the prosecutor 45 days to respond, as a computed requirement', () => {
    expect(vacatur?.procedure.responseDays).toBe(45);
    const response = vacatur?.requirements.find((r) => r.code === 'prosecutor-response');
    expect(response?.daysAfterFiling).toBe(45);
    expect(response?.message).toContain('{dueDate}');
  });

  it('files the California documents in order', () => {
    expect(vacatur?.documents).toEqual([
      'ca-petition',
      'ca-declaration',
      'ca-proposed-order',
      'ca-proof-of-service',
      'ca-remote-appearance',
      'instructions',
      'cover',
    ]);
  });

  it('names free legal help with a web address', () => {
    expect(pack.legalHelp.length).toBeGreaterThanOrEqual(2);
    expect(pack.legalHelp.every((h) => h.url?.startsWith('https://'))).toBe(true);
  });

  it.each([
    ['PC 647(b)', 'Cal. Penal Code § 647(b)'],
    ['Pen. Code 647(b)', 'Cal. Penal Code § 647(b)'],
    ['P.C. 647(b)', 'Cal. Penal Code § 647(b)'],
    ['Penal Code § 647(b)', 'Cal. Penal Code § 647(b)'],
    ['Cal. Penal Code § 647(b)', 'Cal. Penal Code § 647(b)'],
    ['CPC 647(b)', 'Cal. Penal Code § 647(b)'],
    ['647(b)', 'Cal. Penal Code § 647(b)'],
    ['647b', 'Cal. Penal Code § 647(b)'],
    ['647(b) PC', 'Cal. Penal Code § 647(b)'],
    ['PC 647(b)(1)', 'Cal. Penal Code § 647(b)'],
    ['HS 11350', 'Cal. Health & Safety Code § 11350'],
    ['H&S 11350', 'Cal. Health & Safety Code § 11350'],
    ['Health & Saf. Code § 11350', 'Cal. Health & Safety Code § 11350'],
    ['11350', 'Cal. Health & Safety Code § 11350'],
    ['11377(a) HS', 'Cal. Health & Safety Code § 11377'],
    ['VC 12500', 'Cal. Veh. Code § 12500'],
    ['Veh. Code § 12500(a)', 'Cal. Veh. Code § 12500'],
    ['CVC 23152(a)', 'Cal. Veh. Code § 23152'],
    ['PC 664/187', 'Cal. Penal Code § 664/187'],
    ['PC 215(a)', 'Cal. Penal Code § 215'],
    ['PC 451(b)', 'Cal. Penal Code § 451(b)'],
  ])('reads "%s" as %s', (raw, citation) => {
    expect(resolvedCitation(raw)).toBe(citation);
  });

  it.each([
    ['PC 647', 'ambiguous'],
    ['451', 'ambiguous'],
    ['PC 460', 'ambiguous'],
    ['PC 653m', 'unknown'],
    ['HS 647(b)', 'unknown'],
    ['Penal Law 230.00', 'unknown'],
  ])('does not guess "%s": it is %s', (raw, kind) => {
    expect(resolvedCitation(raw)).toBe(kind);
  });
});

describe('the California pack after the second review of its law (issue 2)', () => {
  const sourceIds = new Set(pack.sources.map((s) => s.id));
  const byCitation = (citation: string) => pack.offenses.find((o) => o.citation === citation);

  it('rests the § 667.5(c) list on two secondary summaries that agree, and says so', () => {
    expect(sourceIds.has('pc-667-5c-list')).toBe(true);
    expect(sourceIds.has('shouselaw-667-5c')).toBe(true);
    expect((vacatur?.needsReview ?? []).join('\n')).toContain('shouselaw-667-5c');
  });

  it('excludes every listed violent felony it catalogues and only those', () => {
    const listed = pack.offenses
      .filter((o) => o.tags.includes('violent-felony-667.5c'))
      .map((o) => o.section)
      .sort();
    expect(listed).toEqual(
      [
        '187',
        '192(a)',
        '664/187',
        '203',
        // Audit M4: (c)(7) life offenses and the other branches of (c)(3)–(6) and (c)(11).
        '205',
        '209',
        '261(a)(6)',
        '286(d)',
        '287(d)',
        '288(b)',
        '289(j)',
        '207',
        '211',
        '215',
        '220',
        '261(a)(2)',
        '264.1',
        '286(c)',
        '287(c)',
        '288(a)',
        '288.5',
        '289(a)',
        '451(a)',
        '451(b)',
        '18745',
      ].sort(),
    );
  });

  it('does not exclude involuntary manslaughter, arson of property or assault with a deadly weapon, which are not on the list', () => {
    for (const c of [
      'Cal. Penal Code § 192(b)',
      'Cal. Penal Code § 451(d)',
      'Cal. Penal Code § 245(a)(1)',
    ])
      expect({ c, tags: byCitation(c)?.tags }).toEqual({
        c,
        tags: expect.not.arrayContaining(['violent-felony-667.5c']),
      });
  });

  it('treats a bare § 459 burglary as either level, since second-degree burglary can be a misdemeanor', () => {
    expect(byCitation('Cal. Penal Code § 459')?.level).toBe('varies');
    expect(byCitation('Cal. Penal Code § 460(a)')?.level).toBe('felony');
  });

  it('cites the Legislative Counsel for the order to seal and destroy records', () => {
    expect(pack.sources.find((s) => s.id === 'ab-704-2025-digest')?.supports).toContain(
      'seal and destroy',
    );
    expect(vacatur?.sourceIds).toContain('ab-704-2025-digest');
  });
});
