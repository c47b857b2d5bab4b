import { existsSync } from 'node:fs';
import path from 'node:path';
import { expectDraftsNoPapers, loadedVacatur } from './pack-helpers';

describe('the Maryland pack (US-MD): § 8-302 read only up to item (xix) of its list', () => {
  const { pack, vacatur } = loadedVacatur('US-MD');

  it('drafts no court paper: only the instructions and the cover, and no Maryland templates remain', () => {
    expectDraftsNoPapers(vacatur);
    expect(vacatur.procedure.perjuryClause).toBeUndefined();
    expect(vacatur.procedure.captionCourt).toBeUndefined();
    expect(existsSync(path.join(__dirname, '..', '..', 'templates', 'us-md'))).toBe(false);
  });

  it('never calls a record eligible, and says why in English and Spanish', () => {
    expect(vacatur.rules.every((r) => r.status !== 'eligible')).toBe(true);
    const listed = vacatur.rules.find((r) => r.reason.code === 'listed-offense-lawyer');
    expect(listed?.when.tagsAny).toEqual(['qualifying']);
    expect(listed?.reason.message).toContain('prepares no court paper');
    expect(listed?.reason.message).toContain('signed and consented to by the State');
    expect(listed?.reason.message).toContain('reasonable period of time after the conviction');
    expect(listed?.reason.messageEs).toContain('no prepara documentos para el tribunal');
    expect(listed?.reason.messageEs).toContain('firmada y consentida por la fiscalía');
    expect(listed?.reason.messageEs).toContain('plazo razonable después de la condena');
  });

  it('no reason still speaks of court papers this pack no longer makes', () => {
    for (const r of vacatur.rules) {
      expect(r.reason.message).not.toMatch(/these papers|out of the court papers/);
      expect(r.reason.messageEs).not.toMatch(/estos documentos|fuera de los documentos/);
    }
  });

  it('cites the earlier version it read as earlier, and says what the current text leaves unread', () => {
    const old = pack.sources.find((s) => s.id === 'getpocketlaw-cp-8-302-old');
    expect(old?.supports).toContain('EARLIER version');
    expect(old?.supports).toContain('signed and consented to by the State');
    expect(vacatur.sourceIds).toContain('getpocketlaw-cp-8-302-old');
    expect(vacatur.sourceIds).toContain('self-law-cp-8-302');
    expect(vacatur.needsReview[0]).toMatch(/^The current text of § 8-302 was read only in part/);
    expect(vacatur.needsReview[0]).toContain('843 words');
    expect(vacatur.needsReviewEs?.[0]).toContain('843 palabras');
    expect(vacatur.effect.text).toContain('modify the sentence, or grant a new trial');
    expect(vacatur.effect.textEs).toContain('modificar la pena u ordenar un nuevo juicio');
    expect(vacatur.timing.text).toContain('reasonable period of time after the conviction');
    expect(vacatur.needsReview.length).toBe(vacatur.needsReviewEs?.length);
  });
});
