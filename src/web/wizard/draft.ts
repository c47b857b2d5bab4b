import type { Lang } from '../i18n';

/** One record as typed into the wizard: every field kept as text so a failed page can show it again. */
export interface RecordDraft {
  offense: string;
  description: string;
  arrestDate: string;
  convicted: string;
  convictionDate: string;
  court: string;
  county: string;
  docketNumber: string;
  juvenile: string;
  /** How the case ended: 'convicted' or a case-schema disposition ('' = not answered). */
  disposition: string;
  /** Sentenced to prison or jail: 'yes', 'no' or '' (asked for a conviction). */
  imprisoned: string;
  offenseDate: string;
  /** 'yes', 'no', 'unknown' or '' (asked for federal records). */
  childVictim: string;
  arrestPlace: string;
  /** Which court, where the pack offers choices (its ids, 'other'); 'unknown' = I don't know. */
  courtKind: string;
}

export interface TraffickingDraft {
  types: string[];
  startDate: string;
  endDate: string;
  servicesSoughtDate: string;
  documentation: string[];
}

export interface PersonDraft {
  legalName: string;
  otherNames: string;
  dateOfBirth: string;
  line1: string;
  line2: string;
  city: string;
  state: string;
  postalCode: string;
  phone: string;
  email: string;
}

export interface AttorneyDraft {
  attorneyName: string;
  barNumber: string;
  firm: string;
  attorneyPhone: string;
  attorneyEmail: string;
}

export type Who = 'self' | 'attorney';
export type Relief = 'vacatur' | 'restitution';

/** The criminal case against the trafficker (restitution). Defendants one per line. */
export interface CriminalCaseDraft {
  court: string;
  caseNumber: string;
  defendants: string;
}

/** One period of work, every field as text; money normalised to plain dollars ("1200.50"). */
export interface PeriodDraft {
  start: string;
  end: string;
  hoursPerWeek: string;
  daysPerWeek: string;
  grossToDefendant: string;
  paidToVictim: string;
  /** Only where a measure of the pack needs a market rate, optional. */
  marketRatePerHour: string;
}

export interface LossDraft {
  category: string;
  description: string;
  amount: string;
  start: string;
  end: string;
}

/**
 * The answers so far. It travels in a signed hidden field on every form and is never stored.
 * Only answers that passed their page's checks are in it.
 */
export interface Draft {
  lang: Lang;
  who?: Who;
  relief?: Relief;
  jurisdiction?: string;
  records: RecordDraft[];
  recordsDone?: boolean;
  trafficking?: TraffickingDraft;
  narrative?: string;
  outcomeSeen?: boolean;
  person?: PersonDraft;
  attorney?: AttorneyDraft;
  criminalCase?: CriminalCaseDraft;
  periods: PeriodDraft[];
  periodsDone?: boolean;
  losses: LossDraft[];
  lossesDone?: boolean;
  claimSeen?: boolean;
  /** Set by a Change link: after the changed page, go back to check your answers. */
  returnTo?: 'check';
}

/** A case holds at most 100 records (the case schema's cap), so no list or table holds more. */
export const MAX_RECORDS = 100;

export const RECORD_FIELDS = [
  'offense',
  'description',
  'arrestDate',
  'convicted',
  'convictionDate',
  'court',
  'county',
  'docketNumber',
  'juvenile',
  'disposition',
  'imprisoned',
  'offenseDate',
  'childVictim',
  'arrestPlace',
  'courtKind',
] as const satisfies readonly (keyof RecordDraft)[];

export const PERSON_FIELDS = [
  'legalName',
  'otherNames',
  'dateOfBirth',
  'line1',
  'line2',
  'city',
  'state',
  'postalCode',
  'phone',
  'email',
] as const satisfies readonly (keyof PersonDraft)[];

export const ATTORNEY_FIELDS = [
  'attorneyName',
  'barNumber',
  'firm',
  'attorneyPhone',
  'attorneyEmail',
] as const satisfies readonly (keyof AttorneyDraft)[];

export const PERIOD_FIELDS = [
  'start',
  'end',
  'hoursPerWeek',
  'daysPerWeek',
  'grossToDefendant',
  'paidToVictim',
  'marketRatePerHour',
] as const satisfies readonly (keyof PeriodDraft)[];

export const LOSS_FIELDS = [
  'category',
  'description',
  'amount',
  'start',
  'end',
] as const satisfies readonly (keyof LossDraft)[];

export function emptyDraft(lang: Lang = 'en'): Draft {
  return { lang, records: [], periods: [], losses: [] };
}

export function emptyPeriod(): PeriodDraft {
  return {
    start: '',
    end: '',
    hoursPerWeek: '',
    daysPerWeek: '',
    grossToDefendant: '',
    paidToVictim: '',
    marketRatePerHour: '',
  };
}

export function emptyLoss(): LossDraft {
  return { category: '', description: '', amount: '', start: '', end: '' };
}

/** Which relief the draft is for; drafts from before the choice existed are vacatur. */
export function reliefOf(d: Draft): Relief {
  return d.relief ?? 'vacatur';
}

export function emptyRecord(): RecordDraft {
  return {
    offense: '',
    description: '',
    arrestDate: '',
    convicted: '',
    convictionDate: '',
    court: '',
    county: '',
    docketNumber: '',
    juvenile: '',
    disposition: '',
    imprisoned: '',
    offenseDate: '',
    childVictim: '',
    arrestPlace: '',
    courtKind: '',
  };
}
