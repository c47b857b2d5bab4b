import { field } from '../checker';
import type { PageCtx, PageSpec } from '../page-types';
import { checkWhoOnly } from '../validate';
import { choiceList, next, show, t } from './helpers';
import type { StepModule } from './types';

const WHO = ['self', 'attorney', 'clinic'] as const;

/** Who is filling this in: the person, an attorney or advocate, or a clinic (→ /clinic). */
function whoPage(ctx: PageCtx): PageSpec {
  const lang = ctx.draft.lang;
  const chosen = typeof ctx.typed === 'string' ? ctx.typed : (ctx.draft.who ?? '');
  return {
    view: 'who',
    titleKey: 'start.who',
    step: 'who',
    model: {
      choices: choiceList(
        WHO,
        chosen,
        (v) => t(lang, `start.who.${v as (typeof WHO)[number]}`),
        (v) => ({ hint: t(lang, `start.who.${v as (typeof WHO)[number]}Hint`) }),
      ),
    },
  };
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
