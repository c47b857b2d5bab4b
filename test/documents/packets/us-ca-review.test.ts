import { buildCaseFixture, docText, onlyDoc, type Built } from './helpers';

/**
 * US-CA papers after the review of 2026-12-05 (docs/decisions.md), read against the whole current
 * text of Cal. Penal Code § 236.14, subdivisions (a)–(t), as last amended by Stats. 2023, ch. 131.
 */

const fixture = (name: string, lang: 'en' | 'es' = 'en'): Built =>
  buildCaseFixture('us-ca', name, lang);
const MIXED = '32-conviction-and-arrest-remote-appearance';

describe('US-CA papers (review 2026-12-05)', () => {
  it('US-CA: the petition asks for the three findings of § 236.14(g), including the best interest of justice, and the lack of intent of (h)(1)', () => {
    const petition = docText(onlyDoc(fixture(MIXED).packet, 'ca-petition'));
    expect(petition).toMatch(/victim of human trafficking at the time of each offense/);
    expect(petition).toMatch(
      /in the best interest of justice \(Pen\. Code, § 236\.14, subd\. \(g\)\)/,
    );
    expect(petition).toMatch(/lacked the requisite intent/);
    expect(petition).toMatch(
      /dismiss the accusation or information as invalid due to a legal defect/,
    );
  });

  it('US-CA: an arrest is pleaded as made while a victim, at the time of the alleged offense, without an admission', () => {
    const petition = docText(onlyDoc(fixture(MIXED).packet, 'ca-petition'));
    expect(petition).toMatch(
      /petitioner was a victim of human trafficking at the time of the alleged offense, and the arrest was the direct result/,
    );
    expect(petition).toMatch(/does not admit the conduct/);
  });

  it('US-CA: the 45 days run from receipt of service under subdivision (c), not from a string of other subdivisions', () => {
    const packet = fixture(MIXED).packet;
    const petition = docText(onlyDoc(packet, 'ca-petition'));
    expect(petition).toMatch(
      /within 45 days after receiving service \(Pen\. Code, § 236\.14, subd\. \(c\)\)/,
    );
    const proof = docText(onlyDoc(packet, 'ca-proof-of-service'));
    expect(proof).toMatch(/45 days from the date you receive service/);
    expect(proof).not.toMatch(/standard 4\.15/);
  });

  it('US-CA: the proposed order makes the (g) findings, names the Department of Justice among the agencies of (k) with its deadlines, and keeps the full name out of the public record (q)', () => {
    const order = docText(onlyDoc(fixture(MIXED).packet, 'ca-proposed-order'));
    expect(order).toMatch(/in the best interest of justice/);
    expect(order).toMatch(/therefore lacked the requisite intent/);
    expect(order).toMatch(/California Department of Justice and the following agencies shall seal/);
    expect(order).toMatch(
      /within one year from the date of arrest or within 90 days after this order, whichever occurs later/,
    );
    expect(order).toMatch(/destroy those records within one year of the date of this order/);
    expect(order).toMatch(/certified copy of this order/);
    expect(order).toMatch(/shall disclose petitioner's full name/);
    // The prosecuting agency is served; § 236.14(k) does not list it among the agencies that seal.
    expect(order).not.toMatch(/Prosecuting agency \(name and address\)/);
  });

  it('US-CA: the request to appear remotely can be signed outside California', () => {
    const request = docText(onlyDoc(fixture(MIXED).packet, 'ca-remote-appearance'));
    expect(request).toMatch(/\(city and state or country\)/);
    expect(request).not.toMatch(/, California\.\s*$/m);
  });

  it('US-CA: the instructions give the § 236.14(l) timing words, (q) and the seal-then-destroy deadlines, in English and Spanish', () => {
    const en = docText(onlyDoc(fixture(MIXED).packet, 'instructions'));
    expect(en).toMatch(/must not show the petitioner's full name \(§ 236\.14\(q\)\)/);
    expect(en).toMatch(
      /seal their records within one year of the arrest or 90 days of the order, whichever is later, and to destroy them within one year of the order/,
    );
    const es = docText(onlyDoc(fixture(MIXED, 'es').packet, 'instructions'));
    expect(es).toMatch(/no debe mostrar el nombre completo/);
    expect(es).toMatch(/que sellen sus registros dentro de un año desde el arresto/);
  });
});
