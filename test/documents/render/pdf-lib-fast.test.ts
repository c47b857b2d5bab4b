import fc from 'fast-check';
import { pdfLibFast, pdfLibOriginals } from '../../../src/documents/render/pdf-lib-fast';

describe('pdf-lib’s number and glyph-code formatting, made cheaper', () => {
  test('writes every number as pdf-lib does, exponents and all', () => {
    const special = [0, -0, 1, -1, 0.5, 1e-7, -2.5e-9, 1e21, 3.4e38, 612, 791.999, NaN, Infinity];
    for (const n of special)
      expect(pdfLibFast.numberToString(n)).toBe(pdfLibOriginals.numberToString(n));
    fc.assert(
      fc.property(fc.double(), (n) => {
        expect(pdfLibFast.numberToString(n)).toBe(pdfLibOriginals.numberToString(n));
      }),
      { numRuns: 5000 },
    );
  });

  test('writes every glyph code as pdf-lib does, and other lengths too', () => {
    for (let n = 0; n <= 0xffff; n += 1)
      expect(pdfLibFast.toHex(n, 4)).toBe(pdfLibOriginals.toHex(n, 4));
    for (const [n, len] of [
      [0x10000, 4],
      [255, 2],
      [7, 6],
      [1.5, 4],
    ] as const)
      expect(pdfLibFast.toHex(n, len)).toBe(pdfLibOriginals.toHex(n, len));
  });
});
