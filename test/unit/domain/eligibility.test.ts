import { assessVacatur, overallOf, PackMismatchError } from '../../../src/domain/eligibility';
import { parseCase } from '../../../src/domain/parse-case';
import type { Case } from '../../../src/domain/case-schema';
import type { RecordAssessment } from '../../../src/domain/assessment';
import type { Pack, Rule } from '../../../src/domain/pack-schema';
import { testCase, testPack } from '../../helpers/test-pack';

const TODAY = '2026-11-27';
const pack = testPack();

function caseWith(records: Record<string, unknown>[], trafficking?: Record<string, unknown>): Case {
  const parsed = parseCase(
    testCase({ convictions: records, ...(trafficking ? { trafficking } : {}) }),
    TODAY,
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

const conviction = (offense: string, extra: Record<string, unknown> = {}) => ({
  offense,
  arrestDate: '2012-03-01',
  convictionDate: '2012-03-02',
  ...extra,
});

/** The test pack with one rule put first: what a test of one rule condition needs. */
function packWithFirstRule(when: Rule['when'], code: string): Pack {
  const relief = pack.reliefs.vacatur!;
  const rule: Rule = {
    when,
    status: 'needs-review',
    reason: { code, message: `${code} decides`, citation: 'Test Law § 4' },
  };
  return {
    ...pack,
    reliefs: { ...pack.reliefs, vacatur: { ...relief, rules: [rule, ...relief.rules] } },
  };
}

describe('assessVacatur', () => {
  it('finds a covered offense during the trafficking eligible, with the law cited', () => {
    const a = assessVacatur(caseWith([conviction('PL 230.00')]), pack, TODAY);
    expect(a.overall).toBe('eligible');
    expect(a.convictions[0]).toMatchObject({
      status: 'eligible',
      remedy: 'vacatur',
      kind: 'conviction',
      reasons: [
        {
          code: 'offense-covered',
          message: 'Test Penal Law § 230.00 is covered',
          citation: 'Test Law § 1',
        },
      ],
    });
  });

  it('excludes an offense by tag', () => {
    const a = assessVacatur(caseWith([conviction('PL 120.10')]), pack, TODAY);
    expect(a.convictions[0]).toMatchObject({
      status: 'ineligible',
      reasons: [{ code: 'offense-excluded', message: 'Assault 1 is excluded' }],
    });
    expect(a.overall).toBe('ineligible');
  });

  it('sends an unknown charge to review and never guesses', () => {
    const a = assessVacatur(caseWith([conviction('PL 999.99')]), pack, TODAY);
    expect(a.convictions[0]).toMatchObject({
      status: 'needs-review',
      reasons: [{ code: 'offense-unknown' }],
    });
    expect(a.convictions[0]?.offense).toBeUndefined();
  });

  it('sends an ambiguous charge to review', () => {
    const a = assessVacatur(caseWith([conviction('511')]), pack, TODAY);
    expect(a.convictions[0]).toMatchObject({
      status: 'needs-review',
      reasons: [{ code: 'offense-ambiguous' }],
    });
  });

  it('sends a record outside the trafficking period to review with its own reason', () => {
    const a = assessVacatur(
      caseWith([
        conviction('PL 230.00', { arrestDate: '2016-01-01', convictionDate: '2016-02-01' }),
      ]),
      pack,
      TODAY,
    );
    expect(a.convictions[0]?.status).toBe('needs-review');
    expect(a.convictions[0]?.reasons.map((r) => r.code)).toEqual([
      'offense-covered',
      'outside-trafficking-period',
    ]);
  });

  it('keeps a record outside the trafficking period eligible where the law asks no link to it', () => {
    const { outsidePeriod: _dropped, ...timing } = pack.reliefs.vacatur!.timing;
    const noLink = {
      ...pack,
      reliefs: { ...pack.reliefs, vacatur: { ...pack.reliefs.vacatur!, timing } },
    };
    const c = caseWith([
      conviction('PL 230.00', { arrestDate: '2016-01-01', convictionDate: '2016-02-01' }),
    ]);
    expect(assessVacatur(c, pack, TODAY).convictions[0]?.status).toBe('needs-review');
    expect(assessVacatur(c, noLink, TODAY).convictions[0]).toMatchObject({
      status: 'eligible',
      reasons: [{ code: 'offense-covered' }],
    });
  });

  it('treats trafficking with no end date as running to today', () => {
    const c = caseWith(
      [conviction('PL 230.00', { arrestDate: '2020-01-01', convictionDate: '2020-02-01' })],
      {
        types: ['labor'],
        startDate: '2019-01-01',
      },
    );
    expect(assessVacatur(c, pack, TODAY).convictions[0]?.status).toBe('eligible');
  });

  it('applies rules by record kind: juvenile and arrest-only', () => {
    const c = caseWith([
      conviction('PL 230.00', { juvenile: true }),
      conviction('PL 230.00', { convictionDate: null, disposition: 'pending' }),
      conviction('PL 230.00', { convictionDate: null, disposition: 'dismissed' }),
    ]);
    const a = assessVacatur(c, pack, TODAY);
    expect(a.convictions.map((r) => [r.kind, r.status, r.reasons[0]?.code])).toEqual([
      ['juvenile', 'ineligible', 'record-not-covered'],
      ['non-conviction', 'needs-review', 'disposition-pending'],
      ['non-conviction', 'eligible', 'offense-covered'],
    ]);
  });

  describe('a rule on age at the offense (minorAtOffense)', () => {
    const agePack = (minor: boolean) => packWithFirstRule({ minorAtOffense: minor }, 'age-rule');
    const born = (dateOfBirth: string | undefined, offenseDate: string) => {
      const parsed = parseCase(
        testCase({
          petitioner: { legalName: 'A B', ...(dateOfBirth ? { dateOfBirth } : {}) },
          convictions: [conviction('PL 230.00', { offenseDate, arrestDate: '2012-03-01' })],
        }),
        TODAY,
      );
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      return parsed.value;
    };
    const code = (p: ReturnType<typeof agePack>, c: Case) =>
      assessVacatur(c, p, TODAY).convictions[0]?.reasons[0]?.code;

    it.each([
      // born, offense date, under 18 on that date?
      ['1994-03-01', '2012-02-29', true],
      ['1994-03-01', '2012-03-01', false],
      ['1992-02-29', '2010-02-28', true],
      ['1992-02-29', '2010-03-01', false],
      ['1970-01-01', '2012-01-01', false],
    ])('born %s, offense %s: under 18 is %s', (dob, offenseDate, minor) => {
      const c = born(dob, offenseDate);
      expect(code(agePack(true), c)).toBe(minor ? 'age-rule' : 'offense-covered');
      expect(code(agePack(false), c)).toBe(minor ? 'offense-covered' : 'age-rule');
    });

    it('never matches when the date of birth is not given, either way', () => {
      const c = born(undefined, '2012-01-01');
      expect(code(agePack(true), c)).toBe('offense-covered');
      expect(code(agePack(false), c)).toBe('offense-covered');
    });

    it('decides an uncatalogued charge too, as it needs no offense', () => {
      const c = born('1994-03-01', '2012-01-01');
      const unknown = { ...c, convictions: [{ ...c.convictions[0]!, offense: 'Town Code 9-9' }] };
      expect(code(agePack(true), unknown)).toBe('age-rule');
    });
  });

  describe('a rule on the kind of trafficking (traffickingTypesAny / traffickingTypesNone)', () => {
    const typesPack = (when: Rule['when']) => packWithFirstRule(when, 'kind-rule');
    const trafficked = (types: string[]) =>
      caseWith([conviction('PL 230.00')], {
        types,
        startDate: '2010-01-01',
        endDate: '2014-01-01',
      });

    it.each<[string[], Rule['when'], boolean]>([
      // the person's kinds, the rule's condition, does the rule decide?
      [['labor'], { traffickingTypesNone: ['sex'] }, true],
      [['sex'], { traffickingTypesNone: ['sex'] }, false],
      [['sex', 'labor'], { traffickingTypesNone: ['sex'] }, false],
      [['labor'], { traffickingTypesAny: ['labor'] }, true],
      [['sex'], { traffickingTypesAny: ['labor'] }, false],
      [['sex', 'labor'], { traffickingTypesAny: ['labor'] }, true],
    ])('trafficked for %j, rule %j: decides is %s', (types, when, decides) => {
      const a = assessVacatur(trafficked(types), typesPack(when), TODAY);
      expect(a.convictions[0]?.reasons[0]?.code).toBe(decides ? 'kind-rule' : 'offense-covered');
    });
  });

  describe('rules on dates between convictions and today', () => {
    const codeOf = (records: Record<string, unknown>[], when: Rule['when']) =>
      assessVacatur(caseWith(records), packWithFirstRule(when, 'date-rule'), TODAY).convictions.map(
        (r) => r.reasons[0]?.code,
      );
    const on = (convictionDate: string, extra: Record<string, unknown> = {}) =>
      conviction('PL 230.00', { arrestDate: '2012-03-01', convictionDate, ...extra });

    it.each([
      // conviction date (today is 2026-11-27), under three years old?
      ['2023-11-28', true],
      ['2023-11-27', false],
      ['2012-03-02', false],
    ])('convictedWithinYears 3: convicted %s is %s', (date, recent) => {
      expect(codeOf([on(date)], { convictedWithinYears: 3 })).toEqual([
        recent ? 'date-rule' : 'offense-covered',
      ]);
    });

    it('laterConvictionWithinYears 3: only the earlier of two convictions less than three years apart', () => {
      expect(
        codeOf([on('2012-03-02'), on('2015-03-01')], { laterConvictionWithinYears: 3 }),
      ).toEqual(['date-rule', 'offense-covered']);
      expect(
        codeOf([on('2012-03-02'), on('2015-03-02')], { laterConvictionWithinYears: 3 }),
      ).toEqual(['offense-covered', 'offense-covered']);
    });

    it('laterConvictionWithinYears ignores juvenile records, arrests and same-day convictions', () => {
      expect(
        codeOf(
          [
            on('2012-03-02'),
            on('2013-01-01', { juvenile: true }),
            on('2012-03-02'),
            conviction('PL 230.00', {
              arrestDate: '2013-05-01',
              convictionDate: null,
              disposition: 'dismissed',
            }),
          ],
          { laterConvictionWithinYears: 3, records: ['conviction'] },
        ),
      ).toEqual(['offense-covered', 'record-not-covered', 'offense-covered', 'offense-covered']);
    });
  });

  it('computes the response deadline from today with date-fns', () => {
    const a = assessVacatur(caseWith([conviction('PL 230.00')]), pack, TODAY);
    expect(a.requirements[0]).toMatchObject({
      dueDate: '2027-01-11',
      message: 'The prosecutor has 45 days: by January 11, 2027',
    });
  });

  it('refuses to assess a case against another jurisdiction’s pack', () => {
    const c = { ...caseWith([conviction('PL 230.00')]), jurisdiction: 'US-CA' };
    expect(() => assessVacatur(c, pack, TODAY)).toThrow(PackMismatchError);
  });
});

describe('overallOf', () => {
  const r = (status: RecordAssessment['status']) => ({ status }) as RecordAssessment;
  it.each([
    [['eligible', 'eligible'], 'eligible'],
    [['eligible', 'ineligible'], 'partially-eligible'],
    [['eligible', 'needs-review'], 'partially-eligible'],
    [['ineligible', 'ineligible'], 'ineligible'],
    [['ineligible', 'needs-review'], 'needs-review'],
    [[], 'needs-review'],
  ] as const)('%j → %s', (statuses, want) => {
    expect(overallOf(statuses.map(r))).toBe(want);
  });
});
