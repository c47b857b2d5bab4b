import { asksMarketRate } from './period';
import { checkAnother } from '../validate';
import { field } from '../checker';
import type { PageCtx, PageSpec } from '../page-types';
import { next, packOf, show } from './helpers';
import { periodRow } from './rows';
import type { StepModule } from './types';

function periodsPage(ctx: PageCtx): PageSpec {
  return {
    view: 'periods',
    titleKey: 'periods.title',
    step: 'periods',
    model: {
      periods: ctx.draft.periods.map((p, i) => periodRow(p, i, ctx.draft.lang)),
      count: ctx.draft.periods.length,
      marketRate: asksMarketRate(packOf(ctx)),
      values: { another: typeof ctx.typed === 'string' ? ctx.typed : '' },
    },
  };
}

export const periods: StepModule = {
  page: periodsPage,
  submit(s) {
    const r = checkAnother(s.body, s, 'field.anotherPeriod');
    if (!r.ok) return show('periods', s.draft, { errors: r.errors });
    if (r.value === 'yes')
      return show('period', { ...s.draft, periodsDone: false }, { index: s.draft.periods.length });
    return next({ ...s.draft, periodsDone: true });
  },
  typed: (s) => ({ typed: field(s.body, 'another') }),
};
