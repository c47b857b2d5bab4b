import { assess } from '../../../domain/assess';
import { checkProblem } from '../check-errors';
import { recordQuestionsOf } from '../record-questions';
import { outcomeView } from '../outcome';
import { draftToAssessableCase } from '../to-case';
import type { PageCtx, PageSpec } from '../page-types';
import { next, packOf } from './helpers';
import type { StepModule } from './types';

function outcomePage(ctx: PageCtx): PageSpec {
  const pack = packOf(ctx);
  const parsed = draftToAssessableCase(ctx.draft, ctx.today, recordQuestionsOf(pack));
  if (!pack || !parsed.ok) {
    const problems = parsed.ok ? [] : parsed.errors.map((e) => checkProblem(e, ctx.draft));
    return {
      view: 'outcome',
      titleKey: 'outcome.title',
      step: 'outcome',
      model: { problems, outcome: undefined },
    };
  }
  const outcome = outcomeView(
    assess(parsed.value, pack, ctx.today),
    pack,
    ctx.draft.lang,
    ctx.draft.who === 'attorney',
  );
  return { view: 'outcome', titleKey: 'outcome.title', step: 'outcome', model: { outcome } };
}

/** What the law allows, record by record: read, then on. */
export const outcome: StepModule = {
  page: outcomePage,
  submit: (s) => next({ ...s.draft, outcomeSeen: true }),
};
