import { checkWho } from '../validate';
import { field } from '../checker';
import type { PageCtx, PageSpec } from '../page-types';
import { firstOpenStep } from '../flow';
import { afterListChange, next, show } from './helpers';
import type { StepModule } from './types';

/** The start page asks nothing: a short lead, the Start button, and the rest folded away. */
function startPage(_ctx: PageCtx): PageSpec {
  return { view: 'start', titleKey: 'start.title', step: 'start', model: {} };
}

export const start: StepModule = {
  page: startPage,
  submit(s) {
    // A start page opened before who and what had their own pages posts both answers here: take
    // them when they are whole, so that page still works; otherwise ask the first question.
    if (field(s.body, 'who') || field(s.body, 'relief')) {
      const r = checkWho(s.body, s);
      const who = r.ok ? r.value.who : undefined;
      if (who === 'clinic')
        return { kind: 'redirect', url: s.lang === 'es' ? '/clinic?lang=es' : '/clinic' };
      if (r.ok && who) {
        const relief = r.value.relief || 'vacatur';
        const base = relief !== s.draft.relief ? afterListChange(s.draft) : s.draft;
        const draft = { ...base, who, relief };
        return show(firstOpenStep(draft, s.registry), draft);
      }
    }
    return next(s.draft);
  },
};
