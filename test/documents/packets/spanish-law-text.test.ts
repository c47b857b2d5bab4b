import type { Pack, VacaturRelief } from '../../../src/domain/pack-schema';
import { build, buildFixture, docText, onlyDoc, readFixture } from './helpers';

/** The pack's English wording that the instructions and cover print, cut at blanks ({days}, …). */
function englishPieces(v: VacaturRelief): string[] {
  const p = v.procedure;
  return [
    ...v.rules.map((r) => r.reason.message),
    v.otherwise.reason.message,
    ...(v.timing.outsidePeriod ? [v.timing.outsidePeriod.message] : []),
    ...v.requirements.map((r) => r.message),
    ...v.proof.helpfulEvidence,
    ...v.needsReview,
    p.court,
    ...p.serve.map((s) => s.text),
    p.fee.text,
    p.confidentiality,
    p.hearing,
    v.effect.text,
  ]
    .flatMap((t) => t.split(/\{\w+\}/))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 25);
}

const FIXTURES = ['ny-attorney', 'ca-full', 'fed-full'] as const;

describe('the Spanish instructions and cover print the law in Spanish', () => {
  it.each(FIXTURES)('%s: no English pack text and nothing marked «(en inglés)»', (name) => {
    const { packet, pack } = buildFixture(name, 'es');
    const text = `${docText(onlyDoc(packet, 'instructions'))}\n${docText(onlyDoc(packet, 'cover'))}`;
    const v = pack.reliefs.vacatur as VacaturRelief;
    expect(englishPieces(v).filter((piece) => text.includes(piece))).toEqual([]);
    // The opening paragraph explains the «(en inglés)» mark; no text carries it.
    expect(text.replace('«(en inglés)»', '')).not.toContain('(en inglés)');
    expect(text).toContain(v.procedure.hearingEs);
    expect(text).toContain(v.effect.textEs);
    // The open points of law are for a lawyer: the memo gives them in English, not the cover.
    expect(text).not.toContain(v.needsReview.at(-1));
    expect(docText(onlyDoc(packet, 'lawyer-memo'))).toContain(v.needsReview.at(-1));
  });

  it('names whom to serve in Spanish, with the English title beside it', () => {
    const text = docText(onlyDoc(buildFixture('ny-attorney', 'es').packet, 'instructions'));
    expect(text).toContain(
      'La fiscalía de distrito (District Attorney): Pida a una persona adulta que no sea parte del caso que entregue la moción a la fiscalía de distrito',
    );
    expect(text).toContain('(en este caso, la fiscalía de distrito (District Attorney))');
  });

  it('gives each requirement in Spanish with its date', () => {
    const text = docText(onlyDoc(buildFixture('fed-full', 'es').packet, 'instructions'));
    expect(text).toMatch(
      /El Gobierno puede presentar una oposición dentro de los 30 días después de que se presente la moción: hasta el \d+ de \w+ de \d{4} si usted la presenta hoy\.\n/,
    );
  });

  it('gives the reason a record was left out in Spanish on the cover', () => {
    const text = docText(onlyDoc(buildFixture('ca-full', 'es').packet, 'cover'));
    expect(text).toContain('Antecedentes que no se incluyeron');
    expect(text).toContain(
      'está en la lista de delitos graves violentos del Código Penal § 667.5(c)',
    );
  });

  it('keeps the English instructions in English', () => {
    const { packet, pack } = buildFixture('ny-attorney');
    const text = docText(onlyDoc(packet, 'instructions'));
    expect(text).toContain(pack.reliefs.vacatur?.procedure.hearing);
    expect(text).not.toContain(pack.reliefs.vacatur?.procedure.hearingEs);
  });
});

describe('a pack without Spanish for a text', () => {
  it('prints the English in the Spanish instructions, marked «(en inglés)», and the Spanish elsewhere', () => {
    const f = readFixture('ny-attorney');
    const ny = build(f.case, f.today).pack;
    const v = ny.reliefs.vacatur as VacaturRelief;
    const { hearingEs: _hearing, ...procedure } = v.procedure;
    const { needsReviewEs: _points, ...relief } = v;
    const partial: Pack = { ...ny, reliefs: { vacatur: { ...relief, procedure } } };
    const { packet } = build(f.case, f.today, 'es', partial);
    const instructions = docText(onlyDoc(packet, 'instructions'));
    expect(instructions).toContain(`(en inglés) ${v.procedure.hearing}`);
    expect(instructions).toContain(v.procedure.confidentialityEs);
    expect(docText(onlyDoc(packet, 'lawyer-memo'))).toContain(v.needsReview[0]);
  });
});
