import type { Pack } from '../../../domain/pack-schema';
import type { PackRegistry } from '../../../jurisdictions/load-packs';
import { translate, type Lang, type MessageKey } from '../../i18n';
import { field, type FormBody } from '../checker';
import type { Draft } from '../draft';
import type { StepId } from '../flow';
import type { PageCtx, PageSpec } from '../page-types';
import type { Outcome, View } from './types';

export const t = (lang: Lang, key: MessageKey, vars?: Record<string, string | number>) =>
  translate(lang, key, vars);

export function packOf(ctx: { draft: Draft; registry: PackRegistry }): Pack | undefined {
  return ctx.draft.jurisdiction ? ctx.registry.get(ctx.draft.jurisdiction) : undefined;
}

/** Show a step's page (again, with errors; or another item). */
export function show(step: StepId, draft: Draft, view: View = {}): Outcome {
  return { kind: 'show', step, draft, ...view };
}

/** The answer is taken: on to the next step. */
export function next(draft: Draft): Outcome {
  return { kind: 'next', draft };
}

/** A list changed: what the person saw about the law or the claim must be seen again. */
export function afterListChange(d: Draft): Draft {
  return { ...d, outcomeSeen: false, claimSeen: false };
}

/** Which item of a list a page is about: the posted index, kept within the list (or one past it, to add). */
export function itemIndex(body: FormBody, size: number): number {
  return Math.min(Math.max(0, Number(field(body, 'index')) || 0), size);
}

/** Named fields exactly as posted (optionally under a prefix). */
export function pick<K extends string>(
  body: FormBody,
  names: readonly K[],
  prefix = '',
): Record<K, string> {
  return Object.fromEntries(names.map((n) => [n, field(body, `${prefix}${n}`)])) as Record<
    K,
    string
  >;
}

/** A radio list for the `choices` partial. */
export function choiceList(
  values: readonly string[],
  chosen: string,
  label: (v: string) => string,
  extra: (v: string) => { hint?: string; reveals?: boolean } = () => ({}),
) {
  return values.map((value) => ({
    value,
    label: label(value),
    checked: chosen === value,
    ...extra(value),
  }));
}

/**
 * A page asking one question with a few choices (who, relief), the step's answer checked; `keys`
 * names each choice's label and hint in the message catalogue.
 */
export function oneChoicePage<V extends string>(
  ctx: PageCtx,
  step: 'who' | 'relief',
  values: readonly V[],
  keys: (v: V) => { label: MessageKey; hint: MessageKey },
): PageSpec {
  const lang = ctx.draft.lang;
  const chosen = typeof ctx.typed === 'string' ? ctx.typed : (ctx.draft[step] ?? '');
  return {
    view: step,
    titleKey: `start.${step}`,
    step,
    model: {
      choices: choiceList(
        values,
        chosen,
        (v) => t(lang, keys(v as V).label),
        (v) => ({ hint: t(lang, keys(v as V).hint) }),
      ),
    },
  };
}
