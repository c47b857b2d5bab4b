import {
  build,
  buildFixture,
  captionOf,
  docText,
  numbered,
  onlyDoc,
  packetText,
  tables,
} from './helpers';

describe('a case with only the required answers', () => {
  it.each(['ny-minimal'])('never prints undefined, null or NaN (%s)', (name) => {
    const text = packetText(buildFixture(name).packet);
    expect(text).not.toMatch(/undefined|null|NaN|\[object Object\]/);
  });

  it.each(['US-CA', 'US-FED'])(
    'never prints undefined, null or NaN for %s either',
    (jurisdiction) => {
      const offense = jurisdiction === 'US-CA' ? 'PC 647(b)' : '18 U.S.C. 1343';
      const { packet } = build({
        version: 1,
        jurisdiction,
        relief: 'vacatur',
        petitioner: { legalName: 'Ana Ruiz' },
        representation: { mode: 'attorney', attorney: { name: 'Kim Lee', barNumber: '123' } },
        convictions: [{ offense, arrestDate: '2012-03-01', convictionDate: '2012-03-02' }],
        trafficking: { types: ['labor'], startDate: '2010-01-01' },
      });
      expect(packetText(packet)).not.toMatch(/undefined|null|NaN|\[object Object\]/);
    },
  );

  it('leaves blank lines to fill in where the court, county and docket number are unknown', () => {
    const { packet } = buildFixture('ny-minimal');
    const caption = captionOf(onlyDoc(packet, 'ny-notice-of-motion'));
    expect(caption.court[0]).toMatch(/^_+ COURT$/);
    expect(caption.caseNumbers[0]).toMatch(/^Docket No\. _+$/);
    expect(docText(onlyDoc(packet, 'ny-affidavit'))).toContain(
      'I was a victim of sex trafficking. It began on or about January 1, 2010 and continued until on or about June 30, 2014.',
    );
  });
});

describe('a case with 30 convictions in one court', () => {
  const convictions = Array.from({ length: 30 }, (_, i) => ({
    offense: 'PL 230.00',
    arrestDate: `2012-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
    convictionDate: `2013-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
    court: 'Criminal Court of the City of New York',
    county: 'Bronx',
    docketNumber: `2012BX${String(i + 1).padStart(6, '0')}`,
  }));
  const { packet } = build({
    version: 1,
    jurisdiction: 'US-NY',
    relief: 'vacatur',
    petitioner: { legalName: 'Ana Ruiz' },
    convictions,
    trafficking: { types: ['sex'], startDate: '2010-01-01', endDate: '2014-12-31' },
  });

  it('lists every conviction in the notice, the affidavit and the order, in one set', () => {
    expect(packet.documents.filter((d) => d.id === 'ny-notice-of-motion')).toHaveLength(1);
    const dockets = convictions.map((c) => c.docketNumber);
    expect(
      tables(onlyDoc(packet, 'ny-notice-of-motion'))[0]?.rows.map((r) => r[0]?.[0]?.text),
    ).toEqual(dockets);
    expect(tables(onlyDoc(packet, 'ny-proposed-order'))[0]?.rows).toHaveLength(30);
    const facts = numbered(onlyDoc(packet, 'ny-affidavit'));
    for (const d of dockets)
      expect(facts.filter((f) => f.includes(`docket number ${d}`))).toHaveLength(1);
  });

  it('points the caption to the table instead of listing 30 numbers', () => {
    expect(captionOf(onlyDoc(packet, 'ny-notice-of-motion')).caseNumbers).toEqual([
      'Docket Nos.: see the table of records',
    ]);
  });
});
