import { parseCase } from '../../../../src/domain/parse-case';
import { restitutionCase } from './pack-fixture';

const TODAY = '2026-11-27';

function errorsFor(loss: Record<string, unknown>) {
  const r = parseCase(
    restitutionCase({
      losses: [{ category: 'lost-income', description: 'Wages lost', amount: 2500, ...loss }],
    }),
    TODAY,
  );
  return r.ok ? [] : r.errors;
}

describe('the dates of a loss', () => {
  it('accepts a loss whose last day is on or after its first', () => {
    expect(errorsFor({ start: '2019-06-01', end: '2019-08-31' })).toEqual([]);
    expect(errorsFor({ start: '2019-06-01', end: '2019-06-01' })).toEqual([]);
    expect(errorsFor({ start: '2019-06-01' })).toEqual([]);
  });

  it('says which day is wrong when a loss ends before it starts', () => {
    expect(errorsFor({ start: '2019-08-31', end: '2019-06-01' })).toEqual([
      {
        path: 'restitution.losses.0.end',
        message: 'The last day of the loss must be on or after the first day',
      },
    ]);
  });
});
