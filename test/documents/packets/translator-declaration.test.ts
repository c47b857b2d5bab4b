import { buildCaseFixture, docText, onlyDoc } from './helpers';

/**
 * The translator's declaration is sworn as the person's own sworn paper is: before a notary where
 * the person's affidavit is and the pack found no declaration sentence of its court; else closed
 * with that court's declaration sentence.
 */

const flat = (s: string): string => s.replace(/\s+/g, ' ');
const declaration = (state: string, name: string) => {
  const { packet } = buildCaseFixture(state, name, 'es');
  const doc = onlyDoc(packet, 'translator-declaration');
  return {
    doc,
    text: flat(docText(doc)),
    instructions: flat(docText(onlyDoc(packet, 'instructions'))),
  };
};

describe("the translator's declaration in a Spanish packet", () => {
  it.each([['us-ga', '01-eligible-prostitution']])(
    '%s (a notarized affidavit, no declaration sentence): sworn before a notary',
    (state, name) => {
      const { doc, text, instructions } = declaration(state, name);
      expect(text).toMatch(/\(printed name\), being first duly sworn, state:/);
      expect(text).toMatch(/Subscribed and sworn to before me by the translator or interpreter/);
      expect(text).not.toMatch(/penalty of perjury/);
      expect(doc.blocks.some((b) => b.kind === 'verification' && b.form === 'notary')).toBe(true);
      expect(instructions).toMatch(
        /Declaration of Translator or Interpreter» [^.]*delante de un notario público/,
      );
    },
  );

  it.each([
    [
      'us-vt',
      '01-prostitution-eligible',
      /true and accurate to the best of my knowledge and belief/,
    ],
    [
      'us-ca',
      '01-eligible-prostitution-pc-647b',
      /under penalty of perjury under the laws of the State of California/,
    ],
    ['us-wa', '01-9A-88-030', /under penalty of perjury under the law of Washington/],
  ])(
    '%s (the court takes a declaration): closed with its sentence, no notary',
    (state, name, words) => {
      const { doc, text, instructions } = declaration(state, name);
      expect(text).toMatch(words);
      expect(text).not.toMatch(/being first duly sworn|Subscribed and sworn/);
      expect(doc.blocks.some((b) => b.kind === 'verification' && b.form === 'notary')).toBe(false);
      expect(instructions).not.toMatch(/delante de un notario público, como usted firma/);
    },
  );
});
