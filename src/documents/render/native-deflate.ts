import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';

/**
 * pdf-lib 1.17.1 compresses every content stream, object stream and font subset with pako, a
 * JavaScript port of zlib; profiling put a fifth of a packet PDF's time there. Node's own zlib
 * makes the same format (zlib-wrapped deflate, default level) natively. pdf-lib calls
 * `pako.deflate(bytes)` through the pako module object, so pointing that one function at
 * `zlib.deflateSync` speeds every PDF up without touching pdf-lib. Calls with options (other pako
 * users) keep pako's own code.
 */

type Deflate = (data: Uint8Array, options?: unknown) => Uint8Array;
interface PakoModule {
  deflate: Deflate;
}

// The pako that pdf-lib itself resolves (not necessarily a top-level one).
const pako = createRequire(require.resolve('pdf-lib'))('pako') as PakoModule;
const original: Deflate = pako.deflate;

/**
 * Encoded font subsets (fonts.ts) and their deflated bytes. pdf-lib deflates a subset's font file
 * in every PDF, and the packets of a batch mostly embed the very same subsets, so the deflated
 * bytes are kept beside the subset cache, as many as it holds (font data only: a subset is the
 * font's glyphs for the characters drawn, never text).
 */
const deflatedFonts = new Map<number, Array<{ bytes: Uint8Array; deflated: Uint8Array }>>();
const FONT_DEFLATE_LIMIT = 128;
let fontEntries = 0;

/** Mark an encoded font subset as worth keeping deflated (fonts.ts calls it). */
export function rememberFontFile(bytes: Uint8Array): void {
  const same = deflatedFonts.get(bytes.byteLength) ?? [];
  if (same.some((e) => e.bytes === bytes)) return;
  if (fontEntries >= FONT_DEFLATE_LIMIT) {
    deflatedFonts.clear();
    fontEntries = 0;
  }
  same.push({ bytes, deflated: deflateSync(bytes) });
  deflatedFonts.set(bytes.byteLength, same);
  fontEntries += 1;
}

/** How many deflated font files are kept (tests check the bound). */
export function keptFontFiles(): number {
  return fontEntries;
}

function deflatedFont(data: Uint8Array): Uint8Array | undefined {
  const same = deflatedFonts.get(data.byteLength);
  if (!same) return undefined;
  const view = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  for (const e of same)
    if (view.equals(Buffer.from(e.bytes.buffer, e.bytes.byteOffset, e.bytes.byteLength)))
      return e.deflated;
  return undefined;
}

function nativeDeflate(data: Uint8Array, options?: unknown): Uint8Array {
  if (options !== undefined) return original(data, options);
  return deflatedFont(data) ?? deflateSync(data);
}

/** Route pdf-lib's stream compression through Node's zlib (idempotent; once per thread). */
export function useNativeDeflate(): void {
  if (pako.deflate !== nativeDeflate) pako.deflate = nativeDeflate;
}

/** True when pdf-lib's compression goes through Node's zlib. */
export function nativeDeflateInUse(): boolean {
  return pako.deflate === nativeDeflate;
}

/** Back to pako's JavaScript deflate (benchmarks compare both). */
export function usePakoDeflate(): void {
  pako.deflate = original;
}
