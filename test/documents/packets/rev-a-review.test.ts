import { buildCaseFixture, docsById, docText, onlyDoc, type Built } from './helpers';

/**
 * Washington, District of Columbia and Michigan papers after the independent review of
 * 2026-12-05 (docs/decisions.md, "rev-a"): what each court paper may say, read as text on the
 * packs' fixtures.
 */

const fixture = (state: string, name: string, lang: 'en' | 'es' = 'en'): Built =>
  buildCaseFixture(state, name, lang);

describe('US-WA papers (review 2026-12-05)', () => {
  it('US-WA: the self-represented person signs the certificate of service under penalty of perjury (CR 5(b)(2)(B))', () => {
    const certificate = docText(
      onlyDoc(fixture('us-wa', '01-9A-88-030').packet, 'wa-certificate-of-service'),
    );
    expect(certificate).toMatch(
      /I declare under penalty of perjury under the law of Washington that the foregoing is true and correct\./,
    );
    expect(certificate).toMatch(/Signed at: _+ \(city or other location, and state or country\)/);
  });

  it("US-WA: a felony motion and order do not rest the clerk's report to the State Patrol on the misdemeanor section alone", () => {
    const built = fixture('us-wa', '33-attorney-two-courts');
    const felonyMotion = docText(docsById(built.packet, 'wa-motion')[1]!);
    expect(felonyMotion).toMatch(/RCW 9\.96\.060\(9\); RCW 9\.94A\.640\(4\)\(a\)/);
    expect(felonyMotion).not.toMatch(/defendant \(RCW 9\.96\.060\(9\)\)/);
    const felonyOrder = docText(docsById(built.packet, 'wa-proposed-order')[1]!);
    expect(felonyOrder).toMatch(
      /criminal justice enforcement agencies \(RCW 9\.96\.060\(9\); RCW 9\.94A\.640\(4\)\(a\)\)/,
    );
  });
  it('US-WA: the Spanish instructions never call the declaration a "declaración jurada" (a notarized affidavit in docs/spanish.md)', () => {
    const es = docText(onlyDoc(fixture('us-wa', '01-9A-88-030', 'es').packet, 'instructions'));
    expect(es).not.toMatch(
      /declaración jurada bajo pena de perjurio|\(la declaración jurada que pide la ley\)/,
    );
    expect(es).toMatch(/sin notario/);
  });
});

describe('US-DC papers (review 2026-12-05)', () => {
  it('US-DC: the § 22-1845(f) presumption is pleaded for an HHS letter and argued for a T visa, never for Continued Presence or a police letter', () => {
    const hhs = docText(
      onlyDoc(fixture('us-dc', '37-hhs-certification-letter').packet, 'dc-motion'),
    );
    expect(hhs).toMatch(
      /certification or eligibility letter issued by U\.S\. Department of Health and Human Services[^]*asks the Court to apply the presumption/,
    );

    const tVisa = docText(
      onlyDoc(fixture('us-dc', '29-conviction-and-arrest-t-visa').packet, 'dc-motion'),
    );
    expect(tVisa).toMatch(
      /The movant submits that it is an official record from a federal proceeding/,
    );
    expect(tVisa).not.toMatch(/service provider[^.]*presumption/);

    const built = fixture('us-dc', '36-labor-continued-presence-police-letter');
    const motion = docText(onlyDoc(built.packet, 'dc-motion'));
    expect(motion).toMatch(/Continued Presence/);
    expect(motion).toMatch(/Metropolitan Police Department/);
    expect(motion).not.toMatch(/presumption/);
    expect(motion).toMatch(/victim of labor trafficking/);
  });

  it('US-DC: a one-record motion speaks of the offense, not the offenses', () => {
    const motion = docText(
      onlyDoc(fixture('us-dc', '37-hhs-certification-letter').packet, 'dc-motion'),
    );
    expect(motion).toMatch(
      /related to the offense listed above have completed, and that the movant has completed any sentence[^.]*related to it \(D\.C\. Code/,
    );
  });

  it('US-DC: the affidavit leaves the end of the proceedings and of the sentence as a box the person checks, not a sworn statement', () => {
    const built = fixture('us-dc', '29-conviction-and-arrest-t-visa');
    const affidavit = docText(onlyDoc(built.packet, 'dc-affidavit'));
    expect(affidavit).toMatch(
      /\[ \] All criminal proceedings against me related to these offenses have completed, and I have completed any sentence[^.]*\. \(I check this box only if it is true\.\)/,
    );
    const motion = docText(onlyDoc(built.packet, 'dc-motion'));
    expect(motion).toMatch(
      /The movant's affidavit states that all criminal proceedings against the movant related to the offenses listed above/,
    );
  });
});

describe('US-MI papers (review 2026-12-05)', () => {
  it('US-MI: the affidavit names no state in its venue or notary lines, since the person may swear it outside Michigan', () => {
    const affidavit = docText(
      onlyDoc(fixture('us-mi', '25-t-visa-and-safety').packet, 'mi-affidavit'),
    );
    expect(affidavit).not.toMatch(/STATE OF MICHIGAN, COUNTY OF|Notary public, State of Michigan/);
    expect(affidavit).toMatch(/State of _+, County of _+, ss\./);
  });

  it('US-MI: the instructions say the court may not set aside while any charge is pending (MCL 780.621d(4)(b)), in English and Spanish', () => {
    const en = docText(onlyDoc(fixture('us-mi', '01-soliciting-mcl').packet, 'instructions'));
    expect(en).toMatch(
      /may not set aside a conviction while any criminal charge is pending against you/,
    );
    const es = docText(onlyDoc(fixture('us-mi', '01-soliciting-mcl', 'es').packet, 'instructions'));
    expect(es).toMatch(
      /no puede anular una condena mientras haya un cargo penal pendiente contra usted/,
    );
  });
  it('US-MI: what the order does says restitution still owed must still be paid (MCL 780.622(7))', () => {
    const en = docText(onlyDoc(fixture('us-mi', '01-soliciting-mcl').packet, 'instructions'));
    expect(en).toMatch(/any restitution still owed to a victim must still be paid/);
    const es = docText(onlyDoc(fixture('us-mi', '01-soliciting-mcl', 'es').packet, 'instructions'));
    expect(es).toMatch(/la restitución que todavía se deba a una víctima se debe pagar igual/);
  });
});
