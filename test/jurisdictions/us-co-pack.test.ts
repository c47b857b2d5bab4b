import { existsSync } from 'node:fs';
import path from 'node:path';
import { expectDraftsNoPapers, loadedVacatur } from './pack-helpers';

describe('the Colorado pack (US-CO): § 18-1-410.7 read only up to (3)(a)', () => {
  const { pack, vacatur } = loadedVacatur('US-CO');

  it('drafts no court paper: only the instructions and the cover, and no Colorado templates remain', () => {
    expectDraftsNoPapers(vacatur);
    expect(vacatur.procedure.perjuryClause).toBeUndefined();
    expect(vacatur.procedure.captionCourt).toBeUndefined();
    expect(existsSync(path.join(__dirname, '..', '..', 'templates', 'us-co'))).toBe(false);
  });

  it('never calls a record eligible, and says why in English and Spanish', () => {
    expect(vacatur.rules.every((r) => r.status !== 'eligible')).toBe(true);
    const covered = vacatur.rules.find((r) => r.reason.code === 'covered-offense-lawyer');
    expect(covered?.when.records).toEqual(['conviction']);
    expect(covered?.reason.message).toContain('prepares no court paper');
    expect(covered?.reason.message).toContain('only up to subsection (3)(a)');
    expect(covered?.reason.message).toContain('2025 or 2026');
    expect(covered?.reason.messageEs).toContain('no prepara documentos para el tribunal');
    expect(covered?.reason.messageEs).toContain('solo se leyó hasta el inciso (3)(a)');
    expect(covered?.reason.messageEs).toContain('2025 o 2026');
  });

  it('no reason still speaks of court papers or an affidavit this pack no longer makes', () => {
    for (const r of vacatur.rules) {
      expect(r.reason.message).not.toMatch(/these papers|out of the court papers/);
      expect(r.reason.messageEs).not.toMatch(/estos documentos|fuera de los documentos/);
    }
    expect(vacatur.timing.outsidePeriod?.message).not.toMatch(/affidavit/);
    expect(vacatur.timing.outsidePeriod?.messageEs).not.toMatch(/declaración/);
  });

  it('says which subsections each copy gave, and what is unread, in both languages', () => {
    const findlaw = pack.sources.find((s) => s.id === 'findlaw-18-1-410-7');
    expect(findlaw?.supports).toContain('(3)(b) and everything after it were not read');
    const form = pack.sources.find((s) => s.id === 'getpocketlaw-13-27-106');
    expect(form?.supports).toContain('city or other location, and state or country');
    expect(vacatur.sourceIds).toEqual(
      expect.arrayContaining(['cga-hb24-1345', 'getpocketlaw-13-27-106']),
    );
    expect(vacatur.needsReview[0]).toMatch(
      /^The current text of § 18-1-410\.7 was read only in part/,
    );
    expect(vacatur.needsReview[0]).toContain('2025 or 2026 sessions');
    expect(vacatur.needsReviewEs?.[0]).toContain('sesiones de 2025 o 2026');
    expect(vacatur.effect.text).toContain('(5)(b)');
    expect(vacatur.effect.textEs).toContain('(5)(b)');
    expect(vacatur.needsReview.length).toBe(vacatur.needsReviewEs?.length);
  });
});
