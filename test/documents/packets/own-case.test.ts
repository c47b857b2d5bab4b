import { build, docText, onlyDoc, readCaseFixture as caseOf } from './helpers';

const instructions = (input: unknown, lang: 'en' | 'es') =>
  docText(onlyDoc(build(input, '2026-11-27', lang).packet, 'instructions')).replace(/\s+/g, ' ');

describe('where the request is made, in the instructions (procedure.ownCase)', () => {
  it.each([
    ['en', 'the request starts a court case of its own about your old record', 'old criminal case'],
    ['es', 'el pedido abre un caso judicial propio', 'caso penal antiguo'],
  ] as const)('Idaho (%s): a case of its own, not the old criminal case', (lang, own, old) => {
    const text = instructions(caseOf('us-id', '01-prostitution.json'), lang);
    expect(text).toContain(own);
    expect(text).not.toContain(old);
  });

  it.each([
    ['en', 'the request is made in your old criminal case'],
    ['es', 'el pedido se presenta dentro de su caso penal antiguo'],
  ] as const)('Washington (%s): a motion in the old criminal case', (lang, old) => {
    expect(instructions(caseOf('us-wa', '01-9A-88-030.json'), lang)).toContain(old);
  });
});
