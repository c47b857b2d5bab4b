import { LOSS_CATEGORIES } from '../../../domain/case-schema';
import { emptyLoss, LOSS_FIELDS, type LossDraft } from '../draft';
import { checkLoss } from '../validate-restitution';
import { kept, putItem } from '../keep-on-back';
import type { PageCtx, PageSpec } from '../page-types';
import { afterListChange, itemIndex, next, packOf, pick, show } from './helpers';
import { categoryLabel } from './rows';
import type { StepModule } from './types';

function lossPage(ctx: PageCtx): PageSpec {
  const pack = packOf(ctx);
  const lang = ctx.draft.lang;
  const index = ctx.index ?? ctx.draft.losses.length;
  const values = (ctx.typed as LossDraft | undefined) ?? ctx.draft.losses[index] ?? emptyLoss();
  const categories = LOSS_CATEGORIES.map((k, i) => ({
    value: k,
    id: i === 0 ? 'category' : `category-${k}`,
    label: categoryLabel(pack, k, lang),
    checked: values.category === k,
  }));
  return {
    view: 'loss',
    titleKey: 'loss.titleN',
    titleVars: { n: index + 1 },
    step: 'loss',
    model: { index, values, categories },
  };
}

export const loss: StepModule = {
  page: lossPage,
  submit(s) {
    const index = itemIndex(s.body, s.draft.losses.length);
    const r = checkLoss(s.body, s);
    if (!r.ok) return show('loss', s.draft, { errors: r.errors, typed: r.typed, index });
    const losses = [...s.draft.losses];
    losses[index] = r.value;
    return next(afterListChange({ ...s.draft, losses }));
  },
  keep(s) {
    const d = s.draft;
    const v = kept(checkLoss(s.body, s));
    const losses = putItem(d.losses, itemIndex(s.body, d.losses.length), v);
    return { ...d, losses, claimSeen: false };
  },
  typed: (s) => ({
    typed: pick(s.body, LOSS_FIELDS),
    index: itemIndex(s.body, s.draft.losses.length),
  }),
};
