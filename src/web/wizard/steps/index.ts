import { translate } from '../../i18n';
import type { Draft } from '../draft';
import { stepNumber, type StepId } from '../flow';
import { about } from './about';
import { account } from './account';
import { check } from './check';
import { claim } from './claim';
import { criminalCase } from './criminal-case';
import { download } from './download';
import { loss } from './loss';
import { losses } from './losses';
import { outcome } from './outcome';
import { period } from './period';
import { periods } from './periods';
import { record } from './record';
import { records } from './records';
import { relief } from './relief';
import { recordsTable } from './records-table';
import { start } from './start';
import { trafficking } from './trafficking';
import type { StepModule } from './types';
import { where } from './where';
import { who } from './who';

/** The wizard as a table: each step's page and what its form does. The paths are in flow.ts. */
export const STEPS: Record<StepId, StepModule> = {
  start,
  who,
  relief,
  where,
  record,
  records,
  'records-table': recordsTable,
  trafficking,
  account,
  outcome,
  'criminal-case': criminalCase,
  period,
  periods,
  losses,
  loss,
  claim,
  about,
  check,
  download,
};

export function progressOf(step: StepId, d: Draft): string {
  const { n, total } = stepNumber(step, d);
  return translate(d.lang, 'step.of', { n, total });
}

export * from '../flow';
export type { Outcome, Special, StepModule, SubmitCtx, View } from './types';
