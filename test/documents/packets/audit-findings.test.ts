import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build, buildCaseFixture, buildFixture, docText, onlyDoc, type Built } from './helpers';

/**
 * The papers for the cases of the December 2026 legal audit (shared/research/legal-audit-2026-12.md),
 * read as text: each finding that was about what a paper says, on the fixture that shows it.
 */

function fixture(name: string, lang: 'en' | 'es' = 'en'): Built {
  return buildCaseFixture(path.dirname(name), path.basename(name), lang, '2026-11-27');
}

const courtPapers = (b: Built) =>
  b.packet.documents.filter((d) => !['cover', 'instructions', 'lawyer-memo'].includes(d.id));
const courtText = (b: Built) => courtPapers(b).map(docText).join('\n');

describe('the papers after the legal audit', () => {
  it('H1: a Family Court record is in no New York paper, and the memo and instructions say why', () => {
    const b = fixture('us-ny/14-juvenile-adjudication');
    expect(courtPapers(b)).toHaveLength(0);
    expect(docText(onlyDoc(b.packet, 'lawyer-memo'))).toMatch(/Family Court/);
    expect(docText(onlyDoc(b.packet, 'instructions'))).toMatch(/Family Court/);
  });

  it('H1: an unknown charge without a conviction is never sworn to as a conviction', () => {
    const b = fixture('us-ny/28-unknown-charge-no-conviction-not-covered');
    expect(courtText(b)).not.toMatch(/convicted/i);
  });

  it('H2: an offense not classified as level A is not pleaded as "not a crime of violence"', () => {
    const b = fixture('us-fed/20-crime-of-violence-unclear-needs-review');
    expect(courtText(b)).not.toMatch(/not a (crime of violence|violent crime)/);
  });

  it('H3: a dismissed California arrest is "the direct result", never "committed"', () => {
    const b = fixture('us-ca/30-dismissed-assault-arrest-sealing');
    const declaration = docText(onlyDoc(b.packet, 'ca-declaration'));
    expect(declaration).toContain(
      'This arrest was the direct result of my being a victim of human trafficking',
    );
    expect(courtText(b)).not.toMatch(/committed/i);
    expect(docText(onlyDoc(b.packet, 'ca-petition'))).toContain(
      'Petitioner does not admit the conduct alleged',
    );
  });

  it('H4: a pending California charge gets no petition, and names the defence lawyer and PC 236.23', () => {
    const b = fixture('us-ca/28-pending-charge-defence-lawyer');
    expect(courtPapers(b)).toHaveLength(0);
    const memo = docText(onlyDoc(b.packet, 'lawyer-memo'));
    expect(memo).toContain('defence lawyer');
    expect(memo).toContain('§ 236.23');
  });

  it('H8: a level B arrest motion pleads which branch applies and that no child was a victim', () => {
    const b = fixture('us-fed/04-level-b-arrest-dismissed-eligible');
    const motion = docText(onlyDoc(b.packet, 'fed-motion'));
    expect(motion).toContain(
      'The Government moved to dismiss the charge (18 U.S.C. § 3771A(b)(1)(C)(ii)(II)). No child was a victim of the offense charged.',
    );
  });

  it('M9: the court of arrest is not assumed: the place of arrest is asked, else a blank', () => {
    const b = fixture('us-fed/09-level-a-arrest-prostitution-eligible');
    expect(docText(onlyDoc(b.packet, 'fed-motion'))).toMatch(
      /movant was arrested in (_{5,} \(city and state\)|[A-Z])/,
    );
  });

  it('M5: the California order vacates convictions and deems arrests not to have occurred, and notifies the DOJ', () => {
    const b = fixture('us-ca/19-mixed-records-partially-eligible');
    const order = docText(onlyDoc(b.packet, 'ca-proposed-order'));
    expect(order).not.toContain('Each conviction and arrest listed below is VACATED');
    expect(order).toContain('Department of Justice');
    expect(order).not.toMatch(/County of ([A-Z][a-z]+), \1 County/);
  });

  it('M7: New York papers ask for vacatur on the merits', () => {
    const b = fixture('us-ny/01-eligible-prostitution-pl');
    for (const id of ['ny-notice-of-motion', 'ny-affidavit', 'ny-proposed-order'])
      expect(docText(onlyDoc(b.packet, id))).toContain('on the merits');
  });

  it('H7: the New York memorandum states the preponderance standard and the affidavit names supporting affidavits', () => {
    const b = fixture('us-ny/01-eligible-prostitution-pl');
    expect(docText(onlyDoc(b.packet, 'ny-memorandum-of-law'))).toContain(
      'by a preponderance of the evidence',
    );
    expect(docText(onlyDoc(b.packet, 'ny-affidavit'))).toContain(
      'Other people who know these facts have given sworn statements',
    );
  });

  it('a Spanish packet carries a blank translator declaration, and its instructions say the court needs English', () => {
    const b = fixture('us-ny/01-eligible-prostitution-pl', 'es');
    expect(b.packet.documents.some((d) => d.id === 'translator-declaration')).toBe(true);
    expect(docText(onlyDoc(b.packet, 'instructions'))).toContain(
      'El tribunal necesita todo en inglés',
    );
    expect(
      fixture('us-ny/01-eligible-prostitution-pl').packet.documents.some(
        (d) => d.id === 'translator-declaration',
      ),
    ).toBe(false);
  });

  it('the provider signs the provider affidavit: it is not on the person’s notary list', () => {
    const b = fixture('us-fed/01-wire-fraud-conviction-eligible');
    const text = docText(onlyDoc(b.packet, 'instructions'));
    expect(text).not.toMatch(/signed in front of a notary public[^.]*Service Provider/);
    expect(text).toMatch(
      /Affidavit of Anti-Human Trafficking Service Provider or Clinician\*?\*?: you do not sign this/,
    );
  });
});

