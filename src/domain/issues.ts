/**
 * A validation problem as data: where (`path`), what (`code`, kebab-case) and the facts the
 * message names (`params`). The English words live in one table per vocabulary (this file for
 * the case, `batch/batch-issues.ts` for the CSV); each edge renders a message in its person's
 * language (`web/i18n/issues.ts`: `messageFor`). On the wire the contract's `{ path, message }`.
 */
export type IssueParams = Readonly<Record<string, string | number>>;

export interface Issue<C extends string = string> {
  path: string;
  code: C;
  params: IssueParams;
}

/** Fill `{name}` from params; `{Name}` capitalises the value. A missing param stays as written. */
export function fill(template: string, params: IssueParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    const value = params[name] ?? params[lower];
    if (value === undefined) return whole;
    const text = String(value);
    return name === lower ? text : text.charAt(0).toUpperCase() + text.slice(1);
  });
}

/**
 * The fields the case names in its messages, in English (`{field}` in a message names one of
 * these keys; the Spanish labels are `issue.field.<key>` in the web catalogues).
 */
export const FIELD_EN = {
  addressLine1: 'the first line of the address',
  addressLine2: 'the second line of the address',
  city: 'the city',
  state: 'the state',
  postalCode: 'the ZIP code',
  legalName: 'the full legal name',
  otherName: 'the other name',
  dateOfBirth: 'the date of birth',
  phone: 'the phone number',
  attorneyName: "the attorney's name",
  barNumber: "the attorney's bar number",
  firm: 'the firm or organisation',
  attorneyPhone: "the attorney's phone number",
  attorneyEmail: "the attorney's email",
  offense: 'the charge as it appears on the record, like PL 230.00',
  description: 'the description of the charge',
  arrestDate: 'the date of arrest',
  offenseDate: 'the date of the offense',
  convictionDate: 'the date of conviction',
  court: 'the court',
  county: 'the county',
  docketNumber: 'the docket or case number',
  arrestPlace: 'where the arrest happened',
  startDate: 'when the trafficking started',
  endDate: 'when the trafficking ended',
  servicesSoughtDate: 'when you first sought help or services',
  servicesSought: 'when you sought services',
  narrative: 'the account',
  issuer: 'who issued the document',
  documentDate: 'the date of the document',
  safetyConcerns: 'the safety concerns',
  periodStart: 'the first day of this period',
  periodEnd: 'the last day of this period',
  periodEndShort: 'the last day of the period',
  grossToDefendant: 'what the trafficker took in this period',
  paidToVictim: 'what you were paid in this period',
  marketRatePerHour: 'the market rate per hour',
  lossDescription: 'what the loss was for',
  lossAmount: 'the amount of the loss',
  lossStart: 'the first day of the loss',
  lossEnd: 'the last day of the loss',
  criminalCourt: 'the court where the criminal case is',
  caseNumber: 'the case number',
  defendant: "the defendant's name",
  convictedOf: 'the offense the defendant was convicted of, like 18 U.S.C. § 1591',
} as const;
export type FieldKey = keyof typeof FIELD_EN;

