import type { MessageKey } from '../../i18n';
import { field } from '../checker';
import type { Draft } from '../draft';
import type { PageSpec } from '../page-types';
import { afterListChange, show, t } from './helpers';
import type { Outcome, SubmitCtx } from './types';

/** The add-another lists: the summary page, its item page and where the items live in the draft. */
export const LISTS = {
  records: { item: 'record', key: 'records', done: 'recordsDone' },
  periods: { item: 'period', key: 'periods', done: 'periodsDone' },
  losses: { item: 'loss', key: 'losses', done: 'lossesDone' },
} as const;
export type ListStep = keyof typeof LISTS;

export const LIST_OF_ITEM: Record<string, ListStep> = {
  record: 'records',
  period: 'periods',
  loss: 'losses',
};

export const isListStep = (s: string): s is ListStep =>
  Object.prototype.hasOwnProperty.call(LISTS, s);

function removeItem(d: Draft, step: ListStep, i: number): Draft {
  switch (step) {
    case 'records':
      return { ...d, records: d.records.filter((_, j) => j !== i) };
    case 'periods':
      return { ...d, periods: d.periods.filter((_, j) => j !== i) };
    case 'losses':
      return { ...d, losses: d.losses.filter((_, j) => j !== i) };
  }
}

/**
 * A summary page's own buttons: keep (after "are you sure?"), edit:<i> and remove:<i>. Removing
 * asks first; only the confirm page's own button removes. Undefined: not a list button.
 */
export function listAction(action: string, step: ListStep, s: SubmitCtx): Outcome | undefined {
  const list = LISTS[step];
  let draft = s.draft;
  if (action === 'keep') return show(step, draft);
  if (!action.startsWith('edit:') && !action.startsWith('remove:')) return undefined;
  const i = Number(action.split(':')[1]);
  const items: readonly unknown[] = draft[list.key];
  if (!Number.isInteger(i) || i < 0 || i >= items.length) return show(step, draft);
  if (action.startsWith('edit:')) return show(list.item, draft, { index: i });
  if (field(s.body, 'confirm') !== 'yes')
    return { kind: 'special', special: { name: 'confirm-remove', list: step, index: i }, draft };
  draft = afterListChange(removeItem(draft, step, i));
  // An empty list of records or periods asks for the first one again; losses may be none.
  if (draft[list.key].length === 0 && step !== 'losses')
    return show(list.item, { ...draft, [list.done]: false });
  return show(step, draft);
}

/** "Remove record 2?" */
export function confirmRemovePage(d: Draft, step: ListStep, i: number): PageSpec {
  const what = {
    records: 'record.titleN',
    periods: 'remove.periodN',
    losses: 'remove.lossN',
  } as const satisfies Record<ListStep, MessageKey>;
  const name = t(d.lang, what[step], { n: i + 1 });
  const r = step === 'records' ? d.records[i] : undefined;
  return {
    view: 'confirm-remove',
    titleKey: 'remove.title',
    titleVars: { name },
    step,
    model: {
      index: i,
      name,
      detail: r ? [r.offense, r.arrestDate].filter(Boolean).join(', ') : '',
    },
  };
}
