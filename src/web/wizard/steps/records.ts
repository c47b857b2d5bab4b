import { checkAnother } from '../validate';
import { field } from '../checker';
import type { PageCtx, PageSpec } from '../page-types';
import { next, packOf, show } from './helpers';
import { recordRow } from './rows';
import type { StepModule } from './types';

function recordsPage(ctx: PageCtx): PageSpec {
  const pack = packOf(ctx);
  return {
    view: 'records',
    titleKey: 'records.title',
    step: 'records',
    model: {
      records: ctx.draft.records.map((r, i) => recordRow(r, i, pack, ctx.draft.lang)),
      count: ctx.draft.records.length,
      values: { another: typeof ctx.typed === 'string' ? ctx.typed : '' },
    },
  };
}

export const records: StepModule = {
  page: recordsPage,
  submit(s) {
    const r = checkAnother(s.body, s);
    if (!r.ok) return show('records', s.draft, { errors: r.errors });
    if (r.value === 'yes')
      return show('record', { ...s.draft, recordsDone: false }, { index: s.draft.records.length });
    return next({ ...s.draft, recordsDone: true });
  },
  typed: (s) => ({ typed: field(s.body, 'another') }),
};
