/**
 * One average workweek of a period, in exact integer units: every quantity is hours × `scale`
 * (scale = 100 × the divisor needed to keep hours per day whole), so that amounts can be rounded
 * once, at the end.
 */
export interface WeekPattern {
  scale: number;
  /** All hours in the week. */
  total: number;
  /** Hours owed time and a half. */
  overtime: number;
  /** Hours owed double time. */
  doubleTime: number;
}

/** Hundredths of an hour (the schema allows decimals; more than 2 places are rounded). */
export function hundredths(hours: number): number {
  return Math.round(hours * 100);
}

/** FLSA: hours over 40 in the workweek earn half the rate again (29 U.S.C. § 207(a)(1)). */
export function weeklyFortyWeek(hoursPerWeek: number): WeekPattern {
  const total = hundredths(hoursPerWeek);
  return { scale: 100, total, overtime: Math.max(0, total - 4000), doubleTime: 0 };
}

/**
 * Daily overtime (as Cal. Lab. Code § 510 counts it), with the week's hours spread evenly over its days: over 8 in a
 * day and up to 12 at time and a half, over 12 at double time; on a seventh day of work the
 * first 8 hours at time and a half and the rest at double time; and any remaining straight-time
 * hours over 40 in the week at time and a half.
 */
export function dailyEightTwelveWeek(hoursPerWeek: number, daysPerWeek: number): WeekPattern {
  const d = daysPerWeek;
  const perDay = hundredths(hoursPerWeek); // one day's hours × (100 × d)
  const scale = 100 * d;
  const eight = 800 * d;
  const twelve = 1200 * d;
  const ordinaryDays = Math.min(d, 6);
  const seventh = d === 7;

  const straightPerDay = Math.min(perDay, eight);
  const overtimePerDay = Math.min(Math.max(perDay - eight, 0), twelve - eight);
  const doublePerDay = Math.max(perDay - twelve, 0);

  const straight = ordinaryDays * straightPerDay;
  const weeklyExtra = Math.max(straight - 4000 * d, 0);
  const overtime =
    ordinaryDays * overtimePerDay + (seventh ? Math.min(perDay, eight) : 0) + weeklyExtra;
  const doubleTime = ordinaryDays * doublePerDay + (seventh ? Math.max(perDay - eight, 0) : 0);
  return { scale, total: d * perDay, overtime, doubleTime };
}
