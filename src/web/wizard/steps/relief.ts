import { field } from '../checker';
import type { PageCtx, PageSpec } from '../page-types';
import { checkRelief } from '../validate';
import { afterListChange, next, oneChoicePage, show } from './helpers';
import type { StepModule } from './types';

const RELIEFS = ['vacatur', 'restitution'] as const;

/** What the person wants to ask a court for: to clear a record, or restitution. */
function reliefPage(ctx: PageCtx): PageSpec {
  return oneChoicePage(ctx, 'relief', RELIEFS, (v) => ({
    label: `start.relief.${v}`,
    hint: `start.relief.${v}Hint`,
  }));
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
