import type { Assessment } from './assessment';
import type { Case } from './case-schema';
import { assessVacatur, PackMismatchError } from './eligibility';
import { assessNoRelief } from './no-relief';
import type { Pack } from './pack-schema';
import { assessRestitution } from './restitution/assess-restitution';

/** One entry point for both reliefs: a pure function of (case, pack, today). */
export function assess(c: Case, pack: Pack, today: string): Assessment {
  if (c.relief === 'restitution') return assessRestitution(c, pack, today);
  const none = pack.reliefs.none;
  if (none) {
    if (c.jurisdiction !== pack.code)
      throw new PackMismatchError(`Pack ${pack.code} cannot assess ${c.jurisdiction} ${c.relief}`);
    return assessNoRelief(c, pack, none, today);
  }
  return assessVacatur(c, pack, today);
}
