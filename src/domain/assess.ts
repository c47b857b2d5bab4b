import type { Assessment } from './assessment';
import type { Case } from './case-schema';
import { assessVacatur } from './eligibility';
import type { Pack } from './pack-schema';
import { assessRestitution } from './restitution/assess-restitution';

/** One entry point for both reliefs: a pure function of (case, pack, today). */
export function assess(c: Case, pack: Pack, today: string): Assessment {
  return c.relief === 'restitution'
    ? assessRestitution(c, pack, today)
    : assessVacatur(c, pack, today);
}
