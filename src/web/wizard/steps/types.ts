import type { FieldError } from '../../../domain/case-schema';
import type { Pack } from '../../../domain/pack-schema';
import type { PackRegistry } from '../../../jurisdictions/load-packs';
import type { Lang } from '../../i18n';
import type { FormBody } from '../checker';
import type { Draft } from '../draft';
import type { StepId } from '../flow';
import type { PageCtx, PageSpec } from '../page-types';
import type { RecordQuestions } from '../record-questions';

/** How a step's page is shown: errors and typed answers to show again, which item, how many rows. */
export interface View {
  errors?: FieldError[];
  typed?: unknown;
  index?: number;
  rows?: number;
}

/** A page that belongs to a step but is not its own page. */
export type Special =
  | { name: 'no-law' }
  | { name: 'no-restitution'; code: string }
  | { name: 'confirm-remove'; list: 'records' | 'periods' | 'losses'; index: number };

/** What a step answers to a post: a page to show, the next step, a special page, or another address. */
export type Outcome =
  | ({ kind: 'show'; step: StepId; draft: Draft } & View)
  | { kind: 'next'; draft: Draft }
  | { kind: 'special'; special: Special; draft: Draft }
  | { kind: 'redirect'; url: string };

/** What a step reads when a page is posted: the form, the draft so far and the place's questions. */
export interface SubmitCtx {
  step: StepId;
  body: FormBody;
  draft: Draft;
  lang: Lang;
  today: string;
  registry: PackRegistry;
  pack: Pack | undefined;
  asks: RecordQuestions;
  /** Whether the pack asks a market rate for the work (restitution). */
  marketRate: boolean;
}

/**
 * One step of the wizard: its page, and what Continue, Back and a change of language do with what
 * was posted. Adding a question is one of these, its view (`views/pages/<id>.hbs`) and its messages.
 */
export interface StepModule {
  /** The page, from the draft (and typed answers or errors, when there are some). */
  page(ctx: PageCtx): PageSpec;
  /** Continue: read the page's answers, check them, and apply them to the draft (or show errors). */
  submit(s: SubmitCtx): Outcome;
  /** Back: what was typed kept in the draft, checked or not (no errors shown). Default: nothing kept. */
  keep?(s: SubmitCtx): Draft;
  /** A change of language: what was typed, exactly as typed, to show again unchecked. */
  typed?(s: SubmitCtx): View;
  /** The page's own other buttons (`_action` values), e.g. "add rows". */
  actions?: Record<string, (s: SubmitCtx) => Outcome>;
}
