import { FACES, cachedFont, drawableText } from './render/fonts';

/** An answer the PDF cannot draw in full: where it is in the case, and the characters missing. */
export interface GlyphGap {
  /** The case path, as in validation errors: `petitioner.legalName`, `convictions.0.court`. */
  path: string;
  /** Each character the font lacks, once, in the order typed. */
  chars: string[];
}

/** Whether a code point can be drawn. */
export type Covers = (codePoint: number) => boolean;

const RIGHT_TO_LEFT = /\p{Script=Hebrew}/u;

/**
 * Hebrew letters are in the font, but the PDF lays words out left to right without the Unicode
 * bidirectional algorithm: each word reads right, yet a name of two words prints them swapped.
 */
export function isRightToLeft(ch: string): boolean {
  return RIGHT_TO_LEFT.test(ch);
}

/**
 * The embedded court font: a character counts as drawable only when every face has it and it is
 * not right-to-left (see `isRightToLeft`).
 */
export const embeddedFontCovers: Covers = (codePoint) =>
  !isRightToLeft(String.fromCodePoint(codePoint)) &&
  FACES.every((face) => cachedFont(face).has(codePoint));

function charsMissing(text: string, covers: Covers, memo: Map<number, boolean>): string[] {
  const missing: string[] = [];
  for (const ch of drawableText(text)) {
    const cp = ch.codePointAt(0) as number;
    // Line breaks and other controls are layout, not glyphs.
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    let ok = memo.get(cp);
    if (ok === undefined) {
      ok = covers(cp);
      memo.set(cp, ok);
    }
    if (!ok && !missing.includes(ch)) missing.push(ch);
  }
  return missing;
}

/**
 * Every text of a case (or any JSON value) with characters the font cannot draw, by path: the
 * PDF would print them as □. Walks the whole value, so a field added to the case is covered.
 */
export function glyphGaps(value: unknown, covers: Covers = embeddedFontCovers): GlyphGap[] {
  const gaps: GlyphGap[] = [];
  const memo = new Map<number, boolean>();
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'string') {
      const chars = charsMissing(v, covers, memo);
      if (chars.length) gaps.push({ path, chars });
    } else if (Array.isArray(v)) v.forEach((item, i) => walk(item, path ? `${path}.${i}` : `${i}`));
    else if (v !== null && typeof v === 'object')
      for (const [key, item] of Object.entries(v)) walk(item, path ? `${path}.${key}` : key);
  };
  walk(value, '');
  return gaps;
}

/** Machine code of the warning, in the API's `Relief-Warnings` header and `warnings` lists. */
export const MISSING_GLYPHS = 'missing-glyphs';

/** At most this many characters are named, apart, then "…": an account in Chinese has hundreds. */
const NAMED_CHARS = 12;

/** The characters of a gap for a person to read: apart, so each is seen, and at most a dozen. */
export function namedChars(gap: GlyphGap): string {
  const more = gap.chars.length > NAMED_CHARS ? ' …' : '';
  return `${gap.chars.slice(0, NAMED_CHARS).join(' ')}${more}`;
}

/** The warning in plain English, naming the field as the reader knows it (a path, a column). */
export function glyphGapMessage(gap: GlyphGap, field: string): string {
  const effect = gap.chars.some(isRightToLeft)
    ? 'it would print as empty boxes (□), or with right-to-left words in the wrong order'
    : 'it would print as empty boxes (□)';
  return (
    `The PDF's font cannot draw ${namedChars(gap)} in ${field}: ${effect}. ` +
    'Write it in Latin letters as it is on the court record, or ask a lawyer what to write. ' +
    'The DOCX keeps the text as typed.'
  );
}
