import { buildCaseFixture, docsById, docText, onlyDoc, packetText, type Built } from './helpers';

/**
 * Wisconsin (Wis. Stat. § 973.015(2m)) and Utah papers, 2026-12-05 (docs/decisions.md, st-wi):
 * what each court paper may say, read as text on the packs' fixtures.
 */

const wi = (name: string, lang: 'en' | 'es' = 'en'): Built => buildCaseFixture('us-wi', name, lang);

const courtPapers = ['wi-motion', 'wi-affidavit', 'wi-proposed-order', 'wi-certificate-of-service'];

describe('US-WI papers (§ 973.015(2m))', () => {
  it('US-WI: a s. 944.30 conviction gets the motion, a notarized affidavit, the order and a certificate the person signs', () => {
    const built = wi('01-prostitution');
    for (const id of courtPapers) expect(docsById(built.packet, id)).toHaveLength(1);
    const affidavit = docText(onlyDoc(built.packet, 'wi-affidavit'));
    expect(affidavit).toMatch(/being first duly sworn/);
    expect(affidavit).toMatch(/Subscribed and sworn to before me/);
    const certificate = docText(onlyDoc(built.packet, 'wi-certificate-of-service'));
    expect(certificate).toMatch(/Alicia Marie Novak\s+Defendant, self-represented/);
    expect(certificate).toMatch(/office of the district attorney that prosecuted the case/);
  });

  it('US-WI: no court paper pleads a presumption (sub. (2m) has none), even with a T visa attached', () => {
    const built = wi('24-documents-safety-other-names');
    for (const id of courtPapers) {
      expect(docText(onlyDoc(built.packet, id))).not.toMatch(/presum/i);
    }
    const motion = docText(onlyDoc(built.packet, 'wi-motion'));
    expect(motion).toMatch(/T nonimmigrant status \(T visa\)/);
  });

  it('US-WI: the affidavit gives the safety words as the person wrote them, and never swears a reason for delay', () => {
    const affidavit = docText(
      onlyDoc(wi('24-documents-safety-other-names').packet, 'wi-affidavit'),
    );
    expect(affidavit).toMatch(/The man who trafficked me still lives in Eau Claire\./);
    expect(affidavit).not.toMatch(/did not make this motion sooner/);
  });

  it('US-WI: the motion pleads each element of (2m)(a)-(g) and asks to vacate or, in the alternative, to expunge', () => {
    const motion = docText(onlyDoc(wi('01-prostitution').packet, 'wi-motion'));
    for (const para of ['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)']) {
      expect(motion).toContain(`973.015(2m)${para}`);
    }
    expect(motion).toMatch(/vacate the conviction listed above/);
    expect(motion).toMatch(/in the alternative, order that the record/);
    const order = docText(onlyDoc(wi('01-prostitution').packet, 'wi-proposed-order'));
    expect(order).toMatch(/\[ \] the conviction listed below is VACATED; or/);
    expect(order).toMatch(
      /\[ \] the record of the violation of Wis\. Stat\. § 944\.30 listed below is EXPUNGED/,
    );
  });

  it('US-WI: the affidavit leaves the person room for the (2m)(c) reason and the (2m)(g) benefit in their own words', () => {
    const affidavit = docText(onlyDoc(wi('25-no-narrative').packet, 'wi-affidavit'));
    expect(affidavit).toMatch(
      /Whether I raised in the case the affirmative defense of Wis\. Stat\. § 939\.46/,
    );
    expect(affidavit).toMatch(/How vacating or expunging this conviction would help me/);
    expect(affidavit).toMatch(/What happened, in my own words/);
  });

  it('US-WI: labor trafficking only gets no court paper (sub. (2m) names trafficking for a commercial sex act)', () => {
    const built = wi('23-labor-only');
    for (const id of courtPapers) expect(docsById(built.packet, id)).toHaveLength(0);
  });

  it('US-WI: patronizing (s. 944.31) is left out of the papers beside an eligible s. 944.30 conviction', () => {
    const built = wi('15-two-records');
    const motion = docText(onlyDoc(built.packet, 'wi-motion'));
    expect(motion).toMatch(/944\.30/);
    expect(motion).not.toMatch(/944\.32/);
  });

  it('US-WI: a lawyer signs with a "State Bar No."', () => {
    const motion = docText(onlyDoc(wi('16-attorney').packet, 'wi-motion'));
    expect(motion).toMatch(/State Bar No\. 1098765/);
  });
});

describe('US-UT (no papers)', () => {
  it('US-UT: a conviction gets no court paper, and the reason names the court form rule (URCP 65C(c))', () => {
    const built = buildCaseFixture('us-ut', '01-prostitution');
    const text = packetText(built.packet);
    expect(text).toMatch(/Utah R\. Civ\. P\. 65C\(c\)/);
    expect(built.packet.documents.map((d) => d.id)).not.toContain('ut-petition');
  });
});
