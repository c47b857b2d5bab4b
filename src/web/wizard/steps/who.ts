import { field } from '../checker';
import type { PageCtx, PageSpec } from '../page-types';
import { checkWhoOnly } from '../validate';
import { next, oneChoicePage, show } from './helpers';
import type { StepModule } from './types';

const WHO = ['self', 'attorney', 'clinic'] as const;

/** Who is filling this in: the person, an attorney or advocate, or a clinic (→ /clinic). */
function whoPage(ctx: PageCtx): PageSpec {
  return oneChoicePage(ctx, 'who', WHO, (v) => ({
    label: `start.who.${v}`,
    hint: `start.who.${v}Hint`,
  }));
}

export const who: StepModule = {
  page: whoPage,
  submit(s) {
    const r = checkWhoOnly(s.body, s);
    if (!r.ok) return show('who', s.draft, { errors: r.errors, typed: r.typed });
    // A clinic goes to the batch page, which asks what each client wants.
    if (r.value === 'clinic')
      return { kind: 'redirect', url: s.lang === 'es' ? '/clinic?lang=es' : '/clinic' };
    return next({ ...s.draft, who: r.value });
  },
  keep(s) {
    const r = checkWhoOnly(s.body, s);
    return r.ok && r.value !== 'clinic' ? { ...s.draft, who: r.value } : s.draft;
  },
  typed: (s) => ({ typed: field(s.body, 'who') }),
};
