import { readdirSync } from 'node:fs';
import path from 'node:path';
import { buildCaseFixture, docText, onlyDoc, registry } from './helpers';

/**
 * A pack that drafts no court papers ("the law explained, every record to a lawyer") says so
 * plainly: the tool prepares none, which is not the same as "nothing to file, based on your
 * answers", and a lawyer can still file.
 */

const flat = (s: string): string => s.replace(/\s+/g, ' ');
const CASES = path.join(__dirname, '..', '..', 'fixtures', 'cases');
const firstFixture = (state: string): string =>
  readdirSync(path.join(CASES, state))
    .filter((f) => f.endsWith('.json'))
    .sort()[0]!
    .replace(/\.json$/, '');

const explained = registry.packs
  .filter((p) => p.reliefs.vacatur && Object.keys(p.reliefs.vacatur.papers).length === 0)
  .map((p) => p.code.toLowerCase());

describe('a pack that drafts no court papers', () => {
  it('is most of the middle row (a check that the list below is not empty)', () => {
    expect(explained.length).toBeGreaterThanOrEqual(20);
  });

  it.each(explained)(
    '%s: the cover, instructions and lawyer page say the tool prepares no papers, in English and Spanish',
    (state) => {
      const name = registry.get(state.toUpperCase())!.name;
      const en = buildCaseFixture(state, firstFixture(state), 'en').packet;
      const cover = flat(docText(onlyDoc(en, 'cover')));
      const instructions = flat(docText(onlyDoc(en, 'instructions')));
      expect(cover).toContain(`No court papers from this tool for ${name}`);
      expect(instructions).toContain(`No court papers from this tool for ${name}`);
      for (const text of [cover, instructions]) {
        expect(text).not.toMatch(/Nothing to file yet|based on your answers|Based on your answers/);
        expect(text).not.toMatch(/Records left out (of the court papers|until)/);
      }
      expect(instructions).toMatch(/## Free legal help|Free legal help/);
      expect(instructions).not.toMatch(/9\. Free legal help/);
      expect(flat(docText(onlyDoc(en, 'lawyer-memo')))).toMatch(
        /The tool prepares no court papers under it/,
      );

      const es = buildCaseFixture(state, firstFixture(state), 'es').packet;
      const coverEs = flat(docText(onlyDoc(es, 'cover')));
      expect(coverEs).toContain('Esta herramienta no prepara documentos para el tribunal de');
      expect(coverEs).not.toMatch(/Según sus respuestas/);
      expect(flat(docText(onlyDoc(es, 'instructions')))).not.toMatch(/9\. Ayuda legal gratuita/);
    },
  );

  it('a pack that drafts papers still says "Nothing to file yet, based on your answers" when no record qualifies', () => {
    // Hawaii: a conviction under three years old goes to a lawyer, so this packet has no papers.
    const { packet } = buildCaseFixture('us-hi', '29-conviction-under-three-years');
    expect(packet.documents.some((d) => !d.plain)).toBe(false);
    const cover = flat(docText(onlyDoc(packet, 'cover')));
    expect(cover).toContain('Nothing to file yet');
    expect(cover).toContain('based on your answers');
  });
});
