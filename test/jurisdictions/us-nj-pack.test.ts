import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveOffense } from '../../src/domain/citations';
import { build } from '../documents/packets/helpers';
import { expectDraftsNoPapers, loadedVacatur } from './pack-helpers';

const { pack, vacatur } = loadedVacatur('US-NJ');

function resolvedCitation(raw: string): string {
  const match = resolveOffense(raw, pack);
  return match.kind === 'found' ? match.offense.citation : match.kind;
}

const CASES = path.join(__dirname, '..', 'fixtures', 'cases', 'us-nj');
function caseOf(name: string): { case: unknown; today?: string } {
  return JSON.parse(readFileSync(path.join(CASES, `${name}.json`), 'utf8'));
}

describe('the New Jersey pack (US-NJ): N.J.S.A. 2C:44-1.1 read only in part (rev-nj review)', () => {
  it('loads through its schema under N.J.S.A. 2C:44-1.1, re-verified by the review', () => {
    expect(pack.code).toBe('US-NJ');
    expect(vacatur.authority).toBe('N.J.S.A. 2C:44-1.1');
    expect(pack.verifiedOn).toBe('2026-12-05');
  });

  it('drafts no court paper: only the instructions and the cover, and no templates/us-nj folder', () => {
    expectDraftsNoPapers(vacatur);
    expect(vacatur.procedure.captionCourt).toBeUndefined();
    const templates = readdirSync(path.join(__dirname, '..', '..', 'templates'));
    expect(templates).not.toContain('us-nj');
  });

  it('never calls a record eligible or ineligible on text it did not read, and says why in both languages', () => {
    expect(vacatur.rules.map((r) => r.status)).not.toContain('eligible');
    expect(vacatur.rules.map((r) => r.status)).not.toContain('ineligible');
    for (const code of ['vacatur-lawyer', 'expungement-lawyer']) {
      const rule = vacatur.rules.find((r) => r.reason.code === code);
      expect(rule?.reason.message).toContain('prepares no court paper');
      expect(rule?.reason.message).toContain('only subsection a.(2)');
      expect(rule?.reason.messageEs).toContain('no prepara documentos para el tribunal');
      expect(rule?.reason.messageEs).toContain('solo se leyó el inciso a.(2)');
    }
  });

  it('sends an excluded conviction to a lawyer, naming the exclusion as the committee statement words it', () => {
    const onExcluded = vacatur.rules.filter((r) => r.when.tagsAny?.includes('excluded-2c-44-1-1'));
    expect(onExcluded.map((r) => [r.when.records ?? 'any', r.status, r.reason.code])).toEqual([
      [['conviction'], 'needs-review', 'offense-excluded'],
      ['any', 'needs-review', 'excluded-charge-not-convicted'],
    ]);
    expect(onExcluded[0]?.reason.message).toContain("legislature's committee statement");
    expect(onExcluded[0]?.reason.messageEs).toContain('declaración de la comisión');
  });

  it('excludes exactly the five offenses the committee statement names, by section', () => {
    const excluded = pack.offenses
      .filter((o) => o.tags.includes('excluded-2c-44-1-1'))
      .map((o) => o.section.replace(/[a-z]$/, ''));
    expect([...new Set(excluded)].sort()).toEqual([
      '2C:11-3',
      '2C:11-4',
      '2C:13-1',
      '2C:13-6',
      '2C:14-2',
    ]);
  });

  it('does not present summaries or the committee statement as the statute', () => {
    expect(vacatur.nexus.text).toMatch(/^As the legislature's committee statement describes it/);
    expect(vacatur.nexus.citation).toBe('N.J.S.A. 2C:44-1.1');
    expect(vacatur.proof.text).toMatch(/^Freedom Network USA reports/);
    expect(vacatur.proof.presumptions[0]?.text).toMatch(/^Freedom Network USA reports/);
    expect(vacatur.timing.text).toContain('written for the prostitution-only law');
    expect(vacatur.effect.text).toMatch(/^As read in subsection a\.\(2\)/);
    expect(vacatur.effect.text).toContain('N.J.S.A. 2C:52');
  });

  it('leaves a lawyer the findings on the withdrawn papers, in English and Spanish', () => {
    expect(vacatur.needsReview[0]).toMatch(
      /^The full current text of N\.J\.S\.A\. 2C:44-1\.1 .* was not read, so this tool drafts no court paper/,
    );
    const findings = vacatur.needsReview[1] ?? '';
    for (const point of ['XP-21-002190', 'Defendant-Movant', 'reasonable time', '39:3-40'])
      expect(findings).toContain(point);
    expect(vacatur.needsReviewEs?.[1]).toContain('XP-21-002190');
    expect(vacatur.needsReviewEs?.length).toBe(vacatur.needsReview.length);
  });

  it('still serves the Attorney General and the County Prosecutor, as the procedure read describes', () => {
    const parties = vacatur.procedure.serve.map((s) => s.party);
    expect(parties).toEqual(
      expect.arrayContaining([
        'Attorney General of New Jersey',
        'County Prosecutor of the county where the court sits',
      ]),
    );
  });

  it('decides a pending charge first, as needs-review', () => {
    expect(vacatur.rules[0]?.when).toEqual({ dispositions: ['pending'] });
    expect(vacatur.rules[0]?.status).toBe('needs-review');
    expect(vacatur.rules[0]?.reason.code).toBe('charge-pending');
  });

  it('reads the ways New Jersey records write a section', () => {
    for (const raw of [
      '2C:34-1',
      'N.J.S.A. 2C:34-1',
      'N.J.S. 2C:34-1',
      'NJSA 2C:34-1',
      'N.J. Stat. Ann. § 2C:34-1',
    ])
      expect({ raw, citation: resolvedCitation(raw) }).toEqual({
        raw,
        citation: 'N.J.S.A. 2C:34-1',
      });
    expect(resolvedCitation('39:3-40')).toBe('N.J.S.A. 39:3-40');
    expect(resolvedCitation('N.J.S.A. 2C:35-10a(1)')).toBe('N.J.S.A. 2C:35-10a');
  });

  it('lists every offense under its bare section too, since a bare number with a colon is not parsed', () => {
    const missing = pack.offenses.filter((o) => !o.spellings.includes(o.section));
    expect(missing.map((o) => o.section)).toEqual([]);
  });

  it.each(['en', 'es'] as const)(
    'a packet (%s) holds the cover, the instructions and the lawyer memo, and no court paper',
    (lang) => {
      const f = caseOf('22-two-counties-one-application');
      const { packet } = build(f.case, f.today ?? '2026-11-27', lang);
      expect(packet.documents.map((d) => d.id)).toEqual(['cover', 'instructions', 'lawyer-memo']);
      const blocks = packet.documents.flatMap((d) => d.blocks);
      expect(blocks.filter((b) => b.kind === 'caption')).toEqual([]);
      expect(blocks.filter((b) => b.kind === 'signature')).toEqual([]);
    },
  );

  it('says in Spanish every point it could not confirm', () => {
    expect(vacatur.needsReview.length).toBeGreaterThan(0);
    expect(vacatur.needsReviewEs?.length).toBe(vacatur.needsReview.length);
  });
});
