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

/** The section number a charge names: "18 U.S.C. § 1591(a)(1)" → "1591"; "PC 236.1(c)" → "236.1". */
export function sectionOf(charge: string): string {
  const bare = charge.replace(/\([^)]*\)/g, ' ');
  const numbers = bare.match(/\d+(?:\.\d+)*[a-z]?/gi) ?? [];
  return (numbers.at(-1) ?? '').toLowerCase();
}

type RestitutionLaw = NonNullable<Pack['reliefs']['restitution']>;

/**
 * Does the law's restitution follow the defendant's conviction? Undefined when the pack says
 * nothing; `covered: undefined` with a requirement asking for it when the offense is not given.
 */
function convictionCheck(
  convictedOf: readonly string[],
  relief: RestitutionLaw,
): { covered: boolean | undefined; requirement: Assessment['requirements'][number] } | undefined {
  const rule = relief.convictions;
  if (!rule) return undefined;
  const pick = (r: typeof rule.unknown) => ({
    code: r.code,
    message: r.message,
    ...(r.messageEs ? { messageEs: r.messageEs } : {}),
    ...(r.citation ? { citation: r.citation } : {}),
  });
  if (convictedOf.length === 0) return { covered: undefined, requirement: pick(rule.unknown) };
  const sections = new Set(rule.sections.map((s) => s.toLowerCase()));
  const covered = convictedOf.some((o) => sections.has(sectionOf(o)));
  return covered ? undefined : { covered: false, requirement: pick(rule.notCovered) };
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
  const conviction = convictionCheck(c.restitution.convictedOf, relief);
  if (conviction?.covered === false)
    return {
      ...needsReview(pack, today, conviction.requirement.code, conviction.requirement.message),
      requirements: [conviction.requirement],
      computation,
    };
  const requirements = [
    ...(conviction ? [conviction.requirement] : []),
    ...relief.requirements.map((r) => ({
      code: r.code,
      message: r.message,
      ...(r.messageEs ? { messageEs: r.messageEs } : {}),
      ...(r.citation ? { citation: r.citation } : {}),
    })),
  ];
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
