import { parseCase } from '../../../../src/domain/parse-case';
import { restitutionCase } from './pack-fixture';

const TODAY = '2026-11-27';

function errorsFor(period: Record<string, unknown>) {
  const r = parseCase(
    restitutionCase({
      periods: [{ start: '2015-01-05', end: '2015-06-28', hoursPerWeek: 70, ...period }],
    }),
    TODAY,
  );
  return r.ok ? [] : r.errors;
}

describe('bad restitution input is answered with clear errors', () => {
  it('accepts a sensible period', () => {
    expect(errorsFor({})).toEqual([]);
  });

  it('says which day is wrong when a period ends before it starts', () => {
    expect(errorsFor({ start: '2015-06-28', end: '2015-01-05' })).toEqual([
      {
        path: 'restitution.periods.0.end',
        message: 'The last day of the period must be on or after the first day',
      },
    ]);
  });

  it('refuses negative money and names the field', () => {
    const errors = errorsFor({ grossToDefendant: -100 });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('restitution.periods.0.grossToDefendant');
    expect(errors[0]?.message).toMatch(/cannot be negative/);
  });

  it('refuses more hours than a week has', () => {
    const errors = errorsFor({ hoursPerWeek: 200 });
    expect(errors).toEqual([
      {
        path: 'restitution.periods.0.hoursPerWeek',
        message: 'A week has 168 hours; enter the hours worked each week, 168 or fewer',
      },
    ]);
  });

  it('refuses a negative loss', () => {
    const r = parseCase(
      restitutionCase({ losses: [{ category: 'medical', description: 'x', amount: -1 }] }),
      TODAY,
    );
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['restitution.losses.0.amount']);
  });
});
