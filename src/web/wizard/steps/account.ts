import { checkNarrative } from '../validate';
import { field } from '../checker';
import { kept } from '../keep-on-back';
import type { PageCtx, PageSpec } from '../page-types';
import { next, show } from './helpers';
import type { StepModule } from './types';

function accountPage(ctx: PageCtx): PageSpec {
  const narrative = typeof ctx.typed === 'string' ? ctx.typed : (ctx.draft.narrative ?? '');
  return {
    view: 'account',
    titleKey: 'account.title',
    step: 'account',
    model: { values: { narrative } },
  };
}

export const account: StepModule = {
  page: accountPage,
  submit(s) {
    const r = checkNarrative(s.body, s);
    if (!r.ok) return show('account', s.draft, { errors: r.errors, typed: r.typed });
    return next({ ...s.draft, narrative: r.value });
  },
  keep: (s) => ({ ...s.draft, narrative: kept(checkNarrative(s.body, s)) }),
  typed: (s) => ({ typed: field(s.body, 'narrative') }),
};
