import { buildCaseFixture, docText, onlyDoc, type Built } from './helpers';

/**
 * Ohio papers after the independent review of 2026-12-05 (docs/decisions.md, "rev-oh"): what the
 * R.C. 2953.521 papers may say, read as text on the pack's fixtures.
 */

const fixture = (name: string, lang: 'en' | 'es' = 'en'): Built =>
  buildCaseFixture('us-oh', name, lang);

describe('US-OH papers (review 2026-12-05)', () => {
  it('US-OH: the affidavit venue names no state, so a person living outside Ohio can swear it before a notary there', () => {
    const affidavit = docText(onlyDoc(fixture('01-dismissed-prostitution').packet, 'oh-affidavit'));
    expect(affidavit).toMatch(/STATE OF _+, COUNTY OF _+, ss:/);
    expect(affidavit).not.toMatch(/STATE OF OHIO, COUNTY OF/);
  });

  it('US-OH: the application asks for a hearing without suggesting the court may do without one', () => {
    const application = docText(
      onlyDoc(fixture('04-two-charges-one-case').packet, 'oh-application'),
    );
    expect(application).toMatch(/asks the Court to set this application for hearing, to find/);
    expect(application).not.toMatch(/if the Court requires one/);
  });

  it("US-OH: the proposed entry states the balancing finding an Ohio expungement needs (the applicant's interests against the government's needs)", () => {
    const entry = docText(onlyDoc(fixture('04-two-charges-one-case').packet, 'oh-proposed-entry'));
    expect(entry).toMatch(
      /applicant's interests in having the official records expunged are not outweighed by any legitimate needs of the government to maintain those records/,
    );
  });

  it('US-OH: the instructions tell the person, in English and Spanish, to find out whether each dismissal was with or without prejudice', () => {
    const en = docText(onlyDoc(fixture('01-dismissed-prostitution').packet, 'instructions'));
    expect(en).toMatch(/dismissed with or without prejudice/);
    const es = docText(onlyDoc(fixture('01-dismissed-prostitution', 'es').packet, 'instructions'));
    expect(es).toMatch(/con perjuicio \(with prejudice\) o sin perjuicio \(without prejudice\)/);
  });

  it('US-OH: a mixed case (a conviction and a dismissal) tells the lawyer about R.C. 2953.61, and the conviction stays out of every court paper', () => {
    const built = fixture('14-mixed-conviction-and-dismissal');
    const memo = docText(onlyDoc(built.packet, 'lawyer-memo'));
    expect(memo).toMatch(/R\.C\. 2953\.61/);
    for (const id of ['oh-application', 'oh-affidavit', 'oh-proposed-entry']) {
      expect(docText(onlyDoc(built.packet, id))).not.toMatch(/convicted/i);
    }
  });

  it('US-OH: an open case is kept out of the papers, and the person is told it may matter to the application for the other records', () => {
    const built = fixture('08-pending-charge');
    const reason = built.a.convictions[0]!.reasons.find((x) => x.code === 'charge-pending')!;
    expect(reason.message).toMatch(/may also matter to an application for your other records/);
    expect(reason.messageEs).toMatch(
      /también puede importar para una solicitud sobre sus otros antecedentes/,
    );
  });
});
