import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { Fontkit } from 'pdf-lib/cjs/types/fontkit';
import { BoundedCache } from './bounded-cache';
import { rememberFontFile } from './native-deflate';

/** The four faces a court paper uses. */
export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';

export const FACES: readonly Face[] = ['regular', 'bold', 'italic', 'boldItalic'];

// Tinos (OFL-1.1) is metric-compatible with Times New Roman; pin the package version exactly.
const FONT_FILES: Record<Face, string> = {
  regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  italic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

/** Drawn in place of a character no font has, so the gap is visible rather than an empty box. */
export const MISSING_GLYPH_SUBSTITUTE = '\u25A1';

export function faceOf(style: { bold?: boolean; italic?: boolean }): Face {
  if (style.bold && style.italic) return 'boldItalic';
  if (style.bold) return 'bold';
  if (style.italic) return 'italic';
  return 'regular';
}

type FkFont = fontkit.Font;
type FkGlyph = fontkit.Glyph;

/** What fontkit's subset has at run time (its typings leave out the glyph list). */
interface EncodableSubset {
  glyphs: number[];
  encode(): Uint8Array;
}

const bytesByFace = new Map<Face, Uint8Array>();

/** The font file's bytes, read once per process (per worker thread). */
export function fontBytes(face: Face): Uint8Array {
  let bytes = bytesByFace.get(face);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(require.resolve(FONT_FILES[face])));
    bytesByFace.set(face, bytes);
  }
  return bytes;
}

/**
 * The characters every packet may use whoever it is for: printable ASCII and the punctuation and
 * Latin letters of the templates and of Spanish. A subset made of these glyphs alone says nothing
 * of anyone's answers, so only such subsets are kept between PDFs (`encodeSubset`).
 */
export const PUBLIC_CHARACTERS: readonly string[] = [
  ...Array.from({ length: 0x7e - 0x20 }, (_, i) => String.fromCharCode(0x21 + i)),
  ...'§¶©°±·–—‘’“”•…€£×¿¡«»ºªáéíóúñüÁÉÍÓÚÑÜ',
  MISSING_GLYPH_SUBSTITUTE,
];

/** Encoded subsets kept per face: each is 20–60 KB, so at most about 2 MB per face. */
export const SUBSET_CACHE_LIMIT = 32;

/**
 * Text that needs fontkit's full OpenType layout: combining marks (Tinos composes some with the
 * letter before them) and invisible format characters. Everything else maps one character to one
 * glyph: Tinos has no default ligatures (its GSUB has only `ccmp`, for marks, and `dlig`, which is
 * off), checked for every character of the four faces and every pair of Latin characters.
 */
const NEEDS_LAYOUT = /[\p{M}\p{Cf}]/u;

/**
 * A parsed font with its character-to-glyph table. pdf-lib runs a full OpenType layout on every
 * string it encodes or measures; for the text Tinos draws a table lookup per character gives the
 * same glyphs (above) at a fraction of the cost. The table is made from the font alone, every
 * character of it at once, so it never holds anything of the text drawn (no case data is kept
 * between requests; test/documents/render/caches.test.ts).
 */
export class CachedFont {
  private readonly glyphByCode = new Map<number, FkGlyph>();
  private readonly advanceByCode = new Map<number, number>();
  readonly unitsPerEm: number;

  constructor(readonly font: FkFont) {
    this.unitsPerEm = font.unitsPerEm;
    // .notdef first, with no character: fontkit keeps a glyph with the characters it was first
    // asked for, and a missing character must not be remembered. Then every character in order,
    // so a glyph shared by two characters maps back to the lower one.
    font.getGlyph(0);
    for (const code of [...font.characterSet].sort((a, b) => a - b)) {
      const glyph = font.glyphForCodePoint(code);
      this.glyphByCode.set(code, glyph);
      this.advanceByCode.set(code, glyph.advanceWidth);
    }
  }

  private glyphOf(code: number): FkGlyph {
    // A character the font lacks: fontkit's own answer (.notdef), not kept.
    return this.glyphByCode.get(code) ?? this.font.glyphForCodePoint(code);
  }

  glyphsOf(text: string): FkGlyph[] {
    if (NEEDS_LAYOUT.test(text)) return this.laidOut(text);
    const out: FkGlyph[] = [];
    for (let i = 0; i < text.length; i += 1) {
      const code = text.codePointAt(i) as number;
      if (code > 0xffff) i += 1;
      out.push(this.glyphOf(code));
    }
    return out;
  }

  /** fontkit's layout word by word (no shaping across spaces in the scripts Tinos covers). */
  private laidOut(text: string): FkGlyph[] {
    const out: FkGlyph[] = [];
    let start = 0;
    for (let i = 0; i <= text.length; i += 1) {
      if (i === text.length || text[i] === ' ') {
        if (i > start) out.push(...this.font.layout(text.slice(start, i)).glyphs);
        if (i < text.length) out.push(this.glyphOf(0x20));
        start = i + 1;
      }
    }
    return out;
  }

  /** Width in points at a size. */
  widthOf(text: string, size: number): number {
    let units = 0;
    if (NEEDS_LAYOUT.test(text)) {
      for (const g of this.laidOut(text)) units += g.advanceWidth;
    } else {
      for (let i = 0; i < text.length; i += 1) {
        const code = text.codePointAt(i) as number;
        if (code > 0xffff) i += 1;
        units += this.advanceByCode.get(code) ?? this.glyphOf(code).advanceWidth;
      }
    }
    return (units * size) / this.unitsPerEm;
  }

