import { DISPOSITIONS } from '../../domain/case-schema';

/**
 * Which record questions a place asks, and their choices. The rules of a pack turn on these facts
 * (federal: child victim, place of arrest; New York: which court), so the questions follow the pack.
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

/** New York's criminal courts, and the name each puts on the papers when no exact name is given. */
export const NY_COURTS = {
  'nyc-criminal': 'Criminal Court of the City of New York',
  city: 'City Court',
  district: 'District Court',
  'town-village': 'Town or Village Court',
  county: 'County Court',
  supreme: 'Supreme Court of the State of New York',
  family: 'Family Court',
  other: '',
  unknown: '',
} as const;
export type NyCourt = keyof typeof NY_COURTS;
export const NY_COURT_KINDS = Object.keys(NY_COURTS) as NyCourt[];

export const CHILD_VICTIM_ANSWERS = ['yes', 'no', 'unknown'] as const;

export interface RecordQuestions {
  /** Choose the court from a list (with "I don't know"), the exact name optional. */
  courtChoices: boolean;
  /** Where the arrest happened: a federal arrest motion goes to the court for that place. */
  arrestPlace: boolean;
  /** Was a child a victim of the offense: federal expungement excludes some of these. */
  childVictim: boolean;
}

export function recordQuestionsFor(jurisdiction: string | undefined): RecordQuestions {
  return {
    courtChoices: jurisdiction === 'US-NY',
    arrestPlace: jurisdiction === 'US-FED',
    childVictim: jurisdiction === 'US-FED',
  };
}

/** The court's name for the case: the exact name when typed, else the chosen kind's name. */
export function courtName(kind: string, exact: string): string {
  if (exact.trim()) return exact.trim();
  return Object.prototype.hasOwnProperty.call(NY_COURTS, kind) ? NY_COURTS[kind as NyCourt] : '';
}

const NY_PATTERNS: readonly [RegExp, NyCourt][] = [
  [/criminal court of the city of new york|^(?:nyc|new york city) criminal court/i, 'nyc-criminal'],
  [/supreme court/i, 'supreme'],
  [/family court/i, 'family'],
  [/county court/i, 'county'],
  [/district court/i, 'district'],
  [/\bcity court/i, 'city'],
  [/\b(?:town|village|justice) court|court of the (?:town|village)/i, 'town-village'],
];

/**
 * A New York court name from a saved file → the kind to preselect and the exact name to show.
 * A name that is only the kind's own name shows no exact name; an unrecognised one is "another court".
 */
export function nyCourtOf(court: string): { courtKind: string; court: string } {
  const name = court.trim();
  if (!name) return { courtKind: '', court: '' };
  const kind = NY_PATTERNS.find(([re]) => re.test(name))?.[1] ?? 'other';
  return { courtKind: kind, court: NY_COURTS[kind] === name ? '' : name };
}
