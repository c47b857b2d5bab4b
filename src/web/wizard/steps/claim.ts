import { assess } from '../../../domain/assess';
import { checkProblem } from '../check-errors';
import { NO_RECORD_QUESTIONS } from '../record-questions';
import { claimView } from '../claim';
import { draftToAssessableCase } from '../to-case';
import type { PageCtx, PageSpec } from '../page-types';
import { next, packOf } from './helpers';
import type { StepModule } from './types';

function claimPage(ctx: PageCtx): PageSpec {
  const pack = packOf(ctx);
  const parsed = draftToAssessableCase(ctx.draft, ctx.today, NO_RECORD_QUESTIONS);
  if (!pack || !parsed.ok)
    return {
      view: 'claim',
      titleKey: 'claim.title',
      step: 'claim',
      model: {
        problems: parsed.ok ? [] : parsed.errors.map((e) => checkProblem(e, ctx.draft)),
        claim: undefined,
      },
    };
  const claim = claimView(assess(parsed.value, pack, ctx.today), pack, ctx.draft.lang);
  const law = pack.reliefs.restitution?.law.mandatory;
  return {
    view: 'claim',
    titleKey: 'claim.title',
    step: 'claim',
    model: {
      claim,
      law: law
        ? {
            ...(ctx.draft.lang === 'es' && law.messageEs
              ? { text: law.messageEs, en: false }
              : { text: law.message, en: ctx.draft.lang !== 'en' }),
            citation: law.citation,
          }
        : undefined,
    },
  };
}

/** What the claim comes to: read, then on. */
export const claim: StepModule = {
  page: claimPage,
  submit: (s) => next({ ...s.draft, claimSeen: true }),
};
