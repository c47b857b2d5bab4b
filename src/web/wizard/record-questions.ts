import { DISPOSITIONS } from '../../domain/case-schema';
import type { CourtChoice, Pack } from '../../domain/pack-schema';

/**
 * Which record questions a place asks, and their choices: the pack says (`recordQuestions` in its
 * vacatur relief, docs/authoring.md), because its rules turn on these facts (a child victim, the
 * place of arrest, which court). Nothing here names a place.
 */

/** "How did the case end?": a conviction, or one of the case schema's dispositions. */
export const CASE_ENDS = [
  'pending',
  'convicted',
  'dismissed',
  'dismissed-on-government-motion',
  'acquitted',
  'not-prosecuted',
  'other',
] as const satisfies readonly ('convicted' | (typeof DISPOSITIONS)[number])[];
export type CaseEnd = (typeof CASE_ENDS)[number];

/** The wizard's own court choices, after a pack's: a court not listed, and "I don't know". */
export const OWN_COURT_CHOICES = ['other', 'unknown'] as const;

export const CHILD_VICTIM_ANSWERS = ['yes', 'no', 'unknown'] as const;

export interface RecordQuestions {
  /** Choose the court from this list (then "another court" and "I don't know"); empty: free text. */
  courtChoices: readonly CourtChoice[];
  /** An exact court name shown as an example beside the choices. */
  courtExample?: string;
  /** Where the arrest happened: a motion about an arrest may go to the court for that place. */
  arrestPlace: boolean;
  /** Was a child a victim of the offense: some relief excludes these. */
  childVictim: boolean;
}

export const NO_RECORD_QUESTIONS: RecordQuestions = {
  courtChoices: [],
  arrestPlace: false,
  childVictim: false,
};

export function recordQuestionsOf(pack: Pack | undefined): RecordQuestions {
  const q = pack?.reliefs.vacatur?.recordQuestions;
  if (!q) return NO_RECORD_QUESTIONS;
  return {
    courtChoices: q.courtChoices ?? [],
    ...(q.courtExample ? { courtExample: q.courtExample } : {}),
    arrestPlace: q.arrestPlace === true,
    childVictim: q.childVictim === true,
  };
}

/** Every value the court choice may take: the pack's ids, then the wizard's own. */
export function courtKinds(asks: RecordQuestions): string[] {
  return [...asks.courtChoices.map((c) => c.id), ...OWN_COURT_CHOICES];
}

/** The court's name for the case: the exact name when typed, else the chosen court's name. */
export function courtName(asks: RecordQuestions, kind: string, exact: string): string {
  if (exact.trim()) return exact.trim();
  return asks.courtChoices.find((c) => c.id === kind)?.courtName ?? '';
}

/**
 * A court name from a saved file → the choice to preselect and the exact name to show. A name that
 * is only the choice's own name shows no exact name; an unrecognised one is "another court".
 */
export function courtChoiceOf(
  asks: RecordQuestions,
  court: string,
): { courtKind: string; court: string } {
  const name = court.trim();
  if (!name) return { courtKind: '', court: '' };
  const choice = asks.courtChoices.find((c) => c.matches && new RegExp(c.matches, 'i').test(name));
  if (!choice) return { courtKind: 'other', court: name };
  return { courtKind: choice.id, court: choice.courtName === name ? '' : name };
}
