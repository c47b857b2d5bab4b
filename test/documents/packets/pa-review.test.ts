import { buildCaseFixture, docText, onlyDoc, type Built } from './helpers';

/**
 * US-PA papers after the independent legal review of 2026-12-05 (docs/decisions.md, rev-pa): what
 * the motion, the verified statement, the certificate of service and the instructions may say
 * under 18 Pa.C.S. § 3019(d)-(g), read as text on the pack's fixtures.
 */

const fixture = (name: string, lang: 'en' | 'es' = 'en'): Built =>
  buildCaseFixture('us-pa', name, lang);

const flat = (s: string): string => s.replace(/\s+/g, ' ');

describe('US-PA papers (legal review 2026-12-05)', () => {
  it('US-PA: the motion pleads the § 3019(e) presumption only with documentation from a government agency, and names it', () => {
    const providerOnly = flat(
      docText(onlyDoc(fixture('27-provider-letter-only').packet, 'pa-motion')),
    );
    expect(providerOnly).toMatch(/No official determination or documentation is required/);
    expect(providerOnly).toMatch(/Harrisburg Survivor Services/);
    expect(providerOnly).not.toMatch(/presumption/);

    const tVisa = flat(
      docText(onlyDoc(fixture('01-eligible-prostitution-5902').packet, 'pa-motion')),
    );
    expect(tVisa).toMatch(
      /creates a presumption[^]*attached documentation from a government agency is:[^]*T nonimmigrant status \(T visa\), issued by USCIS/,
    );
  });

  it('US-PA: the motion does not say the attorney for the Commonwealth has consented; it says how the consent is given', () => {
    const motion = flat(
      docText(onlyDoc(fixture('01-eligible-prostitution-5902').packet, 'pa-motion')),
    );
    expect(motion).not.toMatch(
      /The attorney for the Commonwealth consents to this motion, as shown/,
    );
    expect(motion).toMatch(
      /may be considered only if the attorney for the Commonwealth consents to it \(18 Pa\.C\.S\. § 3019\(d\)\(2\)\(ii\)\)[^.]*\. The consent is to be given by the signature of the attorney for the Commonwealth below, or in a separate written consent/,
    );
    // The consent block itself stays, for the attorney for the Commonwealth to sign.
    expect(motion).toMatch(/Signature of the attorney for the Commonwealth/);
  });

  it('US-PA: the certificate of service lets the person name the Attorney General when that office prosecuted the case', () => {
    const certificate = flat(
      docText(
        onlyDoc(fixture('24-attorney-labor-trafficking').packet, 'pa-certificate-of-service'),
      ),
    );
    expect(certificate).toMatch(
      /on the attorney for the Commonwealth at the Office of the \[ \] District Attorney of _+ County or \[ \] Attorney General \(check the office that prosecuted the case\)/,
    );
  });

  it('US-PA: the verified statement does not say the docket details are known from her own experience', () => {
    const statement = flat(
      docText(onlyDoc(fixture('24-attorney-labor-trafficking').packet, 'pa-verification')),
    );
    expect(statement).toMatch(
      /from my own experience, and the dates, courts and numbers of my cases from my court records\./,
    );
    expect(statement).toMatch(/subject to the penalties of 18 Pa\.C\.S\. § 4904/);
  });

  it('US-PA: the instructions say a government document creates the presumption only when it shows the time of the offense, and to file only with the consent, and the court rules to ask the clerk about (EN and ES)', () => {
    const en = flat(
      docText(onlyDoc(fixture('01-eligible-prostitution-5902').packet, 'instructions')),
    );
    expect(en).not.toMatch(/\(these create a presumption\)/);
    expect(en).toMatch(
      /creates a presumption when it shows you were a victim at the time of the offense/,
    );
    expect(en).toMatch(/Do not file the motion without the consent\./);
    expect(en).toMatch(/Pa\.R\.Crim\.P\. 490/);
    expect(en).toMatch(
      /statewide expungement order form \(Order for Expungement, Pa\.R\.Crim\.P\. 790\)/,
    );

    const es = flat(
      docText(onlyDoc(fixture('01-eligible-prostitution-5902', 'es').packet, 'instructions')),
    );
    expect(es).not.toMatch(/\(crean una presunción\)/);
    expect(es).toMatch(
      /crea una presunción \(el juez lo da por cierto salvo prueba en contra\) cuando muestra que usted era víctima en el momento del delito/,
    );
    expect(es).toMatch(/No presente la moción sin el consentimiento\./);
    expect(es).toMatch(/Pa\.R\.Crim\.P\. 490/);
    expect(es).toMatch(
      /formulario estatal de orden para borrar antecedentes \(Order for Expungement, Pa\.R\.Crim\.P\. 790\)/,
    );
  });
});
