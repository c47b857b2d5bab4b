import { buildCaseFixture, docText, onlyDoc, type Built } from './helpers';

/**
 * Arizona papers after the independent review of 2026-12-05 (docs/decisions.md, "rev-az"): what the
 * A.R.S. § 13-909 papers and instructions may say, read as text on the pack's fixtures.
 */

const fixture = (name: string, lang: 'en' | 'es' = 'en'): Built =>
  buildCaseFixture('us-az', name, lang);

describe('US-AZ papers (review 2026-12-05)', () => {
  it('US-AZ: the instructions say there is no filing fee, in English and Spanish (Ariz. R. Crim. P. 29.2(b))', () => {
    const en = docText(onlyDoc(fixture('01-eligible-prostitution').packet, 'instructions'));
    expect(en).toMatch(/There is no fee to file these papers\./);
    expect(en).toMatch(/may not charge a fee for filing or docketing this application/);
    expect(en).not.toMatch(/ask the clerk for a fee waiver/);
    const es = docText(onlyDoc(fixture('01-eligible-prostitution', 'es').packet, 'instructions'));
    expect(es).toMatch(/no puede cobrar por presentar ni registrar esta solicitud/);
    expect(es).not.toMatch(/fee waiver/);
  });

  it('US-AZ: service on the prosecutor rests on the rule that asks for it (Rule 1.7(c)), and the person is told the court also sends a copy (Rule 29.2(c))', () => {
    const built = fixture('01-eligible-prostitution');
    const serve = built.a.requirements.find((r) => r.code === 'serve-prosecutor');
    expect(serve?.citation).toBe('Ariz. R. Crim. P. 1.7(c), 29.2(c)');
    const en = docText(onlyDoc(built.packet, 'instructions'));
    expect(en).toMatch(
      /The court also sends the prosecutor a copy of the application within 10 days/,
    );
  });

  it('US-AZ: the application says the conviction is prostitution under § 13-3214, not "§ 13-3214 or a city or town ordinance"', () => {
    const application = docText(
      onlyDoc(fixture('08-several-convictions-one-court').packet, 'az-application'),
    );
    expect(application).toMatch(/listed below: prostitution under A\.R\.S\. § 13-3214\./);
    expect(application).not.toMatch(/or a city or town ordinance/);
  });

  it('US-AZ: the Spanish effect of the order uses no «la» for the person (docs/spanish.md, rule 1)', () => {
    const es = docText(onlyDoc(fixture('01-eligible-prostitution', 'es').packet, 'instructions'));
    expect(es).toMatch(/usted queda libre de todas las penas/);
    expect(es).toMatch(/nunca tuvo un arresto, una acusación ni una condena/);
    expect(es).not.toMatch(/la libera|la arrestaron|que la arrestó/);
  });

  it('US-AZ: a person who names labor trafficking only gets no court paper for a prostitution conviction', () => {
    const built = fixture('30-labor-only-prostitution');
    expect(built.a.convictions[0]?.status).toBe('needs-review');
    expect(built.packet.documents.map((d) => d.id)).not.toContain('az-application');
  });
  it("US-AZ: an application a lawyer signs still gives the applicant's own address (Rule 29.2(a)), not only the lawyer's", () => {
    const application = docText(
      onlyDoc(fixture('19-attorney-prostitution').packet, 'az-application'),
    );
    expect(application).toMatch(/The applicant's address: 45 N 4th Ave, Tucson, AZ 85705\./);
    expect(application).not.toMatch(/address is given with the signature below/);
    const self = docText(onlyDoc(fixture('01-eligible-prostitution').packet, 'az-application'));
    expect(self).toMatch(/The applicant's address is given with the signature below\./);
  });
  it('US-AZ: the instructions say that, once vacated, the records may be sealed in the same court under § 13-911, in English and Spanish', () => {
    const en = docText(onlyDoc(fixture('01-eligible-prostitution').packet, 'instructions'));
    expect(en).toMatch(
      /a separate law \(A\.R\.S\. § 13-911\) lets you petition the same court to seal/,
    );
    const es = docText(onlyDoc(fixture('01-eligible-prostitution', 'es').packet, 'instructions'));
    expect(es).toMatch(/otra ley \(A\.R\.S\. § 13-911\) permite pedir al mismo tribunal que selle/);
  });
});
