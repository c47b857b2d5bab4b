import type { Restitution } from '../case-schema';
import type { RestitutionRelief } from '../restitution-pack-schema';
import type { LossLine, RestitutionWarning } from './computation';
import { overlaps } from './days';
import { toCents } from './money';

export function lossLinesOf(r: Restitution, relief: RestitutionRelief): LossLine[] {
  return r.losses.map((loss, index) => {
    const category = relief.lossCategories[loss.category];
    return {
      index,
      category: loss.category,
      categoryLabel: category.label,
      description: loss.description,
      amountCents: toCents(loss.amount),
      ...(loss.start ? { start: loss.start } : {}),
      ...(loss.end ? { end: loss.end } : {}),
      citation: category.citation,
    };
  });
}

/**
 * Lost income claimed for days that are also valued as labour may be counted twice. The statute
 * adds both, so this is a warning for the person and their lawyer, never a deduction.
 */
export function lostIncomeOverlaps(r: Restitution, citation: string): RestitutionWarning[] {
  if (r.periods.length === 0) return [];
  const warnings: RestitutionWarning[] = [];
  r.losses.forEach((loss, i) => {
    if (loss.category !== 'lost-income') return;
    const label = `Loss ${i + 1} ("${loss.description}")`;
    if (!loss.start && !loss.end) {
      warnings.push({
        code: 'lost-income-may-overlap',
        vars: { loss: i + 1, description: loss.description },
        message: `${label} is lost income with no dates. If it covers time that is also valued as work above, the court may treat it as counted twice; add its dates or explain why it is separate (for example, income lost after the trafficking ended).`,
        citation,
      });
      return;
    }
    const range = { start: loss.start ?? loss.end ?? '', end: loss.end ?? loss.start ?? '' };
    r.periods.forEach((p, j) => {
      if (overlaps(range, p))
        warnings.push({
          code: 'lost-income-overlaps-work',
          vars: {
            loss: i + 1,
            description: loss.description,
            period: j + 1,
            start: p.start,
            end: p.end,
          },
          message: `${label} covers days also valued as work in period ${j + 1} (${p.start} to ${p.end}). The court may treat the same days as counted twice; explain why the loss is separate or remove the overlap.`,
          citation,
        });
    });
  });
  return warnings;
}
