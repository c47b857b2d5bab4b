import type { z } from 'zod';
import { CaseSchema, type Case, type FieldError } from './case-schema';
import { fieldErrorEn, issueOfZod, type CaseIssue, type FieldKey } from './issues';

/**
 * `issues`: what is wrong, as codes (render them with `messageFor` in the person's language).
 * `errors`: the same in English, for callers that have not moved to codes yet (the wizard).
 */
export type ParseResult =
  { ok: true; value: Case } | { ok: false; issues: CaseIssue[]; errors: FieldError[] };

/** zod issues → case issues, with their codes. */
export function toIssues(issues: readonly z.core.$ZodIssue[]): CaseIssue[] {
  return issues.map((issue) =>
    issueOfZod(issue.path.map(String).join('.') || '(case)', issue.message),
  );
}

/** zod issues → the project's one error shape, in English. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return toIssues(issues).map(fieldErrorEn);
}

function after(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a > b;
}

/** Cross-field rules: dates in sensible order and nothing in the future. */
export function checkCaseDates(c: Case, today: string): CaseIssue[] {
  const issues: CaseIssue[] = [];
  const add = (path: string, code: CaseIssue['code'], params: CaseIssue['params'] = {}) =>
    issues.push({ path, code, params });
  const future = (value: string | null | undefined, path: string, field: FieldKey) => {
    if (value && value > today) add(path, 'in-future', { field });
  };
  future(c.petitioner.dateOfBirth, 'petitioner.dateOfBirth', 'dateOfBirth');
  c.convictions.forEach((r, i) => {
    future(r.arrestDate, `convictions.${i}.arrestDate`, 'arrestDate');
    future(r.convictionDate, `convictions.${i}.convictionDate`, 'convictionDate');
    future(r.offenseDate, `convictions.${i}.offenseDate`, 'offenseDate');
    if (after(r.offenseDate, r.arrestDate))
      add(`convictions.${i}.offenseDate`, 'offense-after-arrest');
    if (r.convictionDate && (r.disposition === 'dismissed' || r.disposition === 'acquitted'))
      add(`convictions.${i}.disposition`, 'dated-but-not-convicted', {
        disposition: r.disposition,
      });
    if (r.convictionDate && r.disposition === 'pending')
      add(`convictions.${i}.disposition`, 'dated-but-pending');
    if (after(r.arrestDate, r.convictionDate))
      add(`convictions.${i}.convictionDate`, 'conviction-before-arrest');
    if (after(c.petitioner.dateOfBirth, r.arrestDate))
      add(`convictions.${i}.arrestDate`, 'arrest-before-birth');
  });
  const t = c.trafficking;
  if (t) {
    future(t.startDate, 'trafficking.startDate', 'startDate');
    future(t.endDate, 'trafficking.endDate', 'endDate');
    future(t.servicesSoughtDate, 'trafficking.servicesSoughtDate', 'servicesSought');
    if (after(t.startDate, t.endDate)) add('trafficking.endDate', 'trafficking-end-before-start');
    t.documentation.forEach((d, i) =>
      future(d.date, `trafficking.documentation.${i}.date`, 'documentDate'),
    );
  }
  c.restitution?.periods.forEach((p, i) => {
    if (after(p.start, p.end)) add(`restitution.periods.${i}.end`, 'period-end-before-start');
    future(p.end, `restitution.periods.${i}.end`, 'periodEndShort');
  });
  c.restitution?.losses.forEach((l, i) => {
    if (after(l.start, l.end)) add(`restitution.losses.${i}.end`, 'loss-end-before-start');
  });
  return issues;
}

/** What each relief needs beyond the shape. */
function checkReliefParts(c: Case): CaseIssue[] {
  if (c.relief === 'vacatur') {
    const issues: CaseIssue[] = [];
    if (c.convictions.length === 0)
      issues.push({ path: 'convictions', code: 'record-to-clear', params: {} });
    if (!c.trafficking)
      issues.push({ path: 'trafficking', code: 'trafficking-start-needed', params: {} });
    return issues;
  }
  return c.restitution ? [] : [{ path: 'restitution', code: 'criminal-case-needed', params: {} }];
}

/** Validate and normalise a case. Pure: `today` is data (YYYY-MM-DD). */
export function parseCase(input: unknown, today: string): ParseResult {
  const parsed = CaseSchema.safeParse(input);
  const issues = parsed.success
    ? [...checkReliefParts(parsed.data), ...checkCaseDates(parsed.data, today)]
    : toIssues(parsed.error.issues);
  if (parsed.success && issues.length === 0) return { ok: true, value: parsed.data };
  return { ok: false, issues, errors: issues.map(fieldErrorEn) };
}
