import type { Assessment } from '../assessment';
import type { Case } from '../case-schema';
import type { Pack } from '../pack-schema';

/** Placeholder until the restitution calculator lands (issue 5): says so honestly. */
export function assessRestitution(c: Case, pack: Pack, today: string): Assessment {
  return {
    jurisdiction: pack.code,
    relief: 'restitution',
    remedy: 'restitution',
    authority: pack.reliefs.restitution?.authority ?? 'not available in this jurisdiction yet',
    verifiedOn: pack.verifiedOn,
    assessedOn: today,
    overall: 'needs-review',
    convictions: [],
    requirements: [
      {
        code: 'restitution-not-built',
        message: `The restitution calculator is not available yet for ${c.jurisdiction}.`,
      },
    ],
    needsReview: [],
  };
}
