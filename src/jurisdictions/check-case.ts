import type { Case, FieldError } from '../domain/case-schema';
import { fieldErrorEn, type CaseIssue } from '../domain/issues';
import { answersRelief, type Pack } from '../domain/pack-schema';
import { parseCase } from '../domain/parse-case';
import type { PackRegistry } from './load-packs';

/** `issues` as codes; `errors` the same in English, for callers not yet on codes (the wizard). */
export type CheckedCase =
  { ok: true; value: Case; pack: Pack } | { ok: false; issues: CaseIssue[]; errors: FieldError[] };

const failed = (issue: CaseIssue): CheckedCase => ({
  ok: false,
  issues: [issue],
  errors: [fieldErrorEn(issue)],
});

/**
 * Validate a case and find the pack that answers it: the one check API, CLI, wizard and batch share.
 * A jurisdiction with no pack, or a relief its pack does not offer, is a field error, not a crash.
 */
export function checkCase(input: unknown, registry: PackRegistry, today: string): CheckedCase {
  const parsed = parseCase(input, today);
  if (!parsed.ok) return parsed;
  const c = parsed.value;
  const pack = registry.get(c.jurisdiction);
  const known = registry.packs.map((p) => p.code).join(', ');
  if (!pack)
    return failed({
      path: 'jurisdiction',
      code: 'no-pack',
      params: { jurisdiction: c.jurisdiction, known },
    });
  if (!answersRelief(pack, c.relief))
    return failed({
      path: 'relief',
      code: 'no-relief',
      params: { relief: c.relief, name: pack.name },
    });
  return { ok: true, value: c, pack };
}
