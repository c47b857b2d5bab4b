import type { Pack } from '../domain/pack-schema';

/**
 * The coverage table of docs/JURISDICTIONS.md, made from the packs alone: what each jurisdiction
 * offers, under what law, for which records, on what proof, in which court, when its law was last
 * checked, and which papers the tool makes. A test fails when the committed file is stale.
 */

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

const PROOF: Record<string, string> = {
  preponderance: 'preponderance of the evidence',
  'clear-and-convincing': 'clear and convincing evidence',
  'reasonable-probability': 'reasonable probability',
  'not-stated': 'not stated',
};

/** The titles of a relief's court papers, a title built from what a set asks for read generally. */
export function paperTitles(relief: NonNullable<Pack['reliefs']['vacatur']>): string[] {
  return relief.documents.flatMap((id) => {
    const paper = relief.papers[id];
    if (!paper) return [];
    const asks = paper.asks;
    return [
      asks
        ? paper.title.replace('{asks}', `${asks.vacatur[0]} or ${asks.expungement[0]}`)
        : paper.title,
    ];
  });
}

/** The plain words of the coverage table for a pack that offers no relief (`reliefs.none`). */
export const NO_RELIEF_REMEDY = {
  'none-for-adults': 'No trafficking-specific relief for adults found — other options',
  unconfirmed: 'Could not confirm the law — other options',
} as const;

export interface CoverageRow {
  code: string;
  name: string;
  remedy: string;
  authority: string;
  scope: string;
  proof: string;
  court: string;
  verifiedOn: string;
  papers: string;
  restitution: string;
}

export function coverageRows(packs: readonly Pack[]): CoverageRow[] {
  return [...packs]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((p) => {
      const none = p.reliefs.none;
      if (none)
        return {
          code: p.code,
          name: p.name,
          remedy: NO_RELIEF_REMEDY[none.finding],
          authority: none.authority,
          scope: `Other options: ${none.otherOptions.map((o) => `${o.name} (${o.citation})`).join('; ')}`,
          proof: '',
          court: '',
          verifiedOn: p.verifiedOn,
          papers: 'none (instructions and a lawyer memo only)',
          restitution: p.reliefs.restitution ? p.reliefs.restitution.authority : 'not yet',
        };
      const v = p.reliefs.vacatur;
      const papers = v ? paperTitles(v) : [];
      return {
        code: p.code,
        name: p.name,
        remedy: v ? `${v.remedy}: ${v.remedyName}` : 'none offered by this tool',
        authority: v?.authority ?? '',
        scope: v
          ? `${v.scope.offenses} Convictions: ${v.scope.convictions ? 'yes' : 'no'}. Without a conviction: ${v.scope.nonConvictions} Juvenile: ${v.scope.juvenile}`
          : '',
        proof: v ? (PROOF[v.proof.standard] ?? v.proof.standard) : '',
        court: v?.procedure.court ?? '',
        verifiedOn: p.verifiedOn,
        papers: papers.length ? papers.join('; ') : 'none',
        restitution: p.reliefs.restitution ? p.reliefs.restitution.authority : 'not yet',
      };
    });
}

export function coverageMarkdown(packs: readonly Pack[]): string {
  const rows = coverageRows(packs);
  const head = [
    '# Jurisdictions',
    '',
    'Generated from `jurisdictions/*.json` by `npm run docs:jurisdictions`; a test fails when this',
    'file is stale. Each pack names its sources; open points a lawyer should check are in each',
    "pack's `needsReview` and on the last page of every packet.",
    '',
    `${rows.length} jurisdictions.`,
    '',
    '| Code | Name | Remedy | Authority | Records reached | Proof | Court | Law checked | Papers | Restitution |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const body = rows.map(
    (r) =>
      `| ${[r.code, r.name, r.remedy, r.authority, r.scope, r.proof, r.court, r.verifiedOn, r.papers, r.restitution].map(cell).join(' | ')} |`,
  );
  return [...head, ...body, ''].join('\n');
}
