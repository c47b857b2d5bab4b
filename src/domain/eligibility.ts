import { addDays, format, parseISO } from 'date-fns';
import type { Assessment, Overall, Reason, RecordAssessment, Requirement } from './assessment';
import type { Case, Conviction } from './case-schema';
import { resolveOffense } from './citations';
import { courtDate, fechaLarga } from './dates';
import type { Offense, Pack, RecordKind, Rule, VacaturRelief } from './pack-schema';
import { AppError } from './app-error';

export function recordKind(record: Conviction): RecordKind {
  if (record.juvenile) return 'juvenile';
  return record.convictionDate ? 'conviction' : 'non-conviction';
}

/**
 * Was the person under 18 on the offense (else arrest) date? Undefined when the date of birth is
 * not given: a rule that asks cannot then match.
 */
export function minorAtOffense(record: Conviction, c: Case): boolean | undefined {
  const born = c.petitioner.dateOfBirth;
  if (!born) return undefined;
  return offenseDateOf(record) < eighteenthBirthday(born);
}

/**
 * A yyyy-mm-dd date `years` later, as a string to compare with others: from 29 February, a date
 * before 1 March of that year is still inside.
 */
function plusYears(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;
}

/** The day a person born on `born` turns 18. */
const eighteenthBirthday = (born: string): string => plusYears(born, 18);

/** Is the conviction less than `years` old today? */
function convictedWithin(record: Conviction, years: number, today: string): boolean {
  return !!record.convictionDate && today < plusYears(record.convictionDate, years);
}

/** Does another adult conviction in the answers fall after this one, within `years` of it? */
function laterConvictionWithin(record: Conviction, years: number, c: Case): boolean {
  const from = record.convictionDate;
  if (!from) return false;
  const until = plusYears(from, years);
  return c.convictions.some(
    (other) =>
      other !== record &&
      !other.juvenile &&
      !!other.convictionDate &&
      other.convictionDate > from &&
      other.convictionDate < until,
  );
}

/** What a rule may look at besides the record: the whole case, and today's date. */
interface Facts {
  c: Case;
  today: string;
}

/**
 * Do the rule's conditions beyond the record itself hold: dates against today and the person's
 * other convictions, the person's age at the offense, the kind of trafficking they named?
 */
function factsMatch(w: Rule['when'], record: Conviction, { c, today }: Facts): boolean {
  if (w.convictedWithinYears && !convictedWithin(record, w.convictedWithinYears, today))
    return false;
  if (
    w.laterConvictionWithinYears &&
    !laterConvictionWithin(record, w.laterConvictionWithinYears, c)
  )
    return false;
  if (w.minorAtOffense !== undefined && minorAtOffense(record, c) !== w.minorAtOffense)
    return false;
  const types = c.trafficking?.types ?? [];
  if (w.traffickingTypesAny && !w.traffickingTypesAny.some((t) => types.includes(t))) return false;
  if (w.traffickingTypesNone && w.traffickingTypesNone.some((t) => types.includes(t))) return false;
  return true;
}

/** Does the rule's condition on the record (kind, how it ended, sentence, victims) and the facts hold? */
function recordMatches(rule: Rule, kind: RecordKind, record: Conviction, facts: Facts): boolean {
  const w = rule.when;
  if (w.records && !w.records.includes(kind)) return false;
  if (w.dispositions && !(record.disposition && w.dispositions.includes(record.disposition)))
    return false;
  if (w.imprisoned !== undefined && (record.imprisoned ?? false) !== w.imprisoned) return false;
  if (w.childVictim !== undefined && record.childVictim !== w.childVictim) return false;
  return factsMatch(w, record, facts);
}

const needsOffense = (rule: Rule): boolean => !!(rule.when.tagsAny || rule.when.tagsNone);

function ruleMatches(
  rule: Rule,
  kind: RecordKind,
  offense: Offense,
  record: Conviction,
  facts: Facts,
): boolean {
  const w = rule.when;
  if (!recordMatches(rule, kind, record, facts)) return false;
  if (w.tagsAny && !w.tagsAny.some((t) => offense.tags.includes(t))) return false;
  if (w.tagsNone && w.tagsNone.some((t) => offense.tags.includes(t))) return false;
  return true;
}

/**
 * For a charge the catalogue does not know: the first rule that decides on the record alone,
 * provided no earlier rule needed the offense (where one did, the answer is unknown).
 */
function ruleWithoutOffense(
  relief: VacaturRelief,
  kind: RecordKind,
  record: Conviction,
  facts: Facts,
) {
  for (const rule of relief.rules) {
    if (needsOffense(rule)) return undefined;
    if (recordMatches(rule, kind, record, facts)) return rule;
  }
  return undefined;
}

function fill(message: string, vars: Record<string, string>): string {
  return message.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
}

/**
 * A pack's reason or requirement with its blanks filled, in English and (when given) Spanish;
 * `varsEs` overrides blanks in the Spanish (a date in Spanish words, the charge's Spanish name).
 */
function filled<T extends { message: string; messageEs?: string | undefined }>(
  template: T,
  vars: Record<string, string>,
  varsEs: Record<string, string> = {},
): Omit<T, 'messageEs'> & { message: string; messageEs?: string } {
  const { messageEs, ...rest } = template;
  return {
    ...rest,
    message: fill(template.message, vars),
    ...(messageEs ? { messageEs: fill(messageEs, { ...vars, ...varsEs }) } : {}),
  };
}

/**
 * A charge the catalogue does not know is both its own name and citation: a reason worded
 * "{name} ({offense})" says it once, not "Idaho Code § 37-2732 (Idaho Code § 37-2732)".
 */
