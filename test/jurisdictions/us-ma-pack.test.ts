import { expectDraftsNoPapers, loadedVacatur } from './pack-helpers';

describe('the Massachusetts pack (US-MA): § 59 read only to "provided, however, that:"', () => {
  const { vacatur } = loadedVacatur('US-MA');

  it('drafts no court paper: only the instructions and the cover go into the packet', () => {
    expectDraftsNoPapers(vacatur);
  });

  it('sends a listed offense to a lawyer, saying in English and Spanish that the provisos were not read', () => {
    expect(vacatur.rules.every((r) => r.status !== 'eligible')).toBe(true);
    const listed = vacatur.rules.find((r) => r.reason.code === 'listed-offense-lawyer');
    expect(listed?.status).toBe('needs-review');
    expect(listed?.when.tagsAny).toEqual(['ma59-listed']);
    expect(listed?.reason.message).toContain('"provided, however, that:"');
    expect(listed?.reason.message).toContain('prepares no court paper');
    expect(listed?.reason.messageEs).toContain('«provided, however, that:»');
    expect(listed?.reason.messageEs).toContain('no prepara documentos para el tribunal');
  });

  it('no longer tells the person her record is left out of papers that do not exist', () => {
    for (const r of vacatur.rules) {
      expect(r.reason.message).not.toMatch(/court paper; it is left out|these papers/);
      expect(r.reason.messageEs).not.toMatch(/mientras tanto queda fuera|estos documentos/);
    }
  });

  it('says first, for a lawyer, what of § 59 was not read and how to restore the papers', () => {
    expect(vacatur.needsReview[0]).toMatch(
      /^The current text of G\.L\. c\. 265, § 59 was not read whole/,
    );
    expect(vacatur.needsReview[0]).toContain('House amendment #16 to H4011 (2017)');
    expect(vacatur.needsReviewEs?.[0]).toMatch(/^No se leyó completo el texto actual/);
  });
});
