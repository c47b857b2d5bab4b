import { checkWho } from '../validate';
import type { PageCtx, PageSpec } from '../page-types';
import { afterListChange, next, pick, show } from './helpers';
import type { StepModule } from './types';

function startPage(ctx: PageCtx): PageSpec {
  const typed = ctx.typed as { who?: string; relief?: string } | undefined;
  return {
    view: 'start',
    titleKey: 'start.title',
    step: 'start',
    model: {
      values: {
        who: typed?.who ?? ctx.draft.who ?? '',
        relief: typed?.relief ?? ctx.draft.relief ?? '',
      },
    },
  };
}

export const start: StepModule = {
  page: startPage,
  submit(s) {
    const r = checkWho(s.body, s);
    if (!r.ok) return show('start', s.draft, { errors: r.errors, typed: r.typed });
    if (r.value.who === 'clinic')
      return { kind: 'redirect', url: s.lang === 'es' ? '/clinic?lang=es' : '/clinic' };
    const relief = r.value.relief || 'vacatur';
    const draft = relief !== s.draft.relief ? afterListChange(s.draft) : s.draft;
    return next({ ...draft, who: r.value.who, relief });
  },
  typed: (s) => ({ typed: pick(s.body, ['who', 'relief']) }),
};
