import { buildCaseFixture, docText, onlyDoc, type Built } from './helpers';

/**
 * US-FED vacatur papers after the review of 2026-12-05 (docs/decisions.md), read against
 * 18 U.S.C. § 3771A(b)(4)–(5) and (c)–(d): what the declaration swears about an arrest, which
 * findings the proposed order makes, and how the motion states § 3771A(b)(5).
 */

const fixture = (name: string, lang: 'en' | 'es' = 'en'): Built =>
  buildCaseFixture('us-fed', name, lang);

describe('US-FED papers (review 2026-12-05)', () => {
  it('US-FED: the declaration swears to an arrest only as "conduct or alleged conduct", in the words of § 3771A(b)(4)(B)', () => {
    const declaration = docText(
      onlyDoc(fixture('18-mixed-records-partially-eligible').packet, 'fed-declaration'),
    );
    expect(declaration).toMatch(
      /The conduct or alleged conduct that resulted in this arrest was directly related to my having been a victim of trafficking\./,
    );
    expect(declaration).not.toMatch(/The conduct behind this arrest/);
  });

  it('US-FED: the proposed order makes the § 3771A(b)(4) findings for a conviction and for an arrest, and reads any response of the Government', () => {
    const order = docText(
      onlyDoc(fixture('18-mixed-records-partially-eligible').packet, 'fed-proposed-order'),
    );
    expect(order).toMatch(/any response of the Government/);
    expect(order).toMatch(
      /convicted of each level A offense listed in paragraph 2 below, and movant's participation in each was a direct result/,
    );
    expect(order).toMatch(/arrested for each offense listed in paragraph 3 below/);
    expect(order).toMatch(/within the district and division of this Court/);
    expect(order).not.toMatch(/requirements of the statute are met/);
  });

  it('US-FED: an order on a conviction alone makes only the conviction finding, ending with a full stop', () => {
    const order = docText(
      onlyDoc(fixture('01-wire-fraud-conviction-eligible').packet, 'fed-proposed-order'),
    );
    expect(order).toMatch(/§ 3771A\(b\)\(4\)\(A\)\)\./);
    expect(order).not.toMatch(/arrested for each offense/);
  });

  it('US-FED: an order on a level B arrest finds the acquittal or the Government dropping it', () => {
    const order = docText(
      onlyDoc(fixture('04-level-b-arrest-dismissed-eligible').packet, 'fed-proposed-order'),
    );
    expect(order).toMatch(/arrested for each offense listed in paragraph 2 below/);
    expect(order).toMatch(
      /as to the arrest for 18 U\.S\.C\. § 2113\(a\): The Government moved to dismiss the charge \(18 U\.S\.C\. § 3771A\(b\)\(1\)\(C\)\(ii\)\(II\)\)\. No child was a victim of that offense;/,
    );
    // A level A arrest gets no level B finding.
    const mixed = docText(
      onlyDoc(fixture('18-mixed-records-partially-eligible').packet, 'fed-proposed-order'),
    );
    expect(mixed).not.toMatch(/as to the arrest for/);
  });

  it('US-FED: an order on an acquittal of a charge whose level is unsettled (Hobbs Act) does not call it level B', () => {
    const order = docText(
      onlyDoc(fixture('31-unclear-offense-acquitted-eligible').packet, 'fed-proposed-order'),
    );
    expect(order).toMatch(
      /as to the arrest for 18 U\.S\.C\. § 1951: Movant was acquitted of the charge/,
    );
    expect(order).not.toMatch(/level B/);
  });

  it('US-FED: the motion states § 3771A(b)(5) as the statute does, about deciding who is a victim of trafficking (EN and ES)', () => {
    const motion = docText(
      onlyDoc(fixture('01-wire-fraud-conviction-eligible').packet, 'fed-motion'),
    );
    expect(motion).toMatch(
      /In deciding whether the person is a victim of trafficking, the court must consider an affidavit/,
    );
    const es = fixture('01-wire-fraud-conviction-eligible', 'es').pack.reliefs.vacatur?.proof
      .presumptions?.[0]?.textEs;
    expect(es).toMatch(
      /^Para decidir si la persona es víctima de trata, el tribunal debe considerar/,
    );
  });
});
