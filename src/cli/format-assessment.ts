import type { Assessment } from '../domain/assessment';
import { courtDate } from '../domain/dates';
import type { Pack } from '../domain/pack-schema';
import type { RestitutionComputation } from '../domain/restitution/computation';

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
  if (a.computation) out.push(...formatComputation(a.computation));
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

function dollars(cents: number): string {
  return `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** The restitution figures, line by line, so a lawyer can check each by hand. */
function formatComputation(c: RestitutionComputation): string[] {
  const out = ['Value of the work, at the minimum wage in force on those days:'];
  for (const w of c.wageLines)
    out.push(
      `  ${w.start} to ${w.end}: ${w.hours} hours at ${dollars(w.rateCents)} = ${dollars(w.straightCents)}` +
        ` + overtime ${dollars(w.overtimeCents)} − paid ${dollars(w.paidCents)} = ${dollars(w.netCents)}`,
    );
  for (const m of c.marketLines)
    out.push(
      `  market rate ${m.start} to ${m.end}: ${m.hours} hours at ${dollars(m.rateCents)} = ${dollars(m.netCents)} net`,
    );
  for (const i of c.incomeLines)
    out.push(`  taken by the defendant ${i.start} to ${i.end}: ${dollars(i.cents)}`);
  out.push('Each measure:');
  for (const m of c.methods)
    out.push(
      `  ${m.code === c.winner ? '*' : ' '} ${m.label}: ${m.available ? dollars(m.totalCents) : 'not computed'} [${m.citation}]`,
    );
  out.push(`Labour value claimed (the greater): ${dollars(c.labourValueCents)}`);
  if (c.losses.length) {
    out.push('Losses:');
    for (const l of c.losses)
      out.push(`  ${l.categoryLabel}: ${l.description}: ${dollars(l.amountCents)}`);
    out.push(`  total losses: ${dollars(c.lossesTotalCents)}`);
  }
  out.push(`Total claimed: ${dollars(c.totalCents)}`);
  if (c.liquidated)
    out.push(`Alternative (not added): ${c.liquidated.text} ${dollars(c.liquidated.totalCents)}`);
  for (const w of c.warnings) out.push(`Warning: ${w.message}`);
  for (const r of c.reasons)
    out.push(`  - ${r.message}${r.citation ? ` [${r.citation}]` : ''} (${r.code})`);
  return out;
}
