import { build, buildFixture, captionOf, docText, numbered, onlyDoc, readFixture } from './helpers';

const fed = buildFixture('fed-full');

function headings(text: string): string[] {
  return text.split('\n').filter((l) => /^Motion to (vacate|expunge|reduce)/.test(l));
}

describe('Federal packet', () => {
  it('marks every court paper FILED UNDER SEAL in its caption', () => {
    for (const d of fed.packet.documents.filter((d) => d.id.startsWith('fed-'))) {
      expect(captionOf(d).notes).toEqual(['FILED UNDER SEAL']);
      expect(captionOf(d)).toMatchObject({ layout: 'standard', connector: 'v.' });
    }
    expect(captionOf(onlyDoc(fed.packet, 'fed-motion')).court).toEqual([
      'UNITED STATES DISTRICT COURT',
      'FOR THE DISTRICT OF NEW JERSEY',
    ]);
  });

  it('has a section for each relief the assessment allows, and sends a sentence reduction to the lawyer memo', () => {
    expect(fed.a.convictions.map((r) => [r.status, r.remedy])).toEqual([
      ['eligible', 'vacatur'],
      ['eligible', 'expungement'],
      ['needs-review', 'sentence-reduction'],
    ]);
    const motion = onlyDoc(fed.packet, 'fed-motion');
    expect(motion.title).toBe('Motion to Vacate Conviction and Expunge Arrest');
    expect(headings(docText(motion))).toEqual([
      'Motion to vacate conviction',
      'Motion to expunge arrest',
    ]);
    const facts = numbered(motion);
    expect(
      facts.some((f) => f.includes('Case No. 2:19-cr-00456') && f.includes('direct result')),
    ).toBe(true);
    expect(
      facts.some(
        (f) =>
          f.startsWith('On November 20, 2018, movant was arrested') &&
          f.includes('directly related'),
      ),
    ).toBe(true);
    for (const d of fed.packet.documents.filter((d) => d.id.startsWith('fed-')))
      expect({ id: d.id, has: docText(d).includes('2:19-cr-00457') }).toEqual({
        id: d.id,
        has: false,
      });
    expect(docText(onlyDoc(fed.packet, 'lawyer-memo'))).toMatch(
      /18 U\.S\.C\. § 111\(b\)[\s\S]*2:19-cr-00457[\s\S]*covered prisoner/,
    );
  });

  it('leaves out a section the assessment does not allow', () => {
    const f = readFixture('fed-full');
    const input = structuredClone(f.case) as { convictions: unknown[] };
    input.convictions = input.convictions.slice(0, 1);
    const motion = onlyDoc(build(input, f.today).packet, 'fed-motion');
    expect(motion.title).toBe('Motion to Vacate Conviction');
    expect(headings(docText(motion))).toEqual(['Motion to vacate conviction']);
    expect(docText(motion)).not.toContain(
      'expunging from all official records every reference to the arrest, any criminal proceedings',
    );
  });

  it('declares under 28 U.S.C. § 1746 wording, not a state form', () => {
    const text = docText(onlyDoc(fed.packet, 'fed-declaration'));
    expect(text).toContain(
      'I declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct. Executed on',
    );
    expect(text).not.toContain('California');
  });

  it('gives the service provider or clinician a form with lines to fill in and a notary jurat', () => {
    const form = onlyDoc(fed.packet, 'fed-provider-affidavit');
    expect(form.blocks.filter((b) => b.kind === 'blank').length).toBeGreaterThanOrEqual(5);
    expect(form.blocks.some((b) => b.kind === 'verification' && b.form === 'notary')).toBe(true);
    expect(docText(form)).toContain('who knows the movant, Maribel Okafor');
  });

  it('proposes an order for each relief and serves the United States Attorney', () => {
    const order = docText(onlyDoc(fed.packet, 'fed-proposed-order'));
    expect(order).toContain('by a preponderance of the evidence');
    expect(order).toContain(
      'VACATED for cause. The verdict is set aside and a judgment of acquittal is entered.',
    );
    expect(order).not.toContain('2:19-cr-00457');
    expect(order).toContain('United States District Judge');
    expect(docText(onlyDoc(fed.packet, 'fed-certificate-of-service'))).toContain(
      'on the United States Attorney for the district',
    );
  });
});
