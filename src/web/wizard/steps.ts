import type { PackRegistry } from '../../jurisdictions/load-packs';
import type { Draft, Who } from './draft';

/** The wizard as data: a step's id is its URL and its view. */
export const STEP_IDS = [
  'start',
  'where',
  'record',
  'records',
  'records-table',
  'trafficking',
  'account',
  'outcome',
  'about',
  'check',
  'download',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export function isStepId(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value);
}

/** The attorney path asks the same things on fewer pages. */
export const PATHS: Record<Who, readonly StepId[]> = {
  self: [
    'start',
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
    'where',
    'records-table',
    'trafficking',
    'outcome',
    'about',
    'check',
    'download',
  ],
};

export function pathOf(draft: Draft): readonly StepId[] {
  return PATHS[draft.who ?? 'self'];
}

/** Has this step's answer been given (and accepted)? */
export function isDone(step: StepId, d: Draft, registry: PackRegistry): boolean {
  switch (step) {
    case 'start':
      return d.who !== undefined;
    case 'where':
      return (
        d.jurisdiction !== undefined && registry.get(d.jurisdiction)?.reliefs.vacatur !== undefined
      );
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
  const at = path.indexOf(step);
  return at >= 0 && at <= path.indexOf(firstOpenStep(d, registry));
}

export function stepNumber(step: StepId, d: Draft): { n: number; total: number } {
  const shown = pathOf(d).filter((s) => s !== 'records');
  return {
    n: Math.max(1, shown.indexOf(step === 'records' ? 'record' : step) + 1),
    total: shown.length,
  };
}

export function nextStep(step: StepId, d: Draft, registry: PackRegistry): StepId {
  const path = pathOf(d);
  // After a Change link: straight back to check your answers, unless the change opened a step to answer again.
  if (d.returnTo === 'check' && step !== 'record') {
    const open = firstOpenStep(d, registry);
    if (path.indexOf(open) >= path.indexOf('check')) return 'check';
    if (path.indexOf(open) > path.indexOf(step)) return open;
  }
  return path[path.indexOf(step) + 1] ?? 'download';
}

export function previousStep(step: StepId, d: Draft): StepId {
  if (step === 'record') return d.records.length > 0 ? 'records' : 'where';
  if (step === 'records') return 'where';
  const path = pathOf(d);
  return path[Math.max(0, path.indexOf(step) - 1)] ?? 'start';
}