/** Every problem the case check can find, in English. `{field}` is a `FIELD_EN` key. */
export const CASE_ISSUE_EN = {
  required: 'Enter {field}',
  'too-long': '{Field} must be {max} characters or fewer',
  'not-text': '{Field} must be text',
  'date-format': 'Enter {field} as YYYY-MM-DD, like {example}',
  'date-not-real': 'Enter {field} as YYYY-MM-DD, like {example}. Check that the day exists',
  'money-format': 'Enter {field} as an amount in dollars, like 1200.50',
  'money-negative': '{Field} cannot be negative',
  'money-too-large': '{Field} is too large to be right; check it',
  'money-cents': 'Enter {field} with no more than two decimal places (cents)',
  'in-future': '{Field} cannot be in the future',
  'jurisdiction-code':
    'Enter the jurisdiction code: "US-" then the state\'s two letters, or FED for federal court',
  'version-1': 'Set "version" to 1: this is the format version 1 reads',
  'relief-kind': 'Set relief to "vacatur" (clearing a record) or "restitution"',
  'address-needed': 'Enter the address as line1, city, state and postalCode',
  'petitioner-needed': 'Add the petitioner: at least their legal name',
  'other-names-list': 'List other names as a list of text',
  'other-names-many': 'List at most 20 other names',
  'email-text': 'Enter the email address as text',
  'email-format': 'Enter an email address like name@example.org',
  'attorney-needed': "Add the attorney's name and bar number",
  'representation-mode':
    'Set representation.mode to "self" or "attorney" (with the attorney\'s details)',
  'level-choice': 'Choose the level: {choices}',
  'conviction-date-or-null':
    'Enter the date of conviction as YYYY-MM-DD, or null if there was no conviction',
  'true-or-false': 'Answer {name} with true or false',
  'disposition-choice': 'Choose how the charge ended: {choices}',
  'record-needed': 'Each record needs at least the charge and the date of arrest',
  'trafficking-type': 'Choose sex, labor or both',
  'trafficking-types': 'Choose the kind of trafficking: sex, labor or both',
  'documentation-kind': 'Choose the kind of document: {choices}',
  'documentation-list': 'List documentation as a list',
  'documentation-many': 'List at most 20 documents',
  'trafficking-needed': 'Add the trafficking: its kind and when it started',
  'hours-number': 'Enter the hours worked each week as a number, like 70',
  'hours-positive': 'Enter the hours worked each week: more than 0',
  'hours-too-many': 'A week has 168 hours; enter the hours worked each week, 168 or fewer',
  'days-number': 'Enter the days worked each week as a number from 1 to 7',
  'days-whole': 'Enter the days worked each week as a whole number from 1 to 7',
  'loss-category': 'Choose a category: {choices}',
  'defendants-list': 'List the defendants by name',
  'defendants-none': 'Enter at least one defendant',
  'convicted-of-list': 'List what the defendant was convicted of as a list of text',
  'convicted-of-many': 'List at most 20 offenses of conviction',
  'periods-list': 'List the periods of work',
  'periods-many': 'List at most 100 periods of work',
  'losses-list': 'List the losses',
  'losses-many': 'List at most 200 losses',
  'criminal-case-needed': 'Add the criminal case: court, case number and defendants',
  'records-list': 'List the records as a list',
  'records-many': 'A case can hold at most 100 records; split the rest into another case',
  'offense-after-arrest': 'The date of the offense must be on or before the date of arrest',
  'dated-but-not-convicted':
    'A record with a conviction date cannot also be {disposition}: remove the conviction date, or choose how the case really ended',
  'dated-but-pending':
    'A record with a conviction date is not pending: remove the conviction date, or the pending answer',
  'conviction-before-arrest': 'The date of conviction must be on or after the date of arrest',
  'arrest-before-birth': 'The date of arrest must be after the date of birth',
  'trafficking-end-before-start': 'When the trafficking ended must be on or after when it started',
  'period-end-before-start': 'The last day of the period must be on or after the first day',
  'loss-end-before-start': 'The last day of the loss must be on or after the first day',
  'record-to-clear': 'Add at least one record to clear',
  'trafficking-start-needed': 'Add when the trafficking started and its kind',
  'no-pack':
    'This tool has no law for {jurisdiction} yet. Choose one of: {known}. A legal aid office can tell you what {jurisdiction} offers.',
  'no-relief': 'This tool does not prepare {relief} papers for {name} yet.',
  /** A message from a check with no code of its own (a zod default); `text` is its English. */
  other: '{text}',
} as const;
export type CaseIssueCode = keyof typeof CASE_ISSUE_EN;
export type CaseIssue = Issue<CaseIssueCode>;

const isField = (v: string | number | undefined): v is FieldKey =>
  typeof v === 'string' && v in FIELD_EN;

/** A case issue in English: the API's, the CLI's and the batch's words. */
export function caseIssueEn(issue: CaseIssue): string {
  const field = issue.params['field'];
  const params = isField(field) ? { ...issue.params, field: FIELD_EN[field] } : issue.params;
  return fill(CASE_ISSUE_EN[issue.code], params);
}

export function isCaseIssueCode(code: string): code is CaseIssueCode {
  return code in CASE_ISSUE_EN;
}

/**
 * Schema checks say their code through zod's message: `coded()` returns the English message and
 * remembers which code and params it stands for, so `issueOfZod` gets them back. (zod carries
 * params only on custom checks; every schema message is made here, once, at load.)
 */
const CODED = new Map<string, { code: CaseIssueCode; params: IssueParams }>();

export function coded(code: CaseIssueCode, params: IssueParams = {}): string {
  const message = caseIssueEn({ path: '', code, params });
  CODED.set(message, { code, params });
  return message;
}

/** A zod issue as a case issue: its code and params when a schema made it, else `other`. */
export function issueOfZod(path: string, message: string): CaseIssue {
  const known = CODED.get(message);
  return known ? { path, ...known } : { path, code: 'other', params: { text: message } };
}

/** The wire shape: `{ path, message }` in English. */
export function fieldErrorEn(issue: CaseIssue): { path: string; message: string } {
  return { path: issue.path, message: caseIssueEn(issue) };
}
