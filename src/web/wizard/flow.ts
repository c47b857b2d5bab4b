import { answersRelief, type Pack } from '../../domain/pack-schema';
import type { PackRegistry } from '../../jurisdictions/load-packs';
import { reliefOf, type Draft, type Relief, type Who } from './draft';

/** The wizard as data: a step's id is its URL and its view. */
export const STEP_IDS = [
  'start',
  'who',
  'relief',
  'where',
  'record',
  'records',
  'records-table',
  'trafficking',
  'account',
  'outcome',
  'criminal-case',
  'period',
  'periods',
  'losses',
  'loss',
  'claim',
  'about',
  'check',
  'download',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export function isStepId(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value);
}

const RESTITUTION_PATH: readonly StepId[] = [
  'start',
  'who',
  'relief',
  'where',
  'criminal-case',
  'period',
  'periods',
  'losses',
  'claim',
  'about',
  'check',
  'download',
];

/**
 * The attorney path asks the same things on fewer pages. Restitution is one path for both: the
 * attorney's details are asked on "about", and the packet adds the motion for a represented person.
 * `loss` is not on a path: it is reached from `losses` (a person may have no losses to add).
 */
export const PATHS: Record<Relief, Record<Who, readonly StepId[]>> = {
  vacatur: {
    self: [
      'start',
      'who',
      'relief',
      'where',
      'record',
      'records',
      'trafficking',
      'account',
      'outcome',
      'about',
      'check',
      'download',
    ],
    attorney: [
      'start',
      'who',
      'relief',
      'where',
      'records-table',
      'trafficking',
      'outcome',
      'about',
      'check',
      'download',
    ],
  },
  restitution: { self: RESTITUTION_PATH, attorney: RESTITUTION_PATH },
};

export function pathOf(draft: Draft): readonly StepId[] {
  return PATHS[reliefOf(draft)][draft.who ?? 'self'];
}

/** A page reached from another page of the path, and counted as that page. */
function onPathAs(step: StepId): StepId {
  return step === 'loss' ? 'losses' : step;
}

const answers = (pack: Pack | undefined, relief: Relief): boolean =>
  pack !== undefined && answersRelief(pack, relief);

/** Has this step's answer been given (and accepted)? */
export function isDone(step: StepId, d: Draft, registry: PackRegistry): boolean {
  switch (step) {
    case 'start':
      // The start page asks nothing: its button leads to the first question.
      return true;
    case 'who':
      return d.who !== undefined;
    case 'relief':
      return d.relief !== undefined;
    case 'where':
      return answers(d.jurisdiction ? registry.get(d.jurisdiction) : undefined, reliefOf(d));
    case 'record':
      return d.records.length > 0;
    case 'records':
    case 'records-table':
      return d.records.length > 0 && d.recordsDone === true;
    case 'trafficking':
      return d.trafficking !== undefined && (d.who !== 'attorney' || d.narrative !== undefined);
    case 'account':
      return d.narrative !== undefined;
    case 'outcome':
      return d.outcomeSeen === true;
    case 'criminal-case':
      return d.criminalCase !== undefined;
    case 'period':
      return d.periods.length > 0;
    case 'periods':
      return d.periods.length > 0 && d.periodsDone === true;
    case 'losses':
    case 'loss':
      return d.lossesDone === true;
    case 'claim':
      return d.claimSeen === true;
    case 'about':
      return d.person !== undefined && (d.who !== 'attorney' || d.attorney !== undefined);
    case 'check':
      return true;
    case 'download':
      return false;
  }
}

/** The furthest step this draft may be on: the first one not yet answered. */
export function firstOpenStep(d: Draft, registry: PackRegistry): StepId {
  const path = pathOf(d);
  return path.find((s) => !isDone(s, d, registry)) ?? 'download';
}

/** A step may be shown only when every step before it on the path is answered. */
export function isReachable(step: StepId, d: Draft, registry: PackRegistry): boolean {
  const path = pathOf(d);
  const at = path.indexOf(onPathAs(step));
  return at >= 0 && at <= path.indexOf(firstOpenStep(d, registry));
}

/** The pages a person counts: an item page and its summary are one step. */
const SUMMARY_OF: Partial<Record<StepId, StepId>> = { records: 'record', periods: 'period' };

export function stepNumber(step: StepId, d: Draft): { n: number; total: number } {
  const shown: readonly StepId[] = pathOf(d).filter(
    (s) => s !== 'start' && s !== 'records' && s !== 'periods',
  );
  const as = SUMMARY_OF[step] ?? onPathAs(step);
  return { n: Math.max(1, shown.indexOf(as) + 1), total: shown.length };
}

/** Item pages go to their summary, except after a Change link, which returns to the check page. */
export function nextStep(step: StepId, d: Draft, registry: PackRegistry): StepId {
  if (step === 'loss') return 'losses';
  const path = pathOf(d);
  // After a Change link: straight back to check your answers (an item page skips its summary),
  // unless the change opened a step to answer again (a changed record shows the outcome again).
  if (d.returnTo === 'check') {
    const open = firstOpenStep(d, registry);
    if (path.indexOf(open) >= path.indexOf('check')) return 'check';
    if (path.indexOf(open) > path.indexOf(step)) return open;
  }
  return path[path.indexOf(step) + 1] ?? 'download';
}

export function previousStep(step: StepId, d: Draft): StepId {
  if (step === 'record') return d.records.length > 0 ? 'records' : 'where';
  if (step === 'records') return 'where';
  if (step === 'period') return d.periods.length > 0 ? 'periods' : 'criminal-case';
  if (step === 'periods') return 'criminal-case';
  if (step === 'loss') return 'losses';
  const path = pathOf(d);
  return path[Math.max(0, path.indexOf(step) - 1)] ?? 'start';
}
