import { createRequire } from 'node:module';

/**
 * Two helpers of pdf-lib 1.17.1 that run for every number and every glyph a PDF holds, made
 * cheaper with the same results (the profile of a packet put about 4 % of its time in them):
 * - `numberToString` splits each number's text on "e-" and "+" to undo exponent notation; a
 *   number whose text has no exponent is its own text, so only those with one go the long way.
 * - `toHexStringOfMinLength(n, 4)` pads and upper-cases each glyph code; a 256-entry table gives
 *   the same four digits for the codes 0–65535 that fonts use.
 * pdf-lib reads both through its `utils` index module at call time, so setting them there changes
 * every caller without touching pdf-lib (like native-deflate.ts).
 */

type NumberToString = (num: number) => string;
type ToHex = (num: number, minLength: number) => string;
interface PdfLibUtils {
  numberToString: NumberToString;
  toHexStringOfMinLength: ToHex;
}

const utils = createRequire(require.resolve('pdf-lib'))('./utils') as PdfLibUtils;
const originals = {
  numberToString: utils.numberToString,
  toHexStringOfMinLength: utils.toHexStringOfMinLength,
};

const HEX2 = Array.from({ length: 256 }, (_, i) => i.toString(16).toUpperCase().padStart(2, '0'));

function fastNumberToString(num: number): string {
  const text = String(num);
  return text.includes('e') ? originals.numberToString(num) : text;
}

function fastHex(num: number, minLength: number): string {
  if (minLength === 4 && Number.isInteger(num) && num >= 0 && num <= 0xffff)
    return (HEX2[num >> 8] as string) + (HEX2[num & 0xff] as string);
  return originals.toHexStringOfMinLength(num, minLength);
}

/** Route pdf-lib's number and glyph-code formatting through the above (idempotent). */
export function useFastPdfLibText(): void {
  utils.numberToString = fastNumberToString;
  utils.toHexStringOfMinLength = fastHex;
}

/** Back to pdf-lib's own functions (the test compares both). */
export function useOriginalPdfLibText(): void {
  utils.numberToString = originals.numberToString;
  utils.toHexStringOfMinLength = originals.toHexStringOfMinLength;
}

/** pdf-lib's own functions, for the test to compare with. */
export const pdfLibOriginals: Readonly<{ numberToString: NumberToString; toHex: ToHex }> = {
  numberToString: originals.numberToString,
  toHex: originals.toHexStringOfMinLength,
};

export const pdfLibFast: Readonly<{ numberToString: NumberToString; toHex: ToHex }> = {
  numberToString: fastNumberToString,
  toHex: fastHex,
};
