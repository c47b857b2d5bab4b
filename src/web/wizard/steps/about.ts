import { ATTORNEY_FIELDS, type Draft, PERSON_FIELDS, reliefOf } from '../draft';
import { checkAbout } from '../validate';
import { blank, kept } from '../keep-on-back';
import type { PageCtx, PageSpec } from '../page-types';
import { next, pick, show } from './helpers';
import type { StepModule } from './types';

function aboutPage(ctx: PageCtx): PageSpec {
  const typed = ctx.typed as { person: Draft['person']; attorney?: Draft['attorney'] } | undefined;
  const values = {
    ...(typed?.person ?? ctx.draft.person ?? {}),
    ...(typed?.attorney ?? ctx.draft.attorney ?? {}),
  };
  const attorney = ctx.draft.who === 'attorney';
  return {
    view: 'about',
    titleKey: attorney ? 'about.titleAttorney' : 'about.title',
    step: 'about',
    model: { values, attorney, restitution: reliefOf(ctx.draft) === 'restitution' },
  };
}

export const about: StepModule = {
  page: aboutPage,
  submit(s) {
    const r = checkAbout(s.body, s, s.draft.who === 'attorney');
    if (!r.ok) return show('about', s.draft, { errors: r.errors, typed: r.typed });
    return next({
      ...s.draft,
      person: r.value.person,
      ...(r.value.attorney ? { attorney: r.value.attorney } : {}),
    });
  },
  keep(s) {
    const v = kept(checkAbout(s.body, s, s.draft.who === 'attorney'));
    if (blank(v)) return s.draft;
    return { ...s.draft, person: v.person, ...(v.attorney ? { attorney: v.attorney } : {}) };
  },
  typed: (s) => ({
    typed: {
      person: pick(s.body, PERSON_FIELDS),
      ...(s.draft.who === 'attorney' ? { attorney: pick(s.body, ATTORNEY_FIELDS) } : {}),
    },
  }),
};
