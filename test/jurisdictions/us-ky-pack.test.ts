import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from '../documents/packets/helpers';
import { expectDraftsNoPapers, loadedVacatur } from './pack-helpers';

const { pack, vacatur } = loadedVacatur('US-KY');

const CASES = path.join(__dirname, '..', 'fixtures', 'cases', 'us-ky');
function caseOf(name: string): { case: unknown; today?: string } {
  return JSON.parse(readFileSync(path.join(CASES, `${name}.json`), 'utf8'));
}

describe('the Kentucky pack (US-KY): KRS 431.076/.078/.079, which govern the motion, unread (rev-ky review)', () => {
  it('stays under KRS 529.160, re-verified by the review', () => {
    expect(vacatur.authority).toBe('KRS 529.160');
    expect(pack.verifiedOn).toBe('2026-12-05');
  });

  it('drafts no court paper: only the instructions and the cover, and no templates/us-ky folder', () => {
    expectDraftsNoPapers(vacatur);
    expect(vacatur.procedure.captionCourt).toBeUndefined();
    const templates = readdirSync(path.join(__dirname, '..', '..', 'templates'));
    expect(templates).not.toContain('us-ky');
  });

  it('never calls a record eligible or ineligible, since the sections governing relief were not read', () => {
    expect(vacatur.rules.map((r) => r.status)).not.toContain('eligible');
    expect(vacatur.rules.map((r) => r.status)).not.toContain('ineligible');
  });

  it.each(['chapter-529-conviction-lawyer', 'chapter-529-charge-lawyer'])(
    'the %s reason says why no paper, naming KRS 431.078 and 431.079, in English and Spanish',
    (code) => {
      const rule = vacatur.rules.find((r) => r.reason.code === code);
      expect(rule?.status).toBe('needs-review');
      expect(rule?.when.tagsAny).toEqual(['chapter-529']);
      expect(rule?.reason.citation).toBe('KRS 529.160(1), (3)(a)');
      for (const text of [rule?.reason.message ?? '', rule?.reason.messageEs ?? '']) {
        expect(text).toContain('KRS 529.160(3)(a)');
        expect(text).toContain('KRS 431.078');
        expect(text).toContain('431.079');
      }
      expect(rule?.reason.message).toContain('prepares no court paper');
      expect(rule?.reason.messageEs).toContain('no prepara documentos para el tribunal');
    },
  );

  it('cites the secondary sources for KRS 431.078 and 431.079 as what they are, and says what of KRS 431.076 was read', () => {
    const byId = new Map(pack.sources.map((s) => [s.id, s]));
    expect(byId.get('krs-431-078-legalfix-2019')?.supports).toMatch(/^Not current\./);
    expect(byId.get('ky-ksp-certification')?.supports).toMatch(/^Secondary, not the statute/);
    expect(byId.get('krs-431-076-lawserver')?.supports).toMatch(
      /^Only subsections \(1\)\(a\)-\(c\) and \(2\)\(a\)-\(b\) were read/,
    );
    for (const id of ['krs-431-078-legalfix-2019', 'ky-ksp-certification'])
      expect(vacatur.sourceIds).toContain(id);
  });

  it('leaves a lawyer the reason and the findings on the withdrawn papers, in English and Spanish', () => {
    expect(vacatur.needsReview[2]).toMatch(/^No court paper is drafted \(review of 2026-12-05\)/);
    const findings = vacatur.needsReview[3] ?? '';
    for (const point of ['sixty days', 'best of my knowledge', 'KRS 431.079 certification'])
      expect(findings).toContain(point);
    expect(vacatur.needsReviewEs?.[3]).toMatch(/^Hallazgos en los documentos retirados/);
    expect(vacatur.needsReviewEs?.length).toBe(vacatur.needsReview.length);
  });

  it.each(['en', 'es'] as const)(
    'a packet (%s) for a prostitution conviction holds the cover, the instructions and the lawyer memo, and no court paper',
    (lang) => {
      const f = caseOf('01-prostitution-conviction');
      const { packet } = build(f.case, f.today ?? '2026-12-05', lang);
      expect(packet.documents.map((d) => d.id)).toEqual(['cover', 'instructions', 'lawyer-memo']);
      const blocks = packet.documents.flatMap((d) => d.blocks);
      expect(blocks.filter((b) => b.kind === 'caption')).toEqual([]);
      expect(blocks.filter((b) => b.kind === 'signature')).toEqual([]);
    },
  );
});
