import type { FieldError } from '../../domain/case-schema';
import type { PackRegistry } from '../../jurisdictions/load-packs';
import type { MessageKey } from '../i18n';
import type { Draft } from './draft';
import type { StepId } from './flow';

export interface PageSpec {
  view: string;
  titleKey: MessageKey;
  titleVars?: Record<string, string | number>;
  step?: StepId;
  model: Record<string, unknown>;
}

export interface PageCtx {
  draft: Draft;
  registry: PackRegistry;
  today: string;
  errors: FieldError[];
  /** Typed answers to show again (after an error or a change of language); otherwise the draft's own. */
  typed?: unknown;
  index?: number;
  rows?: number;
}
