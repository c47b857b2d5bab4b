import { buildCaseFixture, docText, onlyDoc, packetText, type Built } from './helpers';

/**
 * Florida papers after the independent review of 2026-12-05 (docs/decisions.md, "rev-fl"):
 * what the § 943.0583 petition, sworn statement and order may say, read as text on the pack's
 * fixtures, against the whole text of § 943.0583 as the Legislature publishes it.
 */

const fixture = (name: string, lang: 'en' | 'es' = 'en'): Built =>
  buildCaseFixture('us-fl', name, lang);

describe('US-FL papers (review 2026-12-05)', () => {
  it('US-FL: no paper says only convictions of a § 775.084(1)(b)1. offense are barred; each says no listed offense is among the records (§ 943.0583(3))', () => {
    const built = fixture('19-mixed-conviction-and-arrest');
    const petition = docText(onlyDoc(built.packet, 'fl-petition'));
    const sworn = docText(onlyDoc(built.packet, 'fl-sworn-statement'));
    const order = docText(onlyDoc(built.packet, 'fl-proposed-order'));
    for (const paper of [petition, sworn, order]) {
      expect(paper).not.toMatch(/resulted from a conviction of an offense listed/);
      expect(paper).toMatch(/is an offense listed in section\s775\.084\(1\)\(b\)1\./);
    }
    expect(sworn).toMatch(
      /To the best of my knowledge or belief, I am eligible for the expunction I ask for under section 943\.0583, Florida Statutes, and none of the offenses listed above is an offense listed in section\s775\.084\(1\)\(b\)1\./,
    );
  });

  it('US-FL: a dismissed robbery arrest stays out of the papers, beside a conviction that goes in', () => {
    const built = fixture('27-dismissed-robbery-beside-eligible-conviction');
    const petition = docText(onlyDoc(built.packet, 'fl-petition'));
    expect(petition).toMatch(/2015-CF-004513/);
    expect(petition).not.toMatch(/2016-CF-007007|812\.13/);
    expect(docText(onlyDoc(built.packet, 'fl-proposed-order'))).not.toMatch(/2016-CF-007007/);
    expect(packetText(built.packet)).toMatch(
      /does not apply to any offense on that list, even when the arrest or charge ended without a conviction/,
    );
  });

  it("US-FL: an arrest without a conviction is pleaded and sworn in the statute's words, never as 'the direct result', and without admitting the conduct", () => {
    const built = fixture('19-mixed-conviction-and-arrest');
    const petition = docText(onlyDoc(built.packet, 'fl-petition'));
    const sworn = docText(onlyDoc(built.packet, 'fl-sworn-statement'));
    expect(petition).not.toMatch(/direct result/);
    expect(sworn).not.toMatch(/direct result/);
    expect(petition).toMatch(
      /reported to have been committed while petitioner was a victim of human trafficking, as a part of the human trafficking scheme of which petitioner was a victim or at the direction of an operator of the scheme\. Petitioner does not admit the conduct alleged/,
    );
    expect(sworn).toMatch(
      /The offense I was arrested for was reported to have been committed as a part of the human trafficking scheme[^.]*\. I do not admit the conduct alleged\./,
    );
  });

  it('US-FL: without documentation the petition rests on § 943.0583(5), and the court line cites only (2) for jurisdiction', () => {
    const petition = docText(
      onlyDoc(fixture('19-mixed-conviction-and-arrest').packet, 'fl-petition'),
    );
    expect(petition).toMatch(
      /not required to grant this petition \(§\s943\.0583\(5\), Fla\. Stat\.\)/,
    );
    expect(petition).toMatch(
      /class of offenses listed below \(§\s943\.0583\(2\), Fla\. Stat\.; Fla\. R\. Crim\. P\. 3\.693\(a\)\)/,
    );
    expect(petition).not.toMatch(/presumption/);
  });

  it('US-FL: the proposed order sends the order as § 943.0583(7)(d) says and keeps FDLE’s record as (8)(a) says', () => {
    const order = docText(
      onlyDoc(
        fixture('27-dismissed-robbery-beside-eligible-conviction').packet,
        'fl-proposed-order',
      ),
    );
    expect(order).toMatch(
      /The Clerk shall certify copies of this order to the State Attorney \(or the Statewide Prosecutor\) and the arresting agency/,
    );
    expect(order).toMatch(/§\s943\.0583\(7\)\(d\), Fla\. Stat\./);
    expect(order).toMatch(/shall retain its record[^.]*Federal Bureau of Investigation/);
    expect(order).toMatch(/to expunge a criminal history record\./);
    expect(order).toMatch(
      /The conviction listed above is deemed vacated[^.]*\(§\s943\.0583\(3\), Fla\. Stat\.\)/,
    );
  });

  it('US-FL: a T visa is offered as official documentation, and the § 943.0583(5) presumption is asked for, without admitting participation', () => {
    const petition = docText(onlyDoc(fixture('23-drug-felony-attorney').packet, 'fl-petition'));
    expect(petition).toMatch(
      /Petitioner submits that the following is official documentation within section\s943\.0583\(1\)\(b\)[^\n]*T nonimmigrant status \(T visa\), issued by U\.S\. Citizenship and Immigration Services\. Official documentation creates a presumption that any participation by petitioner in the offenses listed above/,
    );
    expect(petition).toMatch(/petitioner asks the Court to apply it\./);
  });

  it('US-FL: a lawyer signs with a Florida Bar number', () => {
    const petition = docText(onlyDoc(fixture('23-drug-felony-attorney').packet, 'fl-petition'));
    expect(petition).toMatch(/Florida Bar No\. 0123456/);
  });

  it('US-FL: the Spanish instructions say what the English say about hearings by telephone or video and an advocate (§ 943.0583(7)(b)-(c)), and use no pronoun for the person', () => {
    const en = docText(onlyDoc(fixture('26-safety-concerns').packet, 'instructions'));
    const es = docText(onlyDoc(fixture('26-safety-concerns', 'es').packet, 'instructions'));
    expect(en).toMatch(/by telephone or video/);
    expect(es).toMatch(/por teléfono o por video/);
    expect(en).toMatch(
      /every agency that holds it must physically destroy or obliterate it, except FDLE/,
    );
    expect(es).toMatch(
      /toda agencia que lo tenga debe destruirlo físicamente, salvo el Departamento/,
    );
    expect(es).not.toMatch(/la arrestaron|que la nombre/);
  });
});
