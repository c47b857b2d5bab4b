import { buildCaseFixture, docText, onlyDoc, type Built } from './helpers';

/**
 * US-VA papers after the review of 2026-12-05 (docs/decisions.md), read against Va. Code
 * §§ 19.2-327.15 to 19.2-327.20 as amended in 2025: what the affidavit, the certificate of service
 * and the instructions may say, read as text on the pack's fixtures.
 */

const fixture = (name: string, lang: 'en' | 'es' = 'en'): Built =>
  buildCaseFixture('us-va', name, lang);

describe('US-VA papers (review 2026-12-05)', () => {
  it('US-VA: a city conviction is not headed "… COUNTY": the circuit court is left blank, and the person is named first', () => {
    const affidavit = docText(onlyDoc(fixture('08-disorderly-city-court').packet, 'va-affidavit'));
    expect(affidavit).toMatch(/IN THE CIRCUIT COURT OF _{10,}/);
    expect(affidavit).not.toMatch(/RICHMOND COUNTY|COUNTY OF RICHMOND/);
    const person = affidavit.indexOf('TAMIKA LEE JOHNSON');
    const commonwealth = affidavit.indexOf('COMMONWEALTH OF VIRGINIA');
    expect(person).toBeGreaterThan(-1);
    expect(commonwealth).toBeGreaterThan(person);
    expect(affidavit).toMatch(/Petitioner[^]*Respondent/);
  });

  it('US-VA: the affidavit is the statement filed under seal and asks for the § 19.2-327.17(B) facts', () => {
    const affidavit = docText(onlyDoc(fixture('24-safety-concerns').packet, 'va-affidavit'));
    expect(affidavit).toMatch(/FILED UNDER SEAL/);
    expect(affidavit).toMatch(/short, plain statement required by Va\. Code § 19\.2-327\.17\(B\)/);
    expect(affidavit).toMatch(/the person or persons who trafficked me/);
    expect(affidavit).toMatch(/years old when I became a victim of human trafficking/);
    expect(affidavit).toMatch(/was the proximate cause of the offense/);
    // The 2021 words and an admission of participation are gone.
    expect(affidavit).not.toMatch(/participation|direct result|I committed/);
  });

  it('US-VA: the certificate offers only the ways § 19.2-327.17(D) allows', () => {
    const certificate = docText(
      onlyDoc(fixture('01-prostitution-eligible').packet, 'va-certificate-of-service'),
    );
    expect(certificate).toMatch(/\[ \] delivery;/);
    expect(certificate).toMatch(/first-class mail, postage prepaid/);
    expect(certificate).not.toMatch(/another method/);
  });

  it('US-VA: the instructions say the petition is a case of its own and name the fingerprints, the seal and the 30 days', () => {
    const en = docText(onlyDoc(fixture('01-prostitution-eligible').packet, 'instructions'));
    expect(en).toMatch(/starts a court case of its own/);
    expect(en).not.toMatch(/made in your old criminal case/);
    expect(en).toMatch(/fingerprints from a law-enforcement agency/);
    expect(en).toMatch(/ask the clerk to file it under seal/);
    expect(en).toMatch(/30 days after receiving it/);
    const es = docText(onlyDoc(fixture('01-prostitution-eligible', 'es').packet, 'instructions'));
    expect(es).toMatch(/bajo sello/);
    expect(es).toMatch(/huellas digitales/);
  });

  it('US-VA: labor trafficking counts since 2025, so a labor-only petit larceny conviction gets an affidavit', () => {
    const built = fixture('07-petit-larceny-labor-trafficking');
    expect(built.a.convictions[0]?.status).toBe('eligible');
    const affidavit = docText(onlyDoc(built.packet, 'va-affidavit'));
    expect(affidavit).toMatch(/victim of labor trafficking/);
    expect(affidavit).toMatch(/Va\. Code § 18\.2-96/);
  });
});
