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

function nativeDeflate(data: Uint8Array, options?: unknown): Uint8Array {
  if (options !== undefined) return original(data, options);
  return deflateSync(data);
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