describe('the Spanish review’s critical findings, in the papers (issue 16)', () => {
  const restitution = (lang: 'en' | 'es') => {
    const file = path.join(
      __dirname,
      '..',
      '..',
      'fixtures',
      'restitution',
      'cases',
      'us-fed-self.json',
    );
    const f = JSON.parse(readFileSync(file, 'utf8')) as { case?: unknown; today?: string };
    return build(f.case ?? f, f.today ?? '2026-11-27', lang);
  };

  it('#1: a Spanish account must be translated, and the translator signs the blank declaration', () => {
    const text = docText(
      onlyDoc(fixture('us-ca/01-eligible-prostitution-pc-647b', 'es').packet, 'instructions'),
    );
    expect(text).toContain('hay que traducirlo al inglés antes de presentarlo');
    expect(text).toContain('Declaration of Translator or Interpreter');
  });

  it('#2: the instructions say, in Spanish, what each signed paper is and the facts sworn to', () => {
    const b = fixture('us-ny/01-eligible-prostitution-pl', 'es');
    const text = docText(onlyDoc(b.packet, 'instructions'));
    expect(text).toContain('Lo que usted dice bajo juramento');
    expect(text).toContain('Al firmarlo, usted dice, bajo juramento o bajo pena de ley, que lo que dice es verdad');
    expect(text).toMatch(
      /Que el \d+ de \w+ de \d{4} hubo un arresto contra usted por N\.Y\. Penal Law § 230\.00 \(Prostitución\)/,
    );
    // The trafficking in the glossary's words (docs/spanish.md), not «con fines sexuales».
    expect(text).toMatch(/víctima de trata (sexual|laboral)/);
    expect(text).not.toMatch(/con fines (sexuales|laborales)/);
  });

  it('#3: the provider affidavit is the provider’s to sign, never on the person’s notary list', () => {
    const text = docText(
      onlyDoc(fixture('us-fed/01-wire-fraud-conviction-eligible', 'es').packet, 'instructions'),
    );
    expect(text).toContain('este documento no lo firma usted');
    expect(text).not.toMatch(/delante de un notario público[^.]*Service Provider/);
  });

  it('#4: in California the person never serves the papers or signs the proof of service', () => {
    const text = docText(
      onlyDoc(fixture('us-ca/01-eligible-prostitution-pc-647b', 'es').packet, 'instructions'),
    );
    // The pack's own serving step says so (the shared instructions no longer do, for every state).
    expect(text).toContain('Usted no puede entregarlos personalmente');
    expect(text).toContain('Usted no la firma');
  });

  it('#5: the restitution instructions say who sees the address, in both languages', () => {
    expect(docText(restitution('es').packet.documents.at(-1)!)).toContain(
      'Los pueden ver el tribunal, la fiscalía, la oficina de libertad condicional',
    );
    const en = restitution('en').packet.documents.map(docText).join('\n');
    expect(en).toContain('possibly the trafficker and their lawyer can see them');
  });
});

describe('the papers audit, after it (2026-12-05)', () => {
  it.each(['en', 'es'] as const)(
    'the lawyer’s own affirmation is the lawyer’s to sign, never among what the person swears to (%s)',
    (lang) => {
      const b = buildFixture('ny-attorney', lang);
      const text = docText(onlyDoc(b.packet, 'instructions'));
      const title = 'Affirmation of Counsel in Support of Motion to Vacate Judgment';
      expect(b.packet.documents.some((d) => d.title === title)).toBe(true);
      const heading =
        lang === 'en' ? 'Papers your lawyer signs' : 'Documentos que firma su abogado';
      const after = text.slice(text.indexOf(heading));
      expect(text).toContain(heading);
      expect(after).toContain(title);
      // Not in the person's own list (before that heading), where signing means swearing.
      expect(text.slice(0, text.indexOf(heading))).not.toContain(title);
    },
  );
});
