import { readdirSync } from 'node:fs';
import path from 'node:path';
import { buildCaseFixture, docText, onlyDoc, type Built } from './helpers';

/**
 * US-NM papers after the independent review of 2026-12-05 (docs/decisions.md): what the
 * petition, the proposed order, the certificate of service and the instructions may say, read as
 * text on the pack's own fixtures.
 */

const fixture = (name: string, lang: 'en' | 'es' = 'en'): Built =>
  buildCaseFixture('us-nm', name, lang);

const flat = (s: string): string => s.replace(/\s+/g, ' ');

const DIR = path.join(__dirname, '..', '..', 'fixtures', 'cases', 'us-nm');
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

const courtPapers = (b: Built) => b.packet.documents.filter((d) => d.id.startsWith('nm-'));

describe('US-NM papers (review 2026-12-05)', () => {
  it('US-NM: every court paper is headed with the petitioner first, as a civil petition is, never "STATE OF NEW MEXICO, Respondent" above the petitioner', () => {
    const built = fixture('24-magistrate-dismissed-on-motion');
    const papers = courtPapers(built);
    expect(papers.map((d) => d.id).sort()).toEqual([
      'nm-certificate-of-service',
      'nm-petition',
      'nm-proposed-order',
    ]);
    for (const d of papers) {
      const caption = d.blocks.find((b) => b.kind === 'caption');
      expect(caption?.kind === 'caption' && [caption.plaintiff, caption.defendant]).toEqual([
        { name: 'MARISOL ANA TRUJILLO, also known as MARI TRUJILLO', role: 'Petitioner' },
        { name: 'STATE OF NEW MEXICO', role: 'Respondent' },
      ]);
    }
  });

  it.each(fixtures.flatMap((name) => [[name, 'en'] as const, [name, 'es'] as const]))(
    'US-NM %s (%s): no court paper pleads a presumption, a reason for delay, or that the trafficker was charged',
    (name, lang) => {
      const built = fixture(name, lang);
      for (const d of courtPapers(built)) {
        const text = flat(docText(d));
        expect(text).not.toMatch(/presum/i);
        expect(text).not.toMatch(/sooner|delay/i);
        // Only the question and its three boxes, which the person checks, speak of the
        // trafficker being charged.
        const charged = text.match(/charged with human trafficking/g) ?? [];
        expect(charged.length).toBe(d.id === 'nm-petition' ? 4 : 0);
        expect(text).not.toMatch(/I was convicted|I committed/);
      }
    },
  );

  it('US-NM: the petition, sworn before it is served, promises notice instead of swearing that notice was given', () => {
    const petition = flat(docText(onlyDoc(fixture('01-prostitution').packet, 'nm-petition')));
    expect(petition).not.toMatch(/Reasonable notice of this petition is given/);
    expect(petition).toMatch(
      /I will give reasonable notice of this petition to the district attorney or prosecutor who filed each original case[^.]*\(§ 30-52-1\.2\(B\)\), and I will file a certificate of service showing when and how\./,
    );
  });

  it("US-NM: the lawyer's page says the same 2013 act dropped a charged trafficker from § 30-52-2's definition of a victim", () => {
    const memo = flat(docText(onlyDoc(fixture('01-prostitution').packet, 'lawyer-memo')));
    expect(memo).toMatch(
      /the same 2013 act \(Laws 2013, ch\. 200, § 3\) deleted "by a person charged in New Mexico with the crime of human trafficking"/,
    );
  });

  it('US-NM: a case number that also holds a homicide count: the petition and the order ask to seal the charge listed, never the whole case', () => {
    const { packet } = fixture('27-same-docket-homicide');
    const petition = flat(docText(onlyDoc(packet, 'nm-petition')));
    const order = flat(docText(onlyDoc(packet, 'nm-proposed-order')));
    for (const text of [petition, order]) {
      expect(text).not.toMatch(/30-2-3|Manslaughter/);
      expect(text).not.toMatch(
        /in (the|each|this) case listed|in the following case|proceedings in this case/,
      );
    }
    expect(petition).toMatch(
      /order all legal and law enforcement records of the charge and conviction listed above sealed, the proceedings on it treated as if they never occurred, and all index references to it deleted/,
    );
    expect(order).toMatch(
      /all legal and law enforcement records and files of the following charge, including the conviction on it, are SEALED: Third Judicial District Court, Doña Ana County, case number D-307-CR-2015-000500: NMSA 1978, § 30-9-2 \(Prostitution\)/,
    );
    expect(order).toMatch(
      /the proceedings on this charge shall be treated as if they never occurred/,
    );
  });

  it.each([
    ['en', /The Department of Public Safety keeps the state's criminal history records/],
    [
      'es',
      /El Departamento de Seguridad Pública \(Department of Public Safety\) guarda los antecedentes penales del estado/,
    ],
  ] as const)(
    'US-NM (%s): the instructions raise the Department of Public Safety, which keeps the criminal history records, as a question for the clerk',
    (lang, dps) => {
      expect(
        flat(docText(onlyDoc(fixture('01-prostitution', lang).packet, 'instructions'))),
      ).toMatch(dps);
    },
  );

  it('US-NM (es): the Spanish names all five grounds of § 30-52-1.2(A)(3), duress included, as the English does', () => {
    const instructions = flat(
      docText(onlyDoc(fixture('01-prostitution', 'es').packet, 'instructions')),
    );
    expect(instructions).toMatch(
      /se debió a intimidación \(duress\), coacción, uso de la fuerza, amenaza o engaño \(fraud\)/,
    );
    expect(instructions).not.toMatch(/se debió a coacción/);
  });

  it('US-NM: the proposed order names whose response the Court reviewed in plain grammar', () => {
    const order = flat(docText(onlyDoc(fixture('21-mixed').packet, 'nm-proposed-order')));
    expect(order).toMatch(
      /any response of the district attorney or prosecutor who filed each original case or of a law enforcement agency given notice\./,
    );
    expect(order).not.toMatch(/original case and law enforcement agency that has custody/);
  });

  it('US-NM: the certificate of service lets the person record a different method for each party served', () => {
    const certificate = flat(
      docText(onlyDoc(fixture('01-prostitution').packet, 'nm-certificate-of-service')),
    );
    expect(certificate).not.toMatch(/check one/);
    expect(certificate).toMatch(/by \(check each method used, and write to whom\):/);
    expect(certificate).toMatch(/first-class mail, postage prepaid, to: _+/);
  });

  it.each([
    ['en', /That no criminal case on any charge in the petition is still open\./],
    ['es', /Que ningún caso penal por un cargo de la petición sigue abierto\./],
  ] as const)(
    'US-NM (%s): the instructions say that the petition swears no case in it is still open',
    (lang, sworn) => {
      const instructions = flat(
        docText(onlyDoc(fixture('01-prostitution', lang).packet, 'instructions')),
      );
      expect(instructions).toMatch(sworn);
      expect(
        flat(docText(onlyDoc(fixture('01-prostitution', lang).packet, 'nm-petition'))),
      ).toMatch(/No criminal case on any charge listed above is pending\./);
    },
  );

  it.each([
    [
      'en',
      /File the petition in the district court of the county where your case was filed, even when the case was in a magistrate, metropolitan or municipal court/,
    ],
    [
      'es',
      /Presente la petición en el tribunal de distrito \(district court\) del condado donde se presentó su caso, aunque el caso haya sido de un tribunal de magistrados/,
    ],
  ] as const)(
    'US-NM (%s): a magistrate court record is petitioned in the district court, and the instructions say so',
    (lang, where) => {
      const built = fixture('24-magistrate-dismissed-on-motion', lang);
      expect(flat(docText(onlyDoc(built.packet, 'instructions')))).toMatch(where);
      expect(flat(docText(onlyDoc(built.packet, 'nm-petition')))).toMatch(
        /STATE OF NEW MEXICO COUNTY OF DOÑA ANA _+ JUDICIAL DISTRICT COURT/,
      );
    },
  );
});
