import { buildCaseFixture, buildFixture, docText, docsById, onlyDoc, type Built } from './helpers';

/**
 * US-NY papers after the independent review of 2026-12-05 (docs/decisions.md): the affirmations
 * use the CPLR 2106 form as amended in November 2025, and the server affirms being a non-party,
 * as the instructions ask.
 */

const fixture = (name: string, lang: 'en' | 'es' = 'en'): Built =>
  buildCaseFixture('us-ny', name, lang);

const CPLR_2106_2025 =
  /under the penalties of perjury under the laws of New York, which may include a fine or imprisonment, that the foregoing is true, except as to matters alleged on information and belief and as to those matters I believe it to be true, and I understand that this document may be filed in an action or proceeding in a court of law\./;

describe('US-NY papers (review 2026-12-05)', () => {
  it('US-NY: the affirmation of counsel uses the CPLR 2106 form as amended in 2025', () => {
    const affirmation = docText(
      onlyDoc(fixture('20-drug-felony-attorney').packet, 'ny-attorney-affirmation'),
    );
    expect(affirmation).toMatch(CPLR_2106_2025);
  });

  it('US-NY: the affirmation of service uses the 2025 form and says the server is not a party', () => {
    const service = docText(
      onlyDoc(fixture('01-eligible-prostitution-pl').packet, 'ny-affirmation-of-service'),
    );
    expect(service).toMatch(/I am over 18 years of age and I am not a party to this proceeding\./);
    expect(service).toMatch(CPLR_2106_2025);
  });

  it("US-NY: the translator's declaration affirms in the 2025 CPLR 2106 form", () => {
    const declarations = docsById(
      fixture('01-eligible-prostitution-pl', 'es').packet,
      'translator-declaration',
    );
    expect(declarations.length).toBeGreaterThan(0);
    for (const d of declarations) expect(docText(d)).toMatch(CPLR_2106_2025);
  });

  it("US-NY: the defendant's own statement stays a notarized affidavit", () => {
    const affidavit = docText(
      onlyDoc(fixture('01-eligible-prostitution-pl').packet, 'ny-affidavit'),
    );
    expect(affidavit).toMatch(/being duly sworn, deposes and says/);
    expect(affidavit).toMatch(/Sworn to before me/);
  });

  it('US-NY: the memorandum points to the affidavit for diligence only when the affidavit says something about it', () => {
    const bare = docText(onlyDoc(buildFixture('ny-attorney').packet, 'ny-memorandum-of-law'));
    expect(bare).toMatch(/The defendant has made this motion with due diligence\./);
    expect(bare).not.toMatch(/in the circumstances described in the affidavit/);
    const safety = docText(onlyDoc(fixture('33-safety-concerns').packet, 'ny-memorandum-of-law'));
    expect(safety).toMatch(/with due diligence in the circumstances described in the affidavit\./);
  });

  it('US-NY: the affirmation of counsel speaks of "the offense" when there is one conviction', () => {
    const affirmation = docText(
      onlyDoc(fixture('20-drug-felony-attorney').packet, 'ny-attorney-affirmation'),
    );
    expect(affirmation).not.toMatch(/participation in each offense listed above/);
    expect(affirmation).toMatch(/participation in the offense listed above/);
  });
});
