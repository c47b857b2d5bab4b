import type { CriminalCaseDraft } from '../draft';
import { checkCriminalCase } from '../validate-restitution';
import { blank, kept } from '../keep-on-back';
import type { PageCtx, PageSpec } from '../page-types';
import { next, pick, show, t } from './helpers';
import type { StepModule } from './types';

function criminalCasePage(ctx: PageCtx): PageSpec {
  const values: CriminalCaseDraft = (ctx.typed as CriminalCaseDraft | undefined) ??
    ctx.draft.criminalCase ?? { court: '', caseNumber: '', defendants: '' };
  return {
    view: 'criminal-case',
    titleKey: 'criminalCase.title',
    step: 'criminal-case',
    model: {
      values,
      courtHint: t(ctx.draft.lang, 'criminalCase.courtHintAny'),
    },
  };
}

export const criminalCase: StepModule = {
  page: criminalCasePage,
  submit(s) {
    const r = checkCriminalCase(s.body, s);
    if (!r.ok) return show('criminal-case', s.draft, { errors: r.errors, typed: r.typed });
    return next({ ...s.draft, criminalCase: r.value });
  },
  keep(s) {
    const v = kept(checkCriminalCase(s.body, s));
    return blank(v) ? s.draft : { ...s.draft, criminalCase: v };
  },
  typed: (s) => ({ typed: pick(s.body, ['court', 'caseNumber', 'defendants']) }),
};
