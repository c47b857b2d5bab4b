import { PackSchema, type Pack, type PackInput } from '../../src/domain/pack-schema';

/** A small, invented pack for unit tests of the engine: not law, just data of the right shape. */
export function testPack(overrides: Partial<PackInput> = {}): Pack {
  const base: PackInput = {
    code: 'US-NY',
    name: 'Testland',
    courtSystem: 'state',
    caption: {
      layout: 'standard',
      connector: 'v.',
      plaintiff: { name: 'THE STATE OF TESTLAND', role: 'Plaintiff' },
      numberLabel: 'Case No.',
      countyLine: true,
    },
    verifiedOn: '2026-11-27',
    csvExample: {
      offense: 'PL 230.00',
      offense_description: 'Prostitution',
      court: 'Testland City Court',
      county: 'Adams',
      docket_number: '2012-0001',
      city: 'Springfield',
      state: 'TL',
      postal_code: '00000',
    },
    sources: [
      {
        id: 'statute',
        title: 'Test statute',
        url: 'https://example.org/statute',
        supports: 'everything',
      },
    ],
    codes: [
      {
        key: 'PL',
        name: 'Penal Law',
        aliases: ['PL', 'P.L.', 'Penal Law', 'NY PL', 'N.Y. Penal Law'],
      },
      { key: 'VTL', name: 'Vehicle and Traffic Law', aliases: ['VTL', 'Veh. & Traf. Law'] },
    ],
    offenses: [
      {
        code: 'PL',
        section: '230.00',
        citation: 'Test Penal Law § 230.00',
        name: 'Prostitution',
        level: 'misdemeanor',
        tags: ['prostitution-related'],
      },
      {
        code: 'PL',
        section: '120.10',
        citation: 'Test Penal Law § 120.10',
        name: 'Assault 1',
        level: 'felony',
        tags: ['violent'],
      },
      {
        code: 'PL',
        section: '240.20',
        citation: 'Test Penal Law § 240.20',
        name: 'Disorderly conduct',
        level: 'violation',
        tags: [],
      },
      {
        code: 'PL',
        section: '647(b)',
        citation: 'Test Penal Law § 647(b)',
        name: 'Solicitation',
        level: 'misdemeanor',
        tags: [],
      },
      {
        code: 'PL',
        section: '647(f)',
        citation: 'Test Penal Law § 647(f)',
        name: 'Public intoxication',
        level: 'misdemeanor',
        tags: [],
      },
      {
        code: 'PL',
        section: '511',
        citation: 'Test Penal Law § 511',
        name: 'Something',
        level: 'misdemeanor',
        tags: [],
      },
      {
        code: 'VTL',
        section: '511',
        citation: 'Test VTL § 511',
        name: 'Unlicensed driving',
        level: 'misdemeanor',
        tags: [],
      },
    ],
    reliefs: {
      vacatur: {
        remedy: 'vacatur',
        remedyName: 'Motion to vacate',
        authority: 'Test Law § 1',
        sourceIds: ['statute'],
        scope: {
          offenses: 'all but violent',
          convictions: true,
          nonConvictions: 'covered',
          juvenile: 'not covered',
        },
        nexus: {
          standard: 'a result of',
          text: 'a result of trafficking',
          citation: 'Test Law § 1(a)',
        },
        timing: {
          text: 'with due diligence',
          citation: 'Test Law § 1(b)',
          outsidePeriod: {
            code: 'outside-trafficking-period',
            message: '{offense} was outside the period',
            citation: 'Test Law § 1(a)',
          },
        },
        proof: {
          standard: 'preponderance',
          text: 'more likely than not',
          citation: 'Test Law § 1(c)',
        },
        procedure: {
          filing: 'motion',
          court: 'the court of conviction',
          serve: [{ party: 'prosecutor', text: 'serve the prosecutor' }],
          responseDays: 45,
          fee: { amount: 0, text: 'no fee' },
          confidentiality: 'none',
          hearing: 'maybe',
          citation: 'Test Law § 1(d)',
          multipleCourts: false,
          movantRole: 'Defendant',
        },
        effect: { text: 'vacated', citation: 'Test Law § 1(e)' },
        rules: [
          {
            when: { records: ['juvenile'] },
            status: 'ineligible',
            reason: {
              code: 'record-not-covered',
              message: 'juvenile not covered',
              citation: 'Test Law § 1',
            },
          },
          {
            when: { tagsAny: ['violent'] },
            status: 'ineligible',
            reason: {
              code: 'offense-excluded',
              message: '{name} is excluded',
              citation: 'Test Law § 2',
            },
          },
          {
            when: { records: ['non-conviction'], dispositions: ['pending'] },
            status: 'needs-review',
            reason: {
              code: 'disposition-pending',
              message: 'still pending',
              citation: 'Test Law § 3',
            },
          },
        ],
        otherwise: {
          status: 'eligible',
          remedy: 'vacatur',
          reason: {
            code: 'offense-covered',
            message: '{offense} is covered',
            citation: 'Test Law § 1',
          },
        },
        requirements: [
          {
            code: 'response',
            message: 'The prosecutor has {days} days: by {dueDate}',
            citation: 'Test Law § 1(d)',
            daysAfterFiling: 45,
          },
        ],
      },
    },
  };
  return PackSchema.parse({ ...base, ...overrides });
}

/** A valid vacatur case in Testland; override what a test needs. */
export function testCase(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    jurisdiction: 'US-NY',
    relief: 'vacatur',
    petitioner: { legalName: 'Nguyễn Thị Ánh', dateOfBirth: '1990-04-12' },
    representation: { mode: 'self' },
    convictions: [
      {
        offense: 'PL 230.00',
        arrestDate: '2012-03-01',
        convictionDate: '2012-03-02',
        court: 'Criminal Court',
        county: 'Queens',
        docketNumber: '2012QN012345',
      },
    ],
    trafficking: {
      types: ['sex'],
      startDate: '2010-01-01',
      endDate: '2014-06-30',
      narrative: 'My account.',
    },
    ...overrides,
  };
}
