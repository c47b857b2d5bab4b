import { inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { BoundedCache } from '../../../src/documents/render/bounded-cache';
import { cachedFont, FACES, SUBSET_CACHE_LIMIT } from '../../../src/documents/render/fonts';
import {
  nativeDeflateInUse,
  useNativeDeflate,
  usePakoDeflate,
} from '../../../src/documents/render/native-deflate';
import { renderPdf } from '../../../src/documents/render/pdf';
import type { Packet } from '../../../src/documents/model';
import { fixturePacket } from './fixture-packet';
import { readPdf } from './helpers';

const FIXED = { creationDate: new Date('2026-01-02T03:04:05Z') };

/** The fixture packet with the first caption's name replaced (a different client). */
function packetFor(name: string): Packet {
  const packet = fixturePacket();
  const doc = packet.documents[0];
  const caption = doc?.blocks.find((b) => b.kind === 'caption');
  if (caption?.kind === 'caption') caption.defendant = { ...caption.defendant, name };
  return packet;
}

describe('BoundedCache', () => {
  test('keeps at most its limit, dropping the least recently used entry', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3);
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });

  test('refuses a limit that would not bound anything', () => {
    expect(() => new BoundedCache(0)).toThrow(RangeError);
    expect(() => new BoundedCache(1.5)).toThrow(RangeError);
  });
});

describe('the font caches of a long-running worker', () => {
  test('stay within their bounds however many different people are rendered', async () => {
    for (let i = 0; i < SUBSET_CACHE_LIMIT + 8; i += 1)
      // Each name adds a character no other packet uses, so each regular subset is new.
      await renderPdf(packetFor(`PERSON ${String.fromCharCode(0x100 + i)}`), FIXED);
    for (const face of FACES) {
      const sizes = cachedFont(face).cacheSizes;
      expect(sizes.subsets).toBeLessThanOrEqual(SUBSET_CACHE_LIMIT);
      expect(sizes.words).toBeLessThanOrEqual(50_000);
      expect(sizes.widths).toBeLessThanOrEqual(50_000);
    }
    expect(cachedFont('regular').cacheSizes.subsets).toBe(SUBSET_CACHE_LIMIT);
  }, 60_000);

  test('a reused font subset still draws each person’s own name correctly', async () => {
    const first = await readPdf(await renderPdf(packetFor('ANA 123'), FIXED));
    const second = await readPdf(await renderPdf(packetFor('BEN 321'), FIXED));
    expect(first.pages[0]).toContain('ANA 123');
    expect(second.pages[0]).toContain('BEN 321');
    expect(second.pages[0]).not.toContain('ANA');
  });
});

describe('native deflate for pdf-lib', () => {
  const pako = createRequire(require.resolve('pdf-lib'))('pako') as {
    deflate(d: Uint8Array, o?: unknown): Uint8Array;
  };

  afterAll(() => useNativeDeflate());

  test('rendering switches pdf-lib to Node’s zlib, and what it makes inflates back exactly', async () => {
    await renderPdf(fixturePacket(), FIXED);
    expect(nativeDeflateInUse()).toBe(true);
    const data = new TextEncoder().encode('BT /F1 12 Tf (Page 1 of 2) Tj ET\n'.repeat(50));
    expect(Buffer.compare(inflateSync(pako.deflate(data)), Buffer.from(data))).toBe(0);
  });

  test('the PDF reads the same with pako’s deflate as with Node’s', async () => {
    const native = await readPdf(await renderPdf(fixturePacket(), FIXED));
    usePakoDeflate();
    expect(nativeDeflateInUse()).toBe(false);
    const pakoPdf = await readPdf(await renderPdf(fixturePacket(), FIXED));
    expect(native.pages).toEqual(pakoPdf.pages);
  });
});
