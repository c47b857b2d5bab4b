import { assess } from '../../../../src/domain/assess';
import { parseCase } from '../../../../src/domain/parse-case';
import {
  isRestitutionComputation,
  type RestitutionComputation,
} from '../../../../src/domain/restitution/computation';
import { packWith, restitutionCase } from './pack-fixture';

const TODAY = '2026-11-27';
const ca = packWith('US-CA');

function run(restitution: Record<string, unknown>): RestitutionComputation {
  const parsed = parseCase(
    restitutionCase(
      {
        court: 'Superior Court of California, County of Fresno',
        caseNumber: 'TEST-000001',
        ...restitution,
      },
      { jurisdiction: 'US-CA' },
    ),
    TODAY,
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const a = assess(parsed.value, ca, TODAY);
  if (!isRestitutionComputation(a.computation)) throw new Error('no computation');
  return a.computation;
}

const total = (k: RestitutionComputation, code: string) =>
  k.methods.find((m) => m.code === code)?.totalCents;

// 2025-01-05..2025-01-18 = 14 days = 2 weeks at $16.50; 70 h a week over 7 days = 10 h a day.
// Per week under Lab. Code § 510: days 1-6: 8 straight + 2 at 1.5×; day 7: 8 at 1.5× + 2 at 2×;
// straight hours on days 1-6 = 48, over 40 → 8 more at 1.5×. So 40 straight, 28 at 1.5×, 2 at 2×.
// Straight value 70 × 16.50 = $1,155.00; premiums 28 × 8.25 + 2 × 16.50 = $231.00 + $33.00 = $264.00.
// Two weeks: $2,310.00 + $528.00 = $2,838.00.
const twoWeeks = { start: '2025-01-05', end: '2025-01-18', hoursPerWeek: 70, daysPerWeek: 7 };

describe('California restitution under Penal Code § 1202.4(p)', () => {
  it('uses the California minimum wage with daily overtime when it is the greatest measure', () => {
    // Market: 140 h × $20 = $2,800.00; actual income $2,000.00; wage $2,838.00 → wage wins. Plus $500 medical.
    const k = run({
      periods: [{ ...twoWeeks, grossToDefendant: 2000, marketRatePerHour: 20 }],
      losses: [{ category: 'medical', description: 'Clinic visits', amount: 500 }],
    });
    expect(k.wageLines[0]).toMatchObject({
      rateCents: 1650,
      hours: 140,
      overtimeHours: 56,
      doubleTimeHours: 4,
      straightCents: 231000,
      overtimeCents: 52800,
      valueCents: 283800,
    });
    expect(total(k, 'market-rate')).toBe(280000);
    expect(total(k, 'actual-income')).toBe(200000);
    expect(k.winner).toBe('california-minimum-wage');
    expect(k.totalCents).toBe(283800 + 50000);
  });

  it('uses the market rate when it is the greatest measure', () => {
    // 140 h × $25 = $3,500.00 > $2,838.00 and > $2,000.00.
    const k = run({ periods: [{ ...twoWeeks, grossToDefendant: 2000, marketRatePerHour: 25 }] });
    expect(k.marketLines[0]).toMatchObject({
      hours: 140,
      rateCents: 2500,
      valueCents: 350000,
      netCents: 350000,
    });
    expect(k.winner).toBe('market-rate');
    expect(k.labourValueCents).toBe(350000);
  });

  it("uses the defendant's actual income when it is the greatest measure, as in H.B.", () => {
    // H.B.: about $300 a day taken; here 14 days × $300 = $4,200.00 > $2,838.00.
    const k = run({ periods: [{ ...twoWeeks, grossToDefendant: 4200 }] });
    expect(k.winner).toBe('actual-income');
    expect(k.labourValueCents).toBe(420000);
    expect(k.methods.find((m) => m.code === 'market-rate')?.available).toBe(false);
  });

  it('offers no liquidated damages alternative in California', () => {
    expect(run({ periods: [{ ...twoWeeks }] }).liquidated).toBeUndefined();
  });

  it('uses the rate for employers with 26 or more employees in 2017', () => {
    // 2017-01-01..01-07, 40 h over 5 days (8 a day): 40 × $10.50 = $420.00, no overtime.
    const k = run({
      periods: [{ start: '2017-01-01', end: '2017-01-07', hoursPerWeek: 40, daysPerWeek: 5 }],
    });
    expect(k.wageLines[0]).toMatchObject({
      rateCents: 1050,
      straightCents: 42000,
      overtimeCents: 0,
    });
    expect(k.rules.wageTable).toContain('26 or more employees');
  });

  it('splits a period at the 2026-01-01 change', () => {
    // 2025-12-28..2026-01-03: 4 days at $16.50 and 3 days at $16.90; 40 h over 5 days.
    // Straight: 40 × 4/7 × 16.50 = $377.142… → $377.14; 40 × 3/7 × 16.90 = $289.714… → $289.71.
    const k = run({
      periods: [{ start: '2025-12-28', end: '2026-01-03', hoursPerWeek: 40, daysPerWeek: 5 }],
    });
    expect(k.wageLines.map((l) => [l.days, l.rateCents, l.straightCents])).toEqual([
      [4, 1650, 37714],
      [3, 1690, 28971],
    ]);
  });

  it('warns when a market rate covers only some periods', () => {
    const k = run({
      periods: [
        { ...twoWeeks, marketRatePerHour: 25 },
        { start: '2025-02-01', end: '2025-02-07', hoursPerWeek: 40 },
      ],
    });
    expect(k.warnings.map((w) => w.code)).toContain('market-rate-partial');
  });
});
