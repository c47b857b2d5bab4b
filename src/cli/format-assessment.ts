import type { Assessment } from '../domain/assessment';
import { courtDate } from '../domain/dates';
import type { Pack } from '../domain/pack-schema';

const STATUS_WORDS = {
  eligible: 'ELIGIBLE',
  ineligible: 'NOT ELIGIBLE',
  'needs-review': 'A LAWYER SHOULD REVIEW',
} as const;

/** A readable assessment for a terminal: every reason with the law it rests on. */
export function formatAssessment(a: Assessment, pack: Pack): string {
  const out: string[] = [];
  out.push(`${pack.name}: ${a.relief} under ${a.authority}`);
  out.push(`Law last verified ${courtDate(a.verifiedOn)}; assessed ${courtDate(a.assessedOn)}.`);
  out.push(`Overall: ${a.overall}`);
  out.push('');
  for (const r of a.convictions) {
    const what = r.offense ? `${r.offense.name} (${r.offense.citation})` : 'charge not identified';
    const remedy = r.remedy ? ` — ${r.remedy}` : '';
    out.push(
      `${r.index + 1}. "${r.asWritten}": ${what}, ${r.kind}: ${STATUS_WORDS[r.status]}${remedy}`,
    );
    for (const reason of r.reasons)
      out.push(
        `     - ${reason.message}${reason.citation ? ` [${reason.citation}]` : ''} (${reason.code})`,
      );
  }
  if (a.requirements.length) {
    out.push('', 'What the law requires:');
    for (const q of a.requirements)
      out.push(
        `  - ${q.message}${q.citation ? ` [${q.citation}]` : ''}${q.dueDate ? ` (by ${courtDate(q.dueDate)})` : ''}`,
      );
  }
  if (a.needsReview.length) {
    out.push('', 'Points a lawyer should check:');
    for (const n of a.needsReview) out.push(`  - ${n}`);
  }
  out.push('', 'This is information about the law, not legal advice.');
  return `${out.join('\n')}\n`;
}
