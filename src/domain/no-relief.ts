import type { Assessment, Reason, RecordAssessment } from './assessment';
import type { Case } from './case-schema';
import { recordKind } from './eligibility';
import type { NoRelief, Pack } from './pack-schema';

/**
 * The reason codes a no-relief pack gives every record. Each record is `needs-review`: the tool
 * files nothing, and a lawyer decides whether another road (general expungement, a pardon, the
 * juvenile or federal route) fits.
 */
export const NO_RELIEF_CODES = {
  'none-for-adults': 'no-adult-trafficking-relief',
  unconfirmed: 'trafficking-relief-unconfirmed',
} as const;
export const JUVENILE_OPTION_CODE = 'juvenile-relief-may-apply';

function reasonsFor(kind: string, relief: NoRelief): Reason[] {
  const reasons: Reason[] = [
    {
      code: NO_RELIEF_CODES[relief.finding],
      message: relief.summary,
      messageEs: relief.summaryEs,
      citation: relief.authority,
    },
  ];
  const juvenile = relief.otherOptions.find((o) => o.kind === 'juvenile');
  if (kind === 'juvenile' && juvenile)
    reasons.push({
      code: JUVENILE_OPTION_CODE,
      message: `${juvenile.name}: ${juvenile.does}`,
      messageEs: `${juvenile.nameEs}: ${juvenile.doesEs}`,
      citation: juvenile.citation,
    });
  return reasons;
}

/** The assessment where the state gives no relief (or none confirmed): every record needs review. */
export function assessNoRelief(c: Case, pack: Pack, relief: NoRelief, today: string): Assessment {
  const convictions: RecordAssessment[] = c.convictions.map((record, index) => {
    const kind = recordKind(record);
    return {
      index,
      asWritten: record.offense,
      kind,
      status: 'needs-review',
      reasons: reasonsFor(kind, relief),
    };
  });
  return {
    jurisdiction: pack.code,
    relief: 'vacatur',
    remedy: 'none',
    authority: relief.authority,
    verifiedOn: pack.verifiedOn,
    assessedOn: today,
    overall: 'needs-review',
    convictions,
    requirements: [],
    needsReview: relief.needsReview,
  };
}
