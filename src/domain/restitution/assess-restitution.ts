import type { Assessment } from '../assessment';
import type { Case } from '../case-schema';
import type { Pack } from '../pack-schema';
import { computeRestitution } from './compute-restitution';
import { formatCents } from './money';

function needsReview(pack: Pack, today: string, code: string, message: string): Assessment {
  return {
    jurisdiction: pack.code,
    relief: 'restitution',
    remedy: 'restitution',
    authority: pack.reliefs.restitution?.authority ?? 'not available in this jurisdiction yet',
    verifiedOn: pack.verifiedOn,
    assessedOn: today,
    overall: 'needs-review',
    convictions: [],
    requirements: [{ code, message }],
    needsReview: [message, ...(pack.reliefs.restitution?.needsReview ?? [])],
  };
}

/**
 * Restitution: what a convicted trafficker owes, by the jurisdiction's method, with every figure
 * itemised in `computation`. Pure. Anything it cannot compute is `needs-review` with the reason.
 */
export function assessRestitution(c: Case, pack: Pack, today: string): Assessment {
  const relief = pack.reliefs.restitution;
  if (!relief)
    return needsReview(
      pack,
      today,
      'restitution-not-available',
      `This tool cannot yet calculate restitution for ${pack.name}. A lawyer or victim-witness advocate can help you ask for it.`,
    );
  if (c.jurisdiction !== pack.code)
    return needsReview(
      pack,
      today,
      'wrong-jurisdiction',
      `This case is for ${c.jurisdiction}, not ${pack.code}.`,
    );
  if (!c.restitution)
    return needsReview(
      pack,
      today,
      'restitution-missing',
      'Add the criminal case: court, case number and defendants.',
    );

  const computation = computeRestitution(c.restitution, relief);
  const requirements = relief.requirements.map((r) => ({
    code: r.code,
    message: r.message,
    ...(r.citation ? { citation: r.citation } : {}),
  }));
  const review = [
    ...relief.needsReview,
    ...computation.warnings.filter((w) => w.code === 'before-wage-table').map((w) => w.message),
  ];
  const base = {
    jurisdiction: pack.code,
    relief: 'restitution' as const,
    remedy: 'restitution',
    authority: relief.authority,
    verifiedOn: pack.verifiedOn,
    assessedOn: today,
    convictions: [],
    needsReview: review,
    computation,
  };
  if (computation.totalCents === 0)
    return {
      ...base,
      overall: 'needs-review',
      requirements: [
        {
          code: 'nothing-to-claim-yet',
          message:
            'Nothing can be claimed yet: add the periods of work (dates, hours, what the trafficker took) or the losses, with their amounts.',
        },
        ...requirements,
      ],
    };
  return {
    ...base,
    overall: 'eligible',
    requirements: [
      {
        code: 'amount-claimed',
        message: `The amount to ask for is ${formatCents(computation.totalCents)}: ${formatCents(computation.labourValueCents)} for the work and ${formatCents(computation.lossesTotalCents)} in losses.`,
        citation: relief.authority,
      },
      ...requirements,
    ],
  };
}
