import { parseCase } from '../../../src/domain/parse-case';
import { testCase } from '../../helpers/test-pack';

const TODAY = '2026-11-27';

function errorsOf(input: unknown) {
  const result = parseCase(input, TODAY);
  return result.ok ? [] : result.errors;
}

describe('parseCase', () => {
  it('accepts the contract example shape', () => {
    expect(parseCase(testCase(), TODAY).ok).toBe(true);
  });

  it.each([
    ['version', { version: 2 }, 'version', /version/],
    ['jurisdiction', { jurisdiction: 'New York' }, 'jurisdiction', /the state's two letters/],
    ['relief', { relief: 'pardon' }, 'relief', /vacatur/],
    ['petitioner', { petitioner: undefined }, 'petitioner', /legal name/],
    ['legal name', { petitioner: { legalName: '   ' } }, 'petitioner.legalName', /full legal name/],
    [
      'email',
      { petitioner: { legalName: 'A B', email: 'not-an-email' } },
      'petitioner.email',
      /email/,
    ],
    [
      'representation',
      { representation: { mode: 'attorney' } },
      'representation.attorney',
      /attorney/,
    ],
    ['records', { convictions: [] }, 'convictions', /at least one record/],
    ['trafficking', { trafficking: undefined }, 'trafficking', /trafficking/],
  ])('names the field when %s is wrong', (_label, override, path, message) => {
    const errors = errorsOf(testCase(override));
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path, message: expect.stringMatching(message) }),
      ]),
    );
  });

  it('asks for the date of arrest as YYYY-MM-DD', () => {
    const errors = errorsOf(
      testCase({ convictions: [{ offense: 'PL 230.00', arrestDate: '03/01/2012' }] }),
    );
    expect(errors).toEqual([
      {
        path: 'convictions.0.arrestDate',
        message: expect.stringMatching(/^Enter the date of arrest as YYYY-MM-DD/),
      },
    ]);
  });

  it('refuses a date that does not exist', () => {
    const errors = errorsOf(
      testCase({ convictions: [{ offense: 'PL 230.00', arrestDate: '2013-02-30' }] }),
    );
    expect(errors[0]).toMatchObject({
      path: 'convictions.0.arrestDate',
      message: expect.stringMatching(/day exists/),
    });
  });

  it('refuses a conviction before its arrest', () => {
    const errors = errorsOf(
      testCase({
        convictions: [
          { offense: 'PL 230.00', arrestDate: '2012-03-05', convictionDate: '2012-03-01' },
        ],
      }),
    );
    expect(errors).toEqual([
      {
        path: 'convictions.0.convictionDate',
        message: expect.stringMatching(/on or after the date of arrest/),
      },
    ]);
  });

  it('refuses trafficking that ends before it starts', () => {
    const errors = errorsOf(
      testCase({ trafficking: { types: ['sex'], startDate: '2014-01-01', endDate: '2013-01-01' } }),
    );
    expect(errors).toEqual([
      {
        path: 'trafficking.endDate',
        message: expect.stringMatching(/on or after when it started/),
      },
    ]);
  });

  it('refuses dates in the future', () => {
    const errors = errorsOf(
      testCase({ convictions: [{ offense: 'PL 230.00', arrestDate: '2027-01-01' }] }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'convictions.0.arrestDate', message: 'The date of arrest cannot be in the future' },
      ]),
    );
  });

  it('accepts an arrest with no conviction and defaults juvenile to false', () => {
    const result = parseCase(
      testCase({
        convictions: [{ offense: 'PL 230.00', arrestDate: '2012-03-01', convictionDate: null }],
      }),
      TODAY,
    );
    expect(result.ok && result.value.convictions[0]).toMatchObject({
      convictionDate: null,
      juvenile: false,
    });
  });

  it('normalises names to NFC and strips control characters', () => {
    const decomposed = 'Nguye\u0302\u0303n\u0007 Thi\u0323 A\u0301nh';
    const result = parseCase(testCase({ petitioner: { legalName: decomposed } }), TODAY);
    expect(result.ok && result.value.petitioner.legalName).toBe('Nguyễn Thị Ánh');
  });

  it('keeps line breaks in the account but removes control characters', () => {
    const result = parseCase(
      testCase({
        trafficking: {
          types: ['sex'],
          startDate: '2010-01-01',
          narrative: 'One.\r\n\r\nTwo.\u0000',
        },
      }),
      TODAY,
    );
    expect(result.ok && result.value.trafficking?.narrative).toBe('One.\n\nTwo.');
  });

  it('refuses 200 hours a week and negative money in restitution', () => {
    const errors = errorsOf({
      ...testCase({ relief: 'restitution', convictions: undefined }),
      restitution: {
        court: 'U.S. District Court',
        caseNumber: '1:19-cr-1',
        defendants: ['John Doe'],
        periods: [
          { start: '2015-01-05', end: '2015-06-28', hoursPerWeek: 200, grossToDefendant: -5 },
        ],
      },
    });
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        'restitution.periods.0.hoursPerWeek',
        'restitution.periods.0.grossToDefendant',
      ]),
    );
    expect(errors.find((e) => e.path.endsWith('hoursPerWeek'))?.message).toMatch(/168/);
  });

  it('needs the criminal case for restitution', () => {
    expect(errorsOf(testCase({ relief: 'restitution' }))).toEqual([
      { path: 'restitution', message: expect.stringMatching(/court, case number/) },
    ]);
  });

  it('refuses something that is not an object without crashing', () => {
    expect(errorsOf('hello').length).toBeGreaterThan(0);
    expect(errorsOf(null).length).toBeGreaterThan(0);
  });
});
