import { LOSS_CATEGORIES } from '../../../domain/case-schema';
import { checkAnother } from '../validate';
import { field } from '../checker';
import type { PageCtx, PageSpec } from '../page-types';
import { next, packOf, show, t } from './helpers';
import { categoryLabel, lossRow } from './rows';
import type { StepModule } from './types';

function lossesPage(ctx: PageCtx): PageSpec {
  const pack = packOf(ctx);
  const lang = ctx.draft.lang;
  return {
    view: 'losses',
    titleKey: 'losses.title',
    step: 'losses',
    model: {
      losses: ctx.draft.losses.map((l, i) => lossRow(l, i, pack, lang)),
      count: ctx.draft.losses.length,
      categories: LOSS_CATEGORIES.map((k) => categoryLabel(pack, k, lang)),
      legend: t(lang, ctx.draft.losses.length ? 'losses.another' : 'losses.any'),
      values: { another: typeof ctx.typed === 'string' ? ctx.typed : '' },
    },
  };
}

export const losses: StepModule = {
  page: lossesPage,
  submit(s) {
    const r = checkAnother(s.body, s, 'field.anotherLoss');
    if (!r.ok) return show('losses', s.draft, { errors: r.errors });
    if (r.value === 'yes')
      return show('loss', { ...s.draft, lossesDone: false }, { index: s.draft.losses.length });
    return next({ ...s.draft, lossesDone: true });
  },
  typed: (s) => ({ typed: field(s.body, 'another') }),
};
