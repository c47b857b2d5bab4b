import { computeRestitution } from '../../../../src/domain/restitution/compute-restitution';
import { parseCase } from '../../../../src/domain/parse-case';
import {
  RestitutionReliefSchema,
  type RestitutionRelief,
} from '../../../../src/domain/restitution-pack-schema';
import { packWith, restitutionCase } from './pack-fixture';

const TODAY = '2026-11-27';

/** 70 hours a week over 7 days for two weeks, $1,000 taken, with a market rate. */
function restitutionOf() {
  const parsed = parseCase(
    restitutionCase(
      {
        periods: [
          {
            start: '2025-01-05',
            end: '2025-01-18',
            hoursPerWeek: 70,
            daysPerWeek: 7,
            grossToDefendant: 1000,
            paidToVictim: 0,
            marketRatePerHour: 20,
          },
        ],
      },
      { jurisdiction: 'US-CA' },
    ),
    TODAY,
  );
  if (!parsed.ok || !parsed.value.restitution) throw new Error(JSON.stringify(parsed));
  return parsed.value.restitution;
}

const relief = (): RestitutionRelief => structuredClone(packWith('US-CA').reliefs.restitution!);

describe('restitution measures and overtime read from the pack', () => {
  it('counts double time under the daily rule and none under the weekly rule', () => {
    const daily = computeRestitution(restitutionOf(), relief());
    const weeklyRelief = relief();
    weeklyRelief.overtime.rule = 'weekly-40';
    const weekly = computeRestitution(restitutionOf(), weeklyRelief);
    expect(daily.wageLines[0]?.doubleTimeHours).toBe(4);
    expect(weekly.wageLines[0]?.doubleTimeHours).toBe(0);
    expect(weekly.wageLines[0]?.overtimeHours).toBe(60);
  });

  it('lists exactly the measures the pack lists, in its order, with its codes, labels and citations', () => {
    const r = relief();
    r.measures = [
      { ...r.measures[2]!, code: 'what-was-taken', label: 'What was taken', citation: 'Law § 2' },
      { ...r.measures[1]!, code: 'wage', label: 'The wage', citation: 'Law § 1' },
    ];
    const k = computeRestitution(restitutionOf(), r);
    expect(k.methods.map((m) => [m.code, m.label, m.citation])).toEqual([
      ['what-was-taken', 'What was taken', 'Law § 2'],
      ['wage', 'The wage', 'Law § 1'],
    ]);
    expect(k.marketLines).toEqual([]);
    expect(k.reasons.find((x) => x.code === 'labour-value')?.message).toContain('The wage (');
  });

  it('values the work at the market rate only when a measure needs one', () => {
    const withMarket = computeRestitution(restitutionOf(), relief());
    expect(withMarket.methods.find((m) => m.code === 'market-rate')?.totalCents).toBe(280_00 * 10);
    const r = relief();
    r.measures = r.measures.filter((m) => m.needs !== 'market-rate');
    expect(computeRestitution(restitutionOf(), r).marketLines).toEqual([]);
  });

  it('refuses a pack that lists a restitution paper it does not describe, or a measure twice', () => {
    const r = packWith('US-CA').reliefs.restitution!;
    const bad = {
      ...r,
      documents: [...r.documents, 'ca-nothing'],
      measures: [...r.measures, r.measures[0]],
    };
    const issues = RestitutionReliefSchema.safeParse(bad).error?.issues.map((i) =>
      i.path.join('.'),
    );
    expect(issues).toEqual(['documents.4', 'measures.3.code']);
  });
});
