import type { PackRegistry } from '../../../jurisdictions/load-packs';
import { isLang } from '../../i18n';
import { firstOpenStep, isReachable, isStepId, nextStep, previousStep, type StepId } from '../flow';
import type { ShownPage } from '../view-cookie';
import { STEPS } from './index';
import { LIST_OF_ITEM, LISTS, isListStep, listAction } from './lists';
import type { Outcome, SubmitCtx } from './types';

/** What a post does: the buttons every page has, then the step's own. */
export function dispatch(s: SubmitCtx, action: string): Outcome {
  const { step, registry } = s;
  let draft = s.draft;
  const mod = STEPS[step];
  const open = (): Outcome => ({ kind: 'show', step: firstOpenStep(draft, registry), draft });
  if (action === 'lang' || action.startsWith('lang:')) {
    const to = action.slice(5);
    if (isLang(to)) draft = { ...draft, lang: to };
    if (!isReachable(step, draft, registry)) return open();
    return { kind: 'show', step, draft, ...mod.typed?.({ ...s, draft }) };
  }
  if (step !== 'start' && !isReachable(step, draft, registry)) return open();
  if (action === 'back') {
    // What was typed on this page is kept, checked or not (each step's `keep`).
    draft = mod.keep?.(s) ?? draft;
    return { kind: 'show', step: previousStep(step, draft), draft };
  }
  if (action.startsWith('change:')) {
    const [, target, index] = action.split(':');
    if (!target || !isStepId(target) || !isReachable(target, draft, registry)) return open();
    draft = { ...draft, returnTo: 'check' };
    const i = Number(index);
    const list = LIST_OF_ITEM[target];
    const size = list ? draft[LISTS[list].key].length : 0;
    return {
      kind: 'show',
      step: target,
      draft,
      ...(Number.isInteger(i) && i >= 0 && i < size ? { index: i } : {}),
    };
  }
  const listed = isListStep(step) ? listAction(action, step, s) : undefined;
  if (listed) return listed;
  const own = mod.actions?.[action];
  return own ? own(s) : mod.submit(s);
}

export function shownOf(
  step: StepId,
  out: Exclude<Outcome, { kind: 'redirect' }>,
  registry: PackRegistry,
): ShownPage {
  switch (out.kind) {
    case 'next':
      return { step: nextStep(step, out.draft, registry), draft: out.draft };
    case 'special':
      return {
        step: out.special.name === 'confirm-remove' ? out.special.list : 'where',
        draft: out.draft,
        special: out.special,
      };
    case 'show': {
      const { kind: _kind, ...page } = out;
      return page;
    }
  }
}
