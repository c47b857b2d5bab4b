import { assess } from '../../../../src/domain/assess';
import type { Assessment } from '../../../../src/domain/assessment';
import { parseCase } from '../../../../src/domain/parse-case';
import {
  isRestitutionComputation,
  type RestitutionComputation,
} from '../../../../src/domain/restitution/computation';
import { packWith, restitutionCase } from './pack-fixture';

const TODAY = '2026-11-27';
const fed = packWith('US-FED');

function run(restitution: Record<string, unknown>): { a: Assessment; k: RestitutionComputation } {
  const parsed = parseCase(restitutionCase(restitution), TODAY);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const a = assess(parsed.value, fed, TODAY);
  if (!isRestitutionComputation(a.computation)) throw new Error('no computation');
  return { a, k: a.computation };
}

const method = (k: RestitutionComputation, code: string) =>
  k.methods.find((m) => m.code === code)?.totalCents;

describe('federal restitution under 18 U.S.C. § 1593', () => {
  it('claims the gross income when the defendant took more than the FLSA value, plus every loss', () => {
    // 2019-01-06 (Sun) to 2019-06-29 (Sat) = 26+28+31+30+31+29 = 175 days = 25 weeks, 60 h a week.
    // FLSA per week: 60 × $7.25 = $435.00 straight + 20 OT h × $3.625 = $72.50 → $507.50; × 25 = $12,687.50.
    // Gross to defendant: 150 nights × $500 = $75,000.00 > $12,687.50 → gross wins.
    // Losses: 4,800 + 12,000 + 1,500 + 2,000 = $20,300.00. Total $95,300.00.
    const { a, k } = run({
      periods: [
        {
          start: '2019-01-06',
          end: '2019-06-29',
          hoursPerWeek: 60,
          daysPerWeek: 6,
          grossToDefendant: 75000,
        },
      ],
      losses: [
        { category: 'therapy', description: 'Counseling to date', amount: 4800 },
        { category: 'therapy', description: 'Projected counseling, 2 years', amount: 12000 },
        { category: 'transportation', description: 'Relocation and travel', amount: 1500 },
        { category: 'other', description: 'Tattoo removal', amount: 2000 },
      ],
    });
    expect(a.overall).toBe('eligible');
    expect(k.wageLines).toHaveLength(1);
    expect(k.wageLines[0]).toMatchObject({
      days: 175,
      weeks: 25,
      hours: 1500,
      rateCents: 725,
      straightCents: 1087500,
      overtimeHours: 500,
      overtimeCents: 181250,
      valueCents: 1268750,
      netCents: 1268750,
    });
    expect(method(k, 'gross-income')).toBe(7500000);
    expect(method(k, 'flsa-minimum-wage')).toBe(1268750);
    expect(k.winner).toBe('gross-income');
    expect(k.labourValueCents).toBe(7500000);
    expect(k.lossesTotalCents).toBe(2030000);
    expect(k.totalCents).toBe(9530000);
    // Liquidated damages double the FLSA figure ($25,375.00) but gross income is still greater.
    expect(k.liquidated).toMatchObject({
      doubledCents: 2537500,
      labourValueCents: 7500000,
      totalCents: 9530000,
    });
    expect(a.requirements[0]?.message).toContain('$95,300.00');
    expect(k.reasons.map((r) => r.citation)).toContain('18 U.S.C. § 1593(b)(3)');
  });

  it('claims the FLSA value when it is greater, splitting the period at the 2009-07-24 raise', () => {
    // 2009-06-21 to 2009-08-22 = 63 days, 70 h a week.
    // At $6.55, 2009-06-21..07-23 = 33 days: straight 70 × 33/7 × 6.55 = 330 h × 6.55 = $2,161.50;
    //   overtime 30 × 33/7 = 141.43 h × $3.275 = $463.178… → $463.18. Line $2,624.68.
    // At $7.25, 2009-07-24..08-22 = 30 days: straight 300 h × 7.25 = $2,175.00;
    //   overtime 30 × 30/7 = 128.57 h × $3.625 = $466.071… → $466.07. Line $2,641.07.
    // FLSA $5,265.75 > gross $3,000.00 → FLSA wins.
    const { k } = run({
      periods: [
        {
          start: '2009-06-21',
          end: '2009-08-22',
          hoursPerWeek: 70,
          daysPerWeek: 7,
          grossToDefendant: 3000,
        },
      ],
    });
    expect(
      k.wageLines.map((l) => [
        l.start,
        l.end,
        l.days,
        l.rateCents,
        l.straightCents,
        l.overtimeCents,
        l.valueCents,
      ]),
    ).toEqual([
      ['2009-06-21', '2009-07-23', 33, 655, 216150, 46318, 262468],
      ['2009-07-24', '2009-08-22', 30, 725, 217500, 46607, 264107],
    ]);
    expect(k.winner).toBe('flsa-minimum-wage');
    expect(k.labourValueCents).toBe(526575);
    expect(k.totalCents).toBe(526575);
    // The doubled figure is an alternative only: 2 × 5,265.75 = $10,531.50.
    expect(k.liquidated?.doubledCents).toBe(1053150);
    expect(k.totalCents).not.toBe(k.liquidated?.totalCents);
  });

  it('subtracts what the person was paid, line by line, and can change which measure wins', () => {
    // Same work; $3,000 paid. Line 1: 2,624.68 all paid → 0; line 2: 2,641.07 − 375.32 = 2,265.75.
    // FLSA net $2,265.75 < gross $3,000.00 → gross wins.
    const { k } = run({
      periods: [
        {
          start: '2009-06-21',
          end: '2009-08-22',
          hoursPerWeek: 70,
          grossToDefendant: 3000,
          paidToVictim: 3000,
        },
      ],
    });
    expect(k.wageLines.map((l) => [l.paidCents, l.netCents])).toEqual([
      [262468, 0],
      [37532, 226575],
    ]);
    expect(method(k, 'flsa-minimum-wage')).toBe(226575);
    expect(k.winner).toBe('gross-income');
  });

  it('never lets a payment take a period below zero', () => {
    // Value $5,265.75, paid $6,000 → net $0; gross $0 → nothing for the work.
    const { a, k } = run({
      periods: [{ start: '2009-06-21', end: '2009-08-22', hoursPerWeek: 70, paidToVictim: 6000 }],
    });
    expect(k.wageLines.every((l) => l.netCents === 0)).toBe(true);
    expect(k.totalCents).toBe(0);
    expect(a.overall).toBe('needs-review');
    expect(a.requirements[0]?.code).toBe('nothing-to-claim-yet');
  });

  it('adds overtime only for hours over 40 in the week and prorates a part week by its days', () => {
    // 45.5 h a week, 2010-03-01..03-10 = 10 days at $7.25.
    // Straight: 45.5 × 10/7 = 65 h × 7.25 = $471.25. Overtime: 5.5 × 10/7 = 7.857 h × $3.625 = $28.482… → $28.48.
    const { k } = run({
      periods: [{ start: '2010-03-01', end: '2010-03-10', hoursPerWeek: 45.5 }],
    });
    expect(k.wageLines[0]).toMatchObject({
      hours: 65,
      overtimeHours: 7.86,
      straightCents: 47125,
      overtimeCents: 2848,
      valueCents: 49973,
    });
  });

  it('adds no overtime for a 40-hour week', () => {
    // 40 h × 7.25 = $290.00, no overtime.
    const { k } = run({ periods: [{ start: '2012-01-01', end: '2012-01-07', hoursPerWeek: 40 }] });
    expect(k.wageLines[0]).toMatchObject({
      straightCents: 29000,
      overtimeHours: 0,
      overtimeCents: 0,
    });
  });

  it('rounds each amount once to the nearest cent, half a cent up', () => {
    // 41 h, one week at $7.25: straight $297.25; overtime 1 h × $3.625 = $3.625 → $3.63. Line $300.88.
    const { k } = run({ periods: [{ start: '2012-01-01', end: '2012-01-07', hoursPerWeek: 41 }] });
    expect(k.wageLines[0]).toMatchObject({
      straightCents: 29725,
      overtimeCents: 363,
      valueCents: 30088,
    });
  });

  it('values days before the first rate in the table at nothing and says so', () => {
    // 1980-12-25..1981-01-07: the 7 days of 1980 are before $3.35 (1981-01-01). 1981-01-01..01-07: 40 × 3.35 = $134.00.
    const { a, k } = run({
      periods: [{ start: '1980-12-25', end: '1981-01-07', hoursPerWeek: 40 }],
    });
    expect(k.wageLines).toHaveLength(1);
    expect(k.wageLines[0]).toMatchObject({ start: '1981-01-01', valueCents: 13400 });
    expect(k.warnings.map((w) => w.code)).toContain('before-wage-table');
    expect(a.needsReview.some((m) => m.includes('1980-12-25'))).toBe(true);
  });

  it('warns when a dated lost-income loss overlaps a period of work, and not when it does not', () => {
    const periods = [
      { start: '2015-01-05', end: '2015-06-28', hoursPerWeek: 70, grossToDefendant: 84000 },
    ];
    const overlapping = run({
      periods,
      losses: [
        {
          category: 'lost-income',
          description: 'Wages lost',
          amount: 5000,
          start: '2015-06-01',
          end: '2015-09-30',
        },
      ],
    }).k;
    expect(overlapping.warnings.map((w) => w.code)).toEqual(['lost-income-overlaps-work']);
    const separate = run({
      periods,
      losses: [
        {
          category: 'lost-income',
          description: 'Wages lost',
          amount: 5000,
          start: '2015-07-01',
          end: '2015-09-30',
        },
      ],
    }).k;
    expect(separate.warnings).toEqual([]);
  });

  it('gives a general warning for lost income without dates', () => {
    const { k } = run({
      periods: [
        { start: '2015-01-05', end: '2015-06-28', hoursPerWeek: 70, grossToDefendant: 84000 },
      ],
      losses: [{ category: 'lost-income', description: 'Income lost', amount: 5000 }],
    });
    expect(k.warnings.map((w) => w.code)).toEqual(['lost-income-may-overlap']);
    // The loss is still added: the statute adds lost income; the warning is advice, not a deduction.
    expect(k.lossesTotalCents).toBe(500000);
  });

  it('claims losses alone when there are no periods of work', () => {
    const { a, k } = run({
      losses: [{ category: 'medical', description: 'Hospital', amount: 1234.56 }],
    });
    expect(a.overall).toBe('eligible');
    expect(k.winner).toBeNull();
    expect(k.totalCents).toBe(123456);
  });

  it('is needs-review, not a crash, when the pack has no restitution part', () => {
    const parsed = parseCase(
      restitutionCase({ losses: [{ category: 'medical', description: 'x', amount: 10 }] }),
      TODAY,
    );
    if (!parsed.ok) throw new Error('bad case');
    const a = assess(parsed.value, packWith('US-FED', false), TODAY);
    expect(a.overall).toBe('needs-review');
    expect(a.requirements.map((r) => r.code)).toEqual(['restitution-not-available']);
    expect(a.computation).toBeUndefined();
  });

  it('is needs-review when the case is for another jurisdiction', () => {
    const parsed = parseCase(restitutionCase({}, { jurisdiction: 'US-CA' }), TODAY);
    if (!parsed.ok) throw new Error('bad case');
    expect(assess(parsed.value, fed, TODAY).requirements[0]?.code).toBe('wrong-jurisdiction');
  });

  it('lists the deadlines: the 90-day rule and how the CVRA right is asserted', () => {
    const { a } = run({ losses: [{ category: 'medical', description: 'Hospital', amount: 100 }] });
    const byCode = new Map(a.requirements.map((r) => [r.code, r]));
    expect(byCode.get('losses-not-yet-known-90-days')?.citation).toContain('§ 3664(d)(5)');
    expect(byCode.get('assert-cvra-right')?.citation).toContain('§ 3771(a)(6)');
    expect(byCode.get('taxes-information')?.citation).toBe('IRS Notice 2012-12');
  });
});
