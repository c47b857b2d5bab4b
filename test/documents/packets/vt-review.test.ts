import { buildCaseFixture, docText, onlyDoc, type Built } from './helpers';

/**
 * US-VT papers after the legal review of 2026-12-05 (docs/decisions.md): what the motion, the
 * affidavit, the certificate and the instructions may say, read as text on the pack's fixtures.
 */

const fixture = (name: string, lang: 'en' | 'es' = 'en'): Built =>
  buildCaseFixture('us-vt', name, lang);

describe('US-VT papers (legal review 2026-12-05)', () => {
  it('US-VT: the motion pleads the § 2658(e) presumption only for documentation from a government agency', () => {
    const providerOnly = docText(
      onlyDoc(fixture('27-robbery-subsection-a-provider-letter').packet, 'vt-motion'),
    );
    expect(providerOnly).toMatch(/Service provider|service provider/);
    expect(providerOnly).not.toMatch(/presumption/);

    const tVisa = docText(onlyDoc(fixture('25-attorney-represented').packet, 'vt-motion'));
    expect(tVisa).toMatch(/creates a presumption[^]*T nonimmigrant status/);
  });

  it('US-VT: the affidavit gives no reason for delay the person did not give, and names no state for the notary', () => {
    const affidavit = docText(
      onlyDoc(fixture('27-robbery-subsection-a-provider-letter').packet, 'vt-affidavit'),
    );
    expect(affidavit).toMatch(/still lives in the same town/);
    expect(affidavit).not.toMatch(/sooner|safety of others/);
    expect(affidavit).not.toMatch(/STATE OF VERMONT, COUNTY OF|Notary Public, State of Vermont/);
  });

  it('US-VT: the instructions give the 14 days as the general rule to ask about, never as a computed deadline', () => {
    const instructions = docText(
      onlyDoc(fixture('01-prostitution-eligible').packet, 'instructions'),
    );
    expect(instructions).toMatch(/V\.R\.Cr\.P\. 47\(b\)\(1\)[^.]*14 days/);
    expect(instructions).not.toMatch(/has 14 days after being served/);
  });

  it('US-VT: the person signs the certificate of service, and the Spanish never says she cannot serve', () => {
    const es = fixture('01-prostitution-eligible', 'es').packet;
    expect(docText(onlyDoc(es, 'instructions'))).not.toMatch(/no puede entregar los documentos/);
    const certificate = docText(onlyDoc(es, 'vt-certificate-of-service'));
    expect(certificate).toMatch(/Brianna Marie Cote/);
  });

  it("US-VT: the translator's declaration closes with the words of 4 V.S.A. § 27b", () => {
    const es = fixture('01-prostitution-eligible', 'es').packet;
    const declaration = docText(onlyDoc(es, 'translator-declaration'));
    expect(declaration).toMatch(
      /true and accurate to the best of my knowledge and belief\. I understand that if the above statement is false, I will be subject to the penalty of perjury/,
    );
  });
});
