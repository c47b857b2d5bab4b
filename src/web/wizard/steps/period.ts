import { asksMarketRate as asksMarketRateIn } from '../../../domain/restitution-pack-schema';
import type { Pack } from '../../../domain/pack-schema';
import { emptyPeriod, PERIOD_FIELDS, type PeriodDraft } from '../draft';
import { checkPeriod } from '../validate-restitution';
import { kept, putItem } from '../keep-on-back';
import type { PageCtx, PageSpec } from '../page-types';
import { afterListChange, itemIndex, next, packOf, pick, show, t } from './helpers';
import type { StepModule } from './types';

/** Some laws value the work at a market rate too: the pack says whether it is asked. */
export function asksMarketRate(pack: Pack | undefined): boolean {
  return asksMarketRateIn(pack?.reliefs.restitution);
}

function periodPage(ctx: PageCtx): PageSpec {
  const pack = packOf(ctx);
  const index = ctx.index ?? ctx.draft.periods.length;
  const values =
    (ctx.typed as PeriodDraft | undefined) ?? ctx.draft.periods[index] ?? emptyPeriod();
  const federal = pack?.reliefs.restitution?.method === 'federal-1593';
  return {
    view: 'period',
    titleKey: 'period.titleN',
    titleVars: { n: index + 1 },
    step: 'period',
    model: {
      index,
      values,
      marketRate: asksMarketRate(pack),
      grossLabel: t(ctx.draft.lang, federal ? 'period.gross' : 'period.grossState'),
    },
  };
}

export const period: StepModule = {
  page: periodPage,
  submit(s) {
    const index = itemIndex(s.body, s.draft.periods.length);
    const others = s.draft.periods
      .map((p, j) => ({ n: j + 1, start: p.start, end: p.end }))
      .filter((_, j) => j !== index);
    const r = checkPeriod(s.body, s, s.marketRate, others);
    if (!r.ok) return show('period', s.draft, { errors: r.errors, typed: r.typed, index });
    const periods = [...s.draft.periods];
    periods[index] = r.value;
    return next(afterListChange({ ...s.draft, periods }));
  },
  keep(s) {
    const d = s.draft;
    const v = kept(checkPeriod(s.body, s, s.marketRate));
    const periods = putItem(d.periods, itemIndex(s.body, d.periods.length), v);
    return { ...d, periods, claimSeen: false };
  },
  typed: (s) => ({
    typed: pick(s.body, PERIOD_FIELDS),
    index: itemIndex(s.body, s.draft.periods.length),
  }),
};
