import {
  dailyEightTwelveWeek,
  weeklyFortyWeek,
} from '../../../../src/domain/restitution/week-pattern';

const hours = (p: { scale: number; total: number; overtime: number; doubleTime: number }) => ({
  total: p.total / p.scale,
  overtime: p.overtime / p.scale,
  doubleTime: p.doubleTime / p.scale,
});

describe('an average workweek', () => {
  it('under the FLSA has overtime only above 40 hours', () => {
    expect(hours(weeklyFortyWeek(40))).toEqual({ total: 40, overtime: 0, doubleTime: 0 });
    expect(hours(weeklyFortyWeek(70))).toEqual({ total: 70, overtime: 30, doubleTime: 0 });
  });

  it('in California pays time and a half past 8 hours a day even under 40 a week', () => {
    // 4 days × 9.5 h = 38 h: 1.5 h a day over 8 → 6 h at time and a half.
    expect(hours(dailyEightTwelveWeek(38, 4))).toEqual({ total: 38, overtime: 6, doubleTime: 0 });
  });

  it('in California pays double time past 12 hours a day', () => {
    // 5 days × 13 h = 65 h: per day 8 straight, 4 at 1.5×, 1 at 2× → 20 and 5.
    expect(hours(dailyEightTwelveWeek(65, 5))).toEqual({ total: 65, overtime: 20, doubleTime: 5 });
  });

  it('in California counts straight hours over 40 in the week as overtime', () => {
    // 6 days × 10 h: daily 2 h × 6 = 12 at 1.5×; straight 48 − 40 = 8 more → 20.
    expect(hours(dailyEightTwelveWeek(60, 6))).toEqual({ total: 60, overtime: 20, doubleTime: 0 });
  });

  it('in California applies the seventh-day rule when all 7 days are worked', () => {
    // 7 × 10 h: days 1-6 as above give 12 + 8; day 7 gives 8 at 1.5× and 2 at 2×.
    expect(hours(dailyEightTwelveWeek(70, 7))).toEqual({ total: 70, overtime: 28, doubleTime: 2 });
    // 7 × 4 h = 28 h: no daily overtime, but the seventh day's 4 h are at 1.5×.
    expect(hours(dailyEightTwelveWeek(28, 7))).toEqual({ total: 28, overtime: 4, doubleTime: 0 });
  });
});