  has(codePoint: number): boolean {
    return this.font.hasGlyphForCodePoint(codePoint);
  }

  private readonly subsets = new BoundedCache<string, Uint8Array>(SUBSET_CACHE_LIMIT);
  private publicGlyphs: ReadonlySet<number> | undefined;

  /** Whether every glyph of a subset is .notdef, the space or one of `PUBLIC_CHARACTERS`. */
  private isPublic(glyphs: readonly number[]): boolean {
    this.publicGlyphs ??= new Set([
      0,
      ...[' ', ...PUBLIC_CHARACTERS].map((c) => this.glyphOf(c.codePointAt(0)!).id),
    ]);
    const known = this.publicGlyphs;
    return glyphs.every((g) => known.has(g));
  }

  /**
   * The subset's font file. Encoding a subset (glyph outlines, hinting tables) is a large part of
   * a PDF's cost, and packets of one batch mostly use the same glyphs in the same order (the
   * subsets are seeded with a fixed character list, see pdf-writer.ts), so the bytes are kept
   * for the exact glyph list, in a small bounded cache — only when every glyph is one of the
   * public characters: a subset holding any other letter (a name in Vietnamese, say) is encoded
   * afresh and kept nowhere, so no cache says which letters someone's answers used.
   */
  encodeSubset(subset: EncodableSubset): Uint8Array {
    if (!this.isPublic(subset.glyphs)) return subset.encode();
    const key = subset.glyphs.join(',');
    let bytes = this.subsets.get(key);
    if (!bytes) {
      bytes = subset.encode();
      this.subsets.set(key, bytes);
      rememberFontFile(bytes);
    }
    return bytes;
  }

  /** How many entries each cache holds now (tests check the bounds). */
  get cacheSizes(): { characters: number; subsets: number } {
    return { characters: this.glyphByCode.size, subsets: this.subsets.size };
  }
}

const parsed = new Map<Uint8Array, CachedFont>();

function parse(bytes: Uint8Array): CachedFont {
  let font = parsed.get(bytes);
  if (!font) {
    const created = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (!('layout' in created)) throw new Error('Font collections are not supported');
    font = new CachedFont(created);
    parsed.set(bytes, font);
  }
  return font;
}

/** The cached, parsed font for a face (shared with the pdf-lib adapter). */
export function cachedFont(face: Face): CachedFont {
  return parse(fontBytes(face));
}

/**
 * fontkit 2 presented as the fontkit 1 pdf-lib 1.17.1 expects: the parsed font comes from the
 * cache, `layout` uses the word cache, and subsets get the `encodeStream()` pdf-lib calls.
 */
function wrap(cached: CachedFont): unknown {
  const font = cached.font;
  const bound = new Map<PropertyKey, unknown>();
  return new Proxy(font, {
    get(target, prop) {
      if (prop === 'layout')
        return (text: string, features?: unknown) =>
          features === undefined || (Array.isArray(features) && features.length === 0)
            ? { glyphs: cached.glyphsOf(text) }
            : target.layout(text, features as string[]);
      if (prop === 'createSubset')
        return () => {
          const subset = target.createSubset();
          return Object.assign(subset, {
            encodeStream: () => {
              const stream = new EventEmitter();
              queueMicrotask(() => {
                try {
                  stream.emit('data', cached.encodeSubset(subset as unknown as EncodableSubset));
                  stream.emit('end');
                } catch (err) {
                  stream.emit('error', err);
                }
              });
              return stream;
            },
          });
        };
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      let fn = bound.get(prop);
      if (!fn) {
        fn = (value as (...a: unknown[]) => unknown).bind(target);
        bound.set(prop, fn);
      }
      return fn;
    },
  });
}

const wrapped = new Map<CachedFont, unknown>();

/** Register with `pdfDoc.registerFontkit(fontkitAdapter)`; embed with `{ subset: true }`. */
export const fontkitAdapter: Fontkit = {
  create(bytes: Uint8Array) {
    const cached = parse(bytes);
    let font = wrapped.get(cached);
    if (!font) {
      font = wrap(cached);
      wrapped.set(cached, font);
    }
    return font as ReturnType<Fontkit['create']>;
  },
};

// Invisible format characters (zero-width space, joiners, BOM) have nothing to draw.
const INVISIBLE = /[\p{Cf}]/gu;

/** Text ready to draw: NFC, tabs as spaces, invisible format characters removed. */
export function drawableText(text: string): string {
  return text.normalize('NFC').replace(/\t/g, ' ').replace(INVISIBLE, '');
}

/** The characters of the text that the face cannot draw. */
export function missingChars(text: string, face: Face = 'regular'): string[] {
  const font = cachedFont(face);
  const missing: string[] = [];
  for (const ch of drawableText(text)) {
    const cp = ch.codePointAt(0) as number;
    if (cp >= 0x20 && !font.has(cp)) missing.push(ch);
  }
  return missing;
}

/** Replace characters the face cannot draw with a visible substitute; report them. */
export function substituteMissing(text: string, face: Face, report?: (ch: string) => void): string {
  const font = cachedFont(face);
  let out = '';
  for (const ch of drawableText(text)) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x20) continue;
    if (font.has(cp)) out += ch;
    else {
      report?.(ch);
      out += MISSING_GLYPH_SUBSTITUTE;
    }
  }
  return out;
}
