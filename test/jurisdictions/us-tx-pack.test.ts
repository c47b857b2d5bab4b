import { expectDraftsNoPapers, loadedVacatur } from './pack-helpers';

describe('the Texas pack (US-TX): § 411.0728 read only in part, a 2025 amendment unread', () => {
  const { pack, vacatur } = loadedVacatur('US-TX');

  it('drafts no court paper: only the instructions and the cover go into the packet', () => {
    expectDraftsNoPapers(vacatur);
  });

  it('never calls a record eligible for papers, and says why in English and Spanish', () => {
    expect(vacatur.rules.every((r) => r.status !== 'eligible')).toBe(true);
    const listed = vacatur.rules.find((r) => r.reason.code === 'listed-offense-lawyer');
    expect(listed?.when.tagsAny).toEqual(['tx-0728-listed']);
    expect(listed?.reason.message).toContain('prepares no court paper');
    expect(listed?.reason.message).toContain('2025');
    expect(listed?.reason.message).toContain('§ 411.074(b)');
    expect(listed?.reason.messageEs).toContain('§ 411.074(b)');
    expect(listed?.reason.messageEs).toContain('no prepara documentos para el tribunal');
    expect(listed?.reason.messageEs).toContain('2025');
  });

  it('states § 411.074(b) as read (barred offenses), not as the later-conviction rule of (a)', () => {
    const req = vacatur.requirements.find((q) => q.code === 'section-411-074b');
    for (const text of [req?.message ?? '', req?.messageEs ?? '']) {
      for (const section of ['20.04', '19.02', '20A.02', '22.04', '25.07', '42.072'])
        expect(text).toContain(section);
    }
    expect(req?.message).toContain('§ 411.074(a), which § 411.0728(b) does not name');
    expect(req?.citation).toBe("Tex. Gov't Code §§ 411.0728(b), 411.074");
  });

  it('follows § 411.0745: a civil filing fee, notice to the State by the court, 45 days', () => {
    const p = vacatur.procedure;
    expect(p.fee.text).toContain('civil case (§ 411.0745(b))');
    expect(p.fee.textEs).toContain('caso civil (§ 411.0745(b))');
    expect(p.serve[0]?.text).toContain('the court gives the State notice (§ 411.0745(e))');
    expect(p.hearing).toContain('45th day');
    expect(p.hearingEs).toContain('día 45');
    expect(p.court).toContain('new civil case');
    const ids = new Set(pack.sources.map((s) => s.id));
    for (const id of [
      'tx-gc-411-0745-publiclaw',
      'tx-gc-411-0745-casetext',
      'tx-gc-411-074-justia',
    ])
      expect(ids.has(id) && vacatur.sourceIds.includes(id)).toBe(true);
  });

  it('tells a lawyer what later papers must get right: a new civil case, not the criminal caption', () => {
    expect(vacatur.needsReview.some((n) => n.includes("'In the Matter of [name]'"))).toBe(true);
    expect(vacatur.needsReview[0]).toMatch(
      /^The current codified text of § 411\.0728 was not read/,
    );
  });
});
