import type { Case, FieldError } from '../domain/case-schema';
import { answersRelief, type Pack } from '../domain/pack-schema';
import { parseCase } from '../domain/parse-case';
import type { PackRegistry } from './load-packs';

export type CheckedCase =
  { ok: true; value: Case; pack: Pack } | { ok: false; errors: FieldError[] };

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
    return {
      ok: false,
      errors: [
        {
          path: 'jurisdiction',
          message: `This tool has no law for ${c.jurisdiction} yet. Choose one of: ${known}. A legal aid office can tell you what ${c.jurisdiction} offers.`,
        },
      ],
    };
  if (!answersRelief(pack, c.relief))
    return {
      ok: false,
      errors: [
        {
          path: 'relief',
          message: `This tool does not prepare ${c.relief} papers for ${pack.name} yet.`,
        },
      ],
    };
  return { ok: true, value: c, pack };
}
