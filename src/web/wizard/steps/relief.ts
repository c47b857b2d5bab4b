import { field } from '../checker';
import type { PageCtx, PageSpec } from '../page-types';
import { checkRelief } from '../validate';
import { afterListChange, choiceList, next, show, t } from './helpers';
import type { StepModule } from './types';

const RELIEFS = ['vacatur', 'restitution'] as const;

/** What the person wants to ask a court for: to clear a record, or restitution. */
function reliefPage(ctx: PageCtx): PageSpec {
  const lang = ctx.draft.lang;
  const chosen = typeof ctx.typed === 'string' ? ctx.typed : (ctx.draft.relief ?? '');
  return {
    view: 'relief',
    titleKey: 'start.relief',
    step: 'relief',
    model: {
      choices: choiceList(
        RELIEFS,
        chosen,
        (v) => t(lang, `start.relief.${v as (typeof RELIEFS)[number]}`),
        (v) => ({ hint: t(lang, `start.relief.${v as (typeof RELIEFS)[number]}Hint`) }),
      ),
    },
  };
}

export const relief: StepModule = {
  page: reliefPage,
  submit(s) {
    const r = checkRelief(s.body, s);
    if (!r.ok) return show('relief', s.draft, { errors: r.errors, typed: r.typed });
    // Another relief asks other questions: what was seen about the law must be seen again.
    const draft = r.value !== s.draft.relief ? afterListChange(s.draft) : s.draft;
    return next({ ...draft, relief: r.value });
  },
  keep(s) {
    const r = checkRelief(s.body, s);
    if (!r.ok) return s.draft;
    const draft = r.value !== s.draft.relief ? afterListChange(s.draft) : s.draft;
    return { ...draft, relief: r.value };
  },
  typed: (s) => ({ typed: field(s.body, 'relief') }),
};
