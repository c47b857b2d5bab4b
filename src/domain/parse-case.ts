import type { z } from 'zod';
import { CaseSchema, type Case, type FieldError } from './case-schema';

export type ParseResult = { ok: true; value: Case } | { ok: false; errors: FieldError[] };

/** zod issues → the project's one error shape. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(case)',
    message: issue.message,
  }));
}

function after(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a > b;
}

/** Cross-field rules: dates in sensible order and nothing in the future. */
export function checkCaseDates(c: Case, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const future = (value: string | null | undefined, path: string, label: string) => {
    if (value && value > today) errors.push({ path, message: `${label} cannot be in the future` });
  };
  future(c.petitioner.dateOfBirth, 'petitioner.dateOfBirth', 'The date of birth');
  c.convictions.forEach((r, i) => {
    future(r.arrestDate, `convictions.${i}.arrestDate`, 'The date of arrest');
    future(r.convictionDate, `convictions.${i}.convictionDate`, 'The date of conviction');
    future(r.offenseDate, `convictions.${i}.offenseDate`, 'The date of the offense');
    if (after(r.offenseDate, r.arrestDate))
      errors.push({
        path: `convictions.${i}.offenseDate`,
        message: 'The date of the offense must be on or before the date of arrest',
      });
    if (r.convictionDate && (r.disposition === 'dismissed' || r.disposition === 'acquitted'))
      errors.push({
        path: `convictions.${i}.disposition`,
        message: `A record with a conviction date cannot also be ${r.disposition}: remove the conviction date, or choose how the case really ended`,
      });
    if (r.convictionDate && r.disposition === 'pending')
      errors.push({
        path: `convictions.${i}.disposition`,
        message:
          'A record with a conviction date is not pending: remove the conviction date, or the pending answer',
      });
    if (after(r.arrestDate, r.convictionDate))
      errors.push({
        path: `convictions.${i}.convictionDate`,
        message: 'The date of conviction must be on or after the date of arrest',
      });
    if (after(c.petitioner.dateOfBirth, r.arrestDate))
      errors.push({
        path: `convictions.${i}.arrestDate`,
        message: 'The date of arrest must be after the date of birth',
      });
  });
  const t = c.trafficking;
  if (t) {
    future(t.startDate, 'trafficking.startDate', 'When the trafficking started');
    future(t.endDate, 'trafficking.endDate', 'When the trafficking ended');
    future(t.servicesSoughtDate, 'trafficking.servicesSoughtDate', 'When you sought services');
    if (after(t.startDate, t.endDate))
      errors.push({
        path: 'trafficking.endDate',
        message: 'When the trafficking ended must be on or after when it started',
      });
    t.documentation.forEach((d, i) =>
      future(d.date, `trafficking.documentation.${i}.date`, 'The date of the document'),
    );
  }
  c.restitution?.periods.forEach((p, i) => {
    if (after(p.start, p.end))
      errors.push({
        path: `restitution.periods.${i}.end`,
        message: 'The last day of the period must be on or after the first day',
      });
    future(p.end, `restitution.periods.${i}.end`, 'The last day of the period');
  });
  c.restitution?.losses.forEach((l, i) => {
    if (after(l.start, l.end))
      errors.push({
        path: `restitution.losses.${i}.end`,
        message: 'The last day of the loss must be on or after the first day',
      });
  });
  return errors;
}

/** What each relief needs beyond the shape. */
function checkReliefParts(c: Case): FieldError[] {
  if (c.relief === 'vacatur') {
    const errors: FieldError[] = [];
    if (c.convictions.length === 0)
      errors.push({ path: 'convictions', message: 'Add at least one record to clear' });
    if (!c.trafficking)
      errors.push({
        path: 'trafficking',
        message: 'Add when the trafficking started and its kind',
      });
    return errors;
  }
  return c.restitution
    ? []
    : [
        {
          path: 'restitution',
          message: 'Add the criminal case: court, case number and defendants',
        },
      ];
}

/** Validate and normalise a case. Pure: `today` is data (YYYY-MM-DD). */
export function parseCase(input: unknown, today: string): ParseResult {
  const parsed = CaseSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error.issues) };
  const errors = [...checkReliefParts(parsed.data), ...checkCaseDates(parsed.data, today)];
  return errors.length ? { ok: false, errors } : { ok: true, value: parsed.data };
}
