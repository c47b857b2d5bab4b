import { resolveOffense, normaliseSection } from '../../src/domain/citations';
import { assessVacatur } from '../../src/domain/eligibility';
import { parseCase } from '../../src/domain/parse-case';
import type { Pack } from '../../src/domain/pack-schema';
import { loadPacks } from '../../src/jurisdictions/load-packs';

const pack = loadPacks().get('US-FED') as Pack;
const vacatur = pack.reliefs.vacatur!;
const LEVEL_TAGS = [
  'level-a',
  'crime-of-violence-16a',
  'crime-of-violence-unclear',
  'child-victim',
];

describe('the US-FED pack', () => {
  it('loads through the pack schema as a federal pack verified on 2026-11-27', () => {
    expect(pack).toBeDefined();
    expect(pack.courtSystem).toBe('federal');
    expect(pack.verifiedOn).toBe('2026-11-27');
    expect(vacatur.authority).toBe('18 U.S.C. § 3771A');
  });

  it('catalogues at least 60 offenses', () => {
    expect(pack.offenses.length).toBeGreaterThanOrEqual(60);
  });

  it('cites every source and legal-help page over https', () => {
    const urls = [
      ...pack.sources.map((s) => s.url),
      ...pack.legalHelp.flatMap((h) => (h.url ? [h.url] : [])),
    ];
    expect(urls.filter((u) => !u.startsWith('https://'))).toEqual([]);
  });

  it('lists two to four free legal-help organisations', () => {
    expect(pack.legalHelp.length).toBeGreaterThanOrEqual(2);
    expect(pack.legalHelp.length).toBeLessThanOrEqual(4);
  });

  it('puts every tag that a rule turns on onto at least one offense', () => {
    const offenseTags = new Set(pack.offenses.flatMap((o) => o.tags));
    const ruleTags = vacatur.rules.flatMap((r) => [
      ...(r.when.tagsAny ?? []),
      ...(r.when.tagsNone ?? []),
    ]);
    expect(ruleTags.filter((t) => !offenseTags.has(t))).toEqual([]);
  });

  it('puts every tag that makes a record ineligible onto at least one offense', () => {
    const offenseTags = new Set(pack.offenses.flatMap((o) => o.tags));
    const excluded = vacatur.rules
      .filter((r) => r.status === 'ineligible')
      .flatMap((r) => r.when.tagsAny ?? []);
    expect(excluded).toContain('crime-of-violence-16a');
    expect(excluded.filter((t) => !offenseTags.has(t))).toEqual([]);
  });

  it('classifies every offense as level A, level B, unclear, or involving a child, and never two levels at once', () => {
    const wrong = pack.offenses.filter((o) => {
      const levels = o.tags.filter((t) => ['level-a', 'crime-of-violence-16a'].includes(t));
      const any = o.tags.some((t) => LEVEL_TAGS.includes(t));
      const clash =
        o.tags.includes('level-a') && o.tags.some((t) => t !== 'level-a' && LEVEL_TAGS.includes(t));
      return !any || levels.length > 1 || clash;
    });
    expect(wrong.map((o) => o.citation)).toEqual([]);
  });

  it('gives every offense section a citation that names its title and section', () => {
    const wrong = pack.offenses.filter(
      (o) =>
        !o.citation.endsWith(`§ ${o.section}`) || !/^\d+ (U\.S\.C\.|C\.F\.R\.) § /.test(o.citation),
    );
    expect(wrong.map((o) => o.citation)).toEqual([]);
  });

  it('has no whole section number shared by two titles, so a bare number resolves', () => {
    const seen = new Map<string, number>();
    for (const o of pack.offenses)
      seen.set(normaliseSection(o.section), (seen.get(normaliseSection(o.section)) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
  });

  it('files the federal document set', () => {
    expect(vacatur.documents).toEqual([
      'fed-motion',
      'fed-declaration',
      'fed-provider-affidavit',
      'fed-proposed-order',
      'fed-certificate-of-service',
      'instructions',
      'cover',
    ]);
  });

  it('states preponderance, no fee, a 30-day response and sealing', () => {
    expect(vacatur.proof.standard).toBe('preponderance');
    expect(vacatur.procedure.fee.amount).toBe(0);
    expect(vacatur.procedure.responseDays).toBe(30);
    expect(vacatur.requirements.map((r) => r.code)).toEqual(
      expect.arrayContaining(['filed-under-seal', 'no-fee']),
    );
  });
});

describe('charges as written on federal records', () => {
  const found: [string, string][] = [
    ['18 U.S.C. § 1343', '18 U.S.C. § 1343'],
    ['18 USC 1343', '18 U.S.C. § 1343'],
    ['18 U.S.C. 1343', '18 U.S.C. § 1343'],
    ['18 USCA § 1343', '18 U.S.C. § 1343'],
    ['18 U.S.C.A. § 1343', '18 U.S.C. § 1343'],
    ['18 U.S.C.S. § 1343', '18 U.S.C. § 1343'],
    ['Title 18 Section 1343', '18 U.S.C. § 1343'],
    ['Title 18, United States Code, Section 1343', '18 U.S.C. § 1343'],
    ['18 U.S. Code § 1343', '18 U.S.C. § 1343'],
    ['18 u.s.c. sec. 1343', '18 U.S.C. § 1343'],
    ['18:1343', '18 U.S.C. § 1343'],
    ['1343', '18 U.S.C. § 1343'],
    ['8 U.S.C. § 1326', '8 U.S.C. § 1326'],
    ['8 USC 1326(a)', '8 U.S.C. § 1326'],
    ['8:1326(a)', '8 U.S.C. § 1326'],
    ['Title 8 Section 1325', '8 U.S.C. § 1325'],
    ['8 USCA § 1324', '8 U.S.C. § 1324'],
    ['21 U.S.C. § 841(a)(1)', '21 U.S.C. § 841'],
    ['21:841(a)(1)', '21 U.S.C. § 841'],
    ['21 USC 846', '21 U.S.C. § 846'],
    ['Title 21 U.S.C. § 844', '21 U.S.C. § 844'],
    ['26 U.S.C. § 7206(1)', '26 U.S.C. § 7206'],
    ['31 USC 5324', '31 U.S.C. § 5324'],
    ['42 U.S.C. § 408(a)(7)(B)', '42 U.S.C. § 408'],
    ['18 U.S.C. § 922(g)(1)', '18 U.S.C. § 922(g)'],
    ['18 USC 2422(b)', '18 U.S.C. § 2422(b)'],
    ['18 U.S.C. § 2113(a)', '18 U.S.C. § 2113(a)'],
    ['41 C.F.R. § 102-74.390', '41 C.F.R. § 102-74.390'],
    ['41 CFR 102-74.400', '41 C.F.R. § 102-74.400'],
    ['36 CFR 2.32', '36 C.F.R. § 2.32'],
  ];
  it.each(found)('reads "%s" as %s', (raw, citation) => {
    const match = resolveOffense(raw, pack);
    expect(match.kind === 'found' ? match.offense.citation : match).toBe(citation);
  });

  const notFound: [string, string][] = [
    ['18 U.S.C. § 2422', 'ambiguous'],
    ['18 USC 113', 'ambiguous'],
    ['18 U.S.C. § 922', 'ambiguous'],
    ['18 U.S.C. § 9999', 'unknown'],
    ['PL 230.00', 'unknown'],
    ['28 U.S.C. § 2255', 'unknown'],
  ];
  it.each(notFound)('does not guess "%s" (%s)', (raw, kind) => {
    expect(resolveOffense(raw, pack).kind).toBe(kind);
  });
});

describe('the US-FED rules', () => {
  const today = '2026-11-27';
  function assessOne(offense: string, extra: Record<string, unknown>) {
    const parsed = parseCase(
      {
        version: 1,
        jurisdiction: 'US-FED',
        relief: 'vacatur',
        petitioner: { legalName: 'Test Person' },
        convictions: [
          { offense, arrestDate: '2018-01-01', convictionDate: '2018-06-01', ...extra },
        ],
        trafficking: { types: ['sex'], startDate: '2017-01-01', endDate: '2019-01-01' },
      },
      today,
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return assessVacatur(parsed.value, pack, today);
  }

  it('lets a level A conviction be vacated', () => {
    expect(assessOne('18 USC 1343', {}).convictions[0]).toMatchObject({
      status: 'eligible',
      remedy: 'vacatur',
    });
  });

  it('does not let a level B conviction be vacated', () => {
    expect(assessOne('18 USC 2119', {}).convictions[0]).toMatchObject({ status: 'ineligible' });
  });

  it('sends a level B conviction with a prison sentence for review as a sentence reduction', () => {
    expect(assessOne('18 USC 2119', { imprisoned: true }).convictions[0]).toMatchObject({
      status: 'needs-review',
      remedy: 'sentence-reduction',
    });
  });

  it('lets a level B arrest be expunged only when the Government dropped it and no child was a victim', () => {
    const arrest = { convictionDate: null, childVictim: false } as const;
    const byGovernment = assessOne('18 USC 2119', {
      ...arrest,
      disposition: 'dismissed-on-government-motion',
    }).convictions[0];
    const dismissed = assessOne('18 USC 2119', { ...arrest, disposition: 'dismissed' })
      .convictions[0];
    const other = assessOne('18 USC 2119', { ...arrest, disposition: 'other' }).convictions[0];
    expect(byGovernment).toMatchObject({ status: 'eligible', remedy: 'expungement' });
    expect(dismissed?.reasons[0]?.code).toBe('dismissal-mover-unknown');
    expect(other?.status).toBe('needs-review');
  });

  it('lets a level A arrest be expunged whatever its outcome, unless still pending', () => {
    const closed = assessOne('18 USC 1384', { convictionDate: null, disposition: 'other' })
      .convictions[0];
    const pending = assessOne('18 USC 1384', { convictionDate: null, disposition: 'pending' })
      .convictions[0];
    expect(closed).toMatchObject({ status: 'eligible', remedy: 'expungement' });
    expect(pending?.reasons[0]?.code).toBe('charge-pending');
  });

  it("counts the Government's 30 days and the 45-day hearing from today", () => {
    const due = Object.fromEntries(
      assessOne('18 USC 1343', {}).requirements.map((r) => [r.code, r.dueDate]),
    );
    expect(due['government-response']).toBe('2026-12-27');
    expect(due['hearing-if-unopposed']).toBe('2027-01-11');
    expect(due['hearing-if-opposed']).toBeUndefined();
  });
});

describe('the US-FED pack after the second review of its law (issue 2)', () => {
  const today = '2026-11-27';
  const byCitation = (citation: string) => pack.offenses.find((o) => o.citation === citation);
  const sourceIds = new Set(pack.sources.map((s) => s.id));

  function assessRecord(offense: string, extra: Record<string, unknown>) {
    const parsed = parseCase(
      {
        version: 1,
        jurisdiction: 'US-FED',
        relief: 'vacatur',
        petitioner: { legalName: 'Test Person' },
        convictions: [
          { offense, arrestDate: '2018-01-01', convictionDate: '2018-06-01', ...extra },
        ],
        trafficking: { types: ['sex'], startDate: '2017-01-01', endDate: '2019-01-01' },
      },
      today,
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return assessVacatur(parsed.value, pack, today).convictions[0];
  }

  it('catalogues federal kidnapping as a crime of violence that is not settled, citing the 2025 holding', () => {
    expect(byCitation('18 U.S.C. § 1201')?.tags).toContain('crime-of-violence-unclear');
    expect(byCitation('18 U.S.C. § 1201')?.tags).not.toContain('crime-of-violence-16a');
    expect(sourceIds.has('us-v-ford-2025')).toBe(true);
  });

  it('sends a kidnapping conviction for review instead of refusing or granting it', () => {
    expect(assessRecord('18 U.S.C. § 1201(a)', {})?.status).toBe('needs-review');
    expect(assessRecord('18:1201', {})?.reasons[0]?.code).toBe('crime-of-violence-unclear');
  });

  it('keeps bank robbery, armed bank robbery, carjacking and § 111(b) as level B, each with an appellate source', () => {
    for (const c of [
      '18 U.S.C. § 2113(a)',
      '18 U.S.C. § 2113(d)',
      '18 U.S.C. § 2119',
      '18 U.S.C. § 111(b)',
    ])
      expect({ c, tags: byCitation(c)?.tags }).toEqual({
        c,
        tags: expect.arrayContaining(['crime-of-violence-16a']),
      });
    for (const id of ['us-v-mcneal-2016', 'us-v-evans-2017', 'gray-v-us-2020'])
      expect(sourceIds.has(id)).toBe(true);
  });

  it('keeps assault resulting in serious bodily injury unclear, because it can be committed recklessly', () => {
    expect(byCitation('18 U.S.C. § 113(a)(6)')?.tags).toContain('crime-of-violence-unclear');
    expect(sourceIds.has('us-v-devereaux-2024')).toBe(true);
  });

  it('marks § 510 (forged Treasury endorsements) as felony or misdemeanor, since § 510(c) makes small ones misdemeanors', () => {
    expect(byCitation('18 U.S.C. § 510')?.level).toBe('varies');
  });

  it('flags the pending challenge to § 111(b) and the kidnapping question for a lawyer', () => {
    const flags = vacatur.needsReview.join('\n');
    expect(flags).toContain('§ 1201');
    expect(flags).toContain('No. 25-863');
  });

  it('lists every source a rule of the relief rests on among its sources', () => {
    expect(vacatur.sourceIds.filter((id) => !sourceIds.has(id))).toEqual([]);
  });
});