function sayOnce<T extends { message: string; messageEs?: string }>(
  reason: T,
  asWritten: string,
): T {
  const once = (text: string) => text.split(`${asWritten} (${asWritten})`).join(asWritten);
  return {
    ...reason,
    message: once(reason.message),
    ...(reason.messageEs !== undefined ? { messageEs: once(reason.messageEs) } : {}),
  };
}

/** The date the laws look at: the offense's when given, else the arrest's. */
export function offenseDateOf(record: Conviction): string {
  return record.offenseDate ?? record.arrestDate;
}

/** Is the offense inside the trafficking period (an open end runs to today)? */
export function insidePeriod(record: Conviction, c: Case, today: string): boolean {
  const t = c.trafficking;
  if (!t) return false;
  const end = t.endDate ?? today;
  const date = offenseDateOf(record);
  return date >= t.startDate && date <= end;
}

/** Has the trafficking ended (an end date on or before today) or has the person sought help? */
export function endedOrHelpSought(c: Case, today: string): boolean {
  const t = c.trafficking;
  if (!t) return false;
  return (!!t.endDate && t.endDate <= today) || !!t.servicesSoughtDate;
}

function assessRecord(
  record: Conviction,
  index: number,
  c: Case,
  pack: Pack,
  relief: VacaturRelief,
  today: string,
): RecordAssessment {
  const kind = recordKind(record);
  const base = { index, asWritten: record.offense, kind };
  const match = resolveOffense(record.offense, pack);
  if (match.kind !== 'found') {
    const decided = ruleWithoutOffense(relief, kind, record, { c, today });
    if (decided && decided.status !== 'eligible')
      return {
        ...base,
        status: decided.status,
        ...(decided.remedy ? { remedy: decided.remedy } : {}),
        reasons: [
          sayOnce(
            filled(decided.reason, { offense: record.offense, name: record.offense }),
            record.offense,
          ),
        ],
      };
  }
  if (match.kind !== 'found')
    return {
      ...base,
      status: 'needs-review',
      reasons: [
        {
          code: match.kind === 'unknown' ? 'offense-unknown' : 'offense-ambiguous',
          message: match.reason,
        },
      ],
    };

  const offense = match.offense;
  const vars = { offense: offense.citation, name: offense.name };
  const varsEs: Record<string, string> = offense.nameEs ? { name: offense.nameEs } : {};
  const rule =
    relief.rules.find((r) => ruleMatches(r, kind, offense, record, { c, today })) ??
    relief.otherwise;
  const reasons: Reason[] = [filled(rule.reason, vars, varsEs)];
  if (match.note)
    reasons.push({
      code: 'offense-subdivision',
      message: `"${record.offense}" was ${match.note}.`,
    });
  let status = rule.status;

  const outside = relief.timing.outsidePeriod;
  if (status === 'eligible' && outside && !insidePeriod(record, c, today)) {
    status = 'needs-review';
    reasons.push(filled(outside, vars, varsEs));
  }
  // Filing while the trafficking goes on can put the papers before the prosecutor and the
  // trafficker: the note goes with a record a lawyer is to look at, too, not only with one bound
  // for the papers.
  const notYet = relief.timing.afterEndOrServices;
  if (status !== 'ineligible' && notYet && !endedOrHelpSought(c, today)) {
    status = 'needs-review';
    reasons.push(filled(notYet, vars, varsEs));
  }
  return {
    ...base,
    offense: {
      citation: offense.citation,
      name: offense.name,
      ...(offense.nameEs ? { nameEs: offense.nameEs } : {}),
      level: offense.level,
      tags: offense.tags,
    },
    status,
    ...(rule.remedy ? { remedy: rule.remedy } : {}),
    reasons,
  };
}

export function overallOf(records: readonly RecordAssessment[]): Overall {
  const count = (s: string) => records.filter((r) => r.status === s).length;
  if (records.length === 0) return 'needs-review';
  if (count('eligible') === records.length) return 'eligible';
  if (count('ineligible') === records.length) return 'ineligible';
  if (count('eligible') > 0) return 'partially-eligible';
  return 'needs-review';
}

function requirementsOf(relief: VacaturRelief, today: string): Requirement[] {
  return relief.requirements.map(({ daysAfterFiling, ...req }) => {
    if (!daysAfterFiling) return filled(req, {});
    const dueDate = format(addDays(parseISO(today), daysAfterFiling), 'yyyy-MM-dd');
    const days = String(daysAfterFiling);
    return {
      ...filled(req, { dueDate: courtDate(dueDate), days }, { dueDate: fechaLarga(dueDate) }),
      dueDate,
    };
  });
}

/** Thrown only for a programming or data mistake: a case assessed against the wrong pack. */
export class PackMismatchError extends AppError {}

/**
 * The eligibility engine: a pure function of the case, the jurisdiction's pack and today's date.
 * `eligible` means the law reaches the record on the facts given; the nexus is for the person to prove.
 */
export function assessVacatur(c: Case, pack: Pack, today: string): Assessment {
  const relief = pack.reliefs.vacatur;
  if (!relief || c.jurisdiction !== pack.code)
    throw new PackMismatchError(`Pack ${pack.code} cannot assess ${c.jurisdiction} ${c.relief}`);
  const convictions = c.convictions.map((r, i) => assessRecord(r, i, c, pack, relief, today));
  return {
    jurisdiction: pack.code,
    relief: 'vacatur',
    remedy: relief.remedy,
    authority: relief.authority,
    verifiedOn: pack.verifiedOn,
    assessedOn: today,
    overall: overallOf(convictions),
    convictions,
    requirements: requirementsOf(relief, today),
    needsReview: relief.needsReview,
  };
}
