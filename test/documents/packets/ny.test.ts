import type { Pack } from '../../../src/domain/pack-schema';
import {
  build,
  buildFixture,
  captionOf,
  docsById,
  docText,
  numbered,
  onlyDoc,
  readFixture,
  registry,
  tables,
} from './helpers';

const twoCourts = buildFixture('ny-two-courts');
const ny = registry.get('US-NY') as Pack;

function withPack(change: (p: Pack) => Pack): Pack {
  return change(structuredClone(ny));
}

describe('New York packet', () => {
  it('is one set of papers per court when the pack does not allow one motion for several courts', () => {
    expect(ny.reliefs.vacatur?.procedure.multipleCourts).toBe(false);
    const notices = docsById(twoCourts.packet, 'ny-notice-of-motion');
    expect(notices).toHaveLength(2);
    expect(notices.map((d) => captionOf(d).court)).toEqual([
      ['CRIMINAL COURT OF THE CITY OF NEW YORK', 'COUNTY OF QUEENS'],
      ['CRIMINAL COURT OF THE CITY OF NEW YORK', 'COUNTY OF KINGS'],
    ]);
    expect(captionOf(notices[1]!).caseNumbers).toEqual(['Docket No. 2014KN000777']);
    expect(docText(notices[1]!)).not.toContain('2012QN012345');
  });

  it('puts convictions from several courts in one set when the pack allows it', () => {
    const f = readFixture('ny-two-courts');
    const pack = withPack((p) => {
      p.reliefs.vacatur!.procedure.multipleCourts = true;
      return p;
    });
    const { packet } = build(f.case, f.today, 'en', pack);
    const notices = docsById(packet, 'ny-notice-of-motion');
    expect(notices).toHaveLength(1);
    for (const docket of ['2012QN012345', '2013QN054321', '2014KN000777'])
      expect(docText(notices[0]!)).toContain(docket);
  });

  it('orders the packet: cover first, instructions last, the court papers in the order the pack lists them', () => {
    expect(twoCourts.packet.title).toBe('Motion to Vacate Packet');
    expect(twoCourts.packet.documents.map((d) => d.id)).toEqual([
      'cover',
      'ny-notice-of-motion',
      'ny-affidavit',
      'ny-memorandum-of-law',
      'ny-proposed-order',
      'ny-affirmation-of-service',
      'ny-notice-of-motion',
      'ny-affidavit',
      'ny-memorandum-of-law',
      'ny-proposed-order',
      'ny-affirmation-of-service',
      'instructions',
      'lawyer-memo',
    ]);
  });

  it('captions the notice of motion in the New York style with the People, the defendant and each docket', () => {
    const caption = captionOf(docsById(twoCourts.packet, 'ny-notice-of-motion')[0]!);
    expect(caption).toMatchObject({ layout: 'standard', connector: '-against-' });
    expect(caption.plaintiff).toEqual({
      name: 'THE PEOPLE OF THE STATE OF NEW YORK',
      role: 'Respondent',
    });
    expect(caption.defendant.name).toBe('ZOË ÑÚÑEZ CASTELLANOS, also known as ZOE NUNEZ, CHIQUITA');
    expect(caption.caseNumbers).toEqual(['Docket No. 2012QN012345', 'Docket No. 2013QN054321']);
    expect(caption.title).toEqual(['NOTICE OF MOTION TO VACATE JUDGMENT']);
  });

  it('lists each conviction of the court in the notice, with the statute from the pack', () => {
    const notice = docsById(twoCourts.packet, 'ny-notice-of-motion')[0]!;
    const [table] = tables(notice);
    expect(table?.rows.map((r) => r[0]?.[0]?.text)).toEqual(['2012QN012345', '2013QN054321']);
    const text = docText(notice);
    expect(text).toContain(
      'under N.Y. Crim. Proc. Law § 440.10(1)(i), vacating on the merits the judgments of conviction',
    );
    expect(text).toContain('March 2, 2012');
    expect(text).toContain('TO: District Attorney, Queens County');
    // The renderer prints "Dated:" before the date line: the template leaves the date blank.
    expect(notice.blocks.find((b) => b.kind === 'signature')).toMatchObject({ dateLine: '' });
    expect(text).not.toContain('Dated:');
  });

  it('leaves a record the assessment marks ineligible out of every court paper and lists it on the cover', () => {
    const ineligible = twoCourts.a.convictions.find((r) => r.status === 'ineligible');
    expect(twoCourts.c.convictions[ineligible!.index]?.docketNumber).toBe('2013QN000111');
    for (const d of twoCourts.packet.documents.filter((d) => d.id.startsWith('ny-')))
      expect({ id: d.id, has: docText(d).includes('2013QN000111') }).toEqual({
        id: d.id,
        has: false,
      });
    expect(docText(onlyDoc(twoCourts.packet, 'cover'))).toContain('2013QN000111');
  });

  it('leaves a needs-review record out of every court paper and gives it, with its reason, to the lawyer memo', () => {
    const courtPapers = twoCourts.packet.documents.filter((d) => d.id.startsWith('ny-'));
    for (const d of courtPapers) {
      expect({ id: d.id, has: docText(d).includes('2009QN007001') }).toEqual({
        id: d.id,
        has: false,
      });
      expect(docText(d)).not.toMatch(/lawyer should review/i);
    }
    const memo = docText(onlyDoc(twoCourts.packet, 'lawyer-memo'));
    expect(memo).toContain('Not a court paper. Do not file this page.');
    expect(memo).toMatch(/N\.Y\. Penal Law § 155\.25[\s\S]*2009QN007001[\s\S]*trafficking period/);
  });

  it('swears the affidavit as numbered facts: the trafficking, its dates, each paragraph of the account, each conviction, services sought, documents', () => {
    const affidavit = docsById(twoCourts.packet, 'ny-affidavit')[0]!;
    const facts = numbered(affidavit);
    expect(facts).toContain(
      'I was a victim of sex trafficking. It began on or about January 1, 2010 and continued until on or about June 30, 2014.',
    );
    expect(facts).toContain(
      'I met R. in 2009 when I was nineteen. He said he would help me find work and a place to live.',
    );
    expect(
      facts.filter(
        (f) => f.startsWith('By January 2010') || f.startsWith('Every arrest in this motion'),
      ),
    ).toHaveLength(2);
    expect(docText(affidavit)).not.toContain('2009QN007001');
    for (const docket of ['2012QN012345', '2013QN054321'])
      expect(
        facts.filter(
          (f) =>
            f.includes(`docket number ${docket}`) &&
            f.includes('a result of my having been a victim of trafficking'),
        ),
      ).toHaveLength(1);
    expect(facts).toContain(
      'I first sought services as a victim of trafficking on or about February 1, 2015.',
    );
    expect(facts).toContain(
      'Until 2019 R. still lived in my neighborhood and I was afraid he would find me if I went to court.',
    );
    const list = affidavit.blocks.find((b) => b.kind === 'list');
    expect(list && docText({ ...affidavit, blocks: [list] })).toBe(
      'T nonimmigrant status (T visa), issued by USCIS, dated May 1, 2016\na letter from a service provider, issued by Sanctuary for Families',
    );
    expect(affidavit.blocks.some((b) => b.kind === 'verification' && b.form === 'notary')).toBe(
      true,
    );
    expect(docText(affidavit)).toContain(
      'Zoë Ñúñez Castellanos, being duly sworn, deposes and says:',
    );
  });

  it('adds the attorney affirmation and the attorney signature block only when the person has a lawyer', () => {
    const represented = buildFixture('ny-attorney').packet;
    const affirmation = onlyDoc(represented, 'ny-attorney-affirmation');
    expect(docText(affirmation)).toContain(
      'Łukasz Żółć, an attorney admitted to practice law in the State of New York, affirms:',
    );
    expect(
      affirmation.blocks.some((b) => b.kind === 'verification' && b.form === 'penalty-of-perjury'),
    ).toBe(true);
    const signature = onlyDoc(represented, 'ny-notice-of-motion').blocks.find(
      (b) => b.kind === 'signature',
    );
    expect(signature && signature.kind === 'signature' ? signature.lines : []).toEqual([
      '/s/ Łukasz Żółć',
      'Łukasz Żółć',
      'Harbor Legal Services',
      'Attorney for Defendant Nguyễn Thị Ánh',
      'Bar No. 5123456',
      '100 Centre St',
      'New York, NY 10013',
      'Telephone: 212-555-0199',
      'Email: lzolc@example.org',
    ]);
    expect(docsById(twoCourts.packet, 'ny-attorney-affirmation')).toHaveLength(0);
    const selfSignature = docsById(twoCourts.packet, 'ny-notice-of-motion')[0]!.blocks.find(
      (b) => b.kind === 'signature',
    );
    expect(
      selfSignature && selfSignature.kind === 'signature' ? selfSignature.lines.slice(0, 2) : [],
    ).toEqual(['Zoë Ñúñez Castellanos', 'Defendant, self-represented']);
  });

  it('argues the memorandum of law from the pack: the statute, the START Act, G.M. and L.G. as the pack cites them, due diligence', () => {
    const memo = docText(docsById(twoCourts.packet, 'ny-memorandum-of-law')[0]!);
    expect(memo).toContain('L. 2021, ch. 629');
    expect(memo).toContain('People v G.M., 32 Misc 3d 274');
    expect(memo).toContain('People v L.G., 41 Misc 3d 428');
    expect(memo).toContain('POINT III: THE MOTION IS MADE WITH DUE DILIGENCE');
    expect(memo).toContain('(N.Y. Crim. Proc. Law § 440.10(1)(i)(ii).)');
  });

  it('names a case without a reporter citation when the pack has no source for it, rather than inventing one', () => {
    const pack = withPack((p) => ({
      ...p,
      sources: p.sources.filter((s) => s.id !== 'people-v-gm'),
    }));
    const f = readFixture('ny-two-courts');
    const memo = docText(
      docsById(build(f.case, f.today, 'en', pack).packet, 'ny-memorandum-of-law')[0]!,
    );
    expect(memo).toContain('See, e.g., People v. G.M.; People v L.G., 41 Misc 3d 428');
    expect(memo).not.toContain('32 Misc 3d 274');
  });

  it('proposes an order vacating each judgment and dismissing each accusatory instrument', () => {
    const order = docsById(twoCourts.packet, 'ny-proposed-order')[0]!;
    expect(captionOf(order).title).toEqual([
      '[PROPOSED] ORDER VACATING',
      'JUDGMENTS AND DISMISSING',
      'ACCUSATORY INSTRUMENTS',
    ]);
    expect(docText(order)).toContain(
      'are VACATED on the merits and the accusatory instruments are DISMISSED (N.Y. Crim. Proc. Law § 440.10(6))',
    );
    expect(tables(order)[0]?.rows).toHaveLength(2);
    expect(order.blocks.at(-1)).toMatchObject({ kind: 'signature', lines: ['Judge'] });
  });

  it('affirms service on the District Attorney of the county, listing the other papers but not itself', () => {
    const service = docsById(twoCourts.packet, 'ny-affirmation-of-service')[1]!;
    const text = docText(service);
    expect(text).toContain('I served them on the District Attorney, Kings County');
    expect(text).toContain(
      'Notice of Motion to Vacate Judgment; Affidavit in Support of Motion to Vacate Judgment',
    );
    expect(text).not.toContain('following papers: Affirmation of Service');
    expect(text.match(/Affirmation of Service/g) ?? []).toHaveLength(0);
  });
});
