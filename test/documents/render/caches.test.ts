import { inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { BoundedCache } from '../../../src/documents/render/bounded-cache';
import {
  cachedFont,
  FACES,
  PUBLIC_CHARACTERS,
  SUBSET_CACHE_LIMIT,
} from '../../../src/documents/render/fonts';
import {
  keptFontFiles,
  nativeDeflateInUse,
  useNativeDeflate,
  usePakoDeflate,
} from '../../../src/documents/render/native-deflate';
import { renderDocx } from '../../../src/documents/render/docx';
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
  test('keep no subset holding a letter outside the public characters, however many people are rendered', async () => {
    const before = cachedFont('regular').cacheSizes.subsets;
    for (let i = 0; i < SUBSET_CACHE_LIMIT + 8; i += 1)
      // Each name adds a character no other packet uses: a subset that would say so.
      await renderPdf(packetFor(`PERSON ${String.fromCharCode(0x100 + i)}`), FIXED);
    expect(cachedFont('regular').cacheSizes.subsets).toBe(before);
    for (const face of FACES) {
      const sizes = cachedFont(face).cacheSizes;
      expect(sizes.subsets).toBeLessThanOrEqual(SUBSET_CACHE_LIMIT);
      expect(sizes.characters).toBe(cachedFont(face).font.characterSet.length);
    }
    // The deflated font files kept beside the subsets have their own bound.
    expect(keptFontFiles()).toBeGreaterThan(0);
    expect(keptFontFiles()).toBeLessThanOrEqual(128);
  }, 60_000);

  test('keep and reuse a subset made of public characters alone', async () => {
    // The fixture packet with every letter outside the public characters written as x.
    const open = new Set([' ', ...PUBLIC_CHARACTERS]);
    const plain = JSON.parse(
      [...JSON.stringify(packetFor('ANA LOPEZ'))].map((c) => (open.has(c) ? c : 'x')).join(''),
    ) as Packet;
    const before = cachedFont('regular').cacheSizes.subsets;
    const first = await renderPdf(plain, FIXED);
    const kept = cachedFont('regular').cacheSizes.subsets;
    expect(kept).toBeGreaterThan(before);
    const again = await renderPdf(plain, FIXED);
    expect(cachedFont('regular').cacheSizes.subsets).toBe(kept);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(again))).toBe(0);
  }, 60_000);

  test('hold only what the font file gives: the same before and after drawing people’s text', async () => {
    const before = FACES.map((face) => cachedFont(face).cacheSizes.characters);
    // Characters Tinos lacks (Chinese) and ones it has, in every face.
    const packet = packetFor('李小龍 QUOKKA-ZEPHYR 9731');
    await renderPdf(packet, FIXED);
    await renderDocx(packet, FIXED);
    expect(FACES.map((face) => cachedFont(face).cacheSizes.characters)).toEqual(before);
    for (const face of FACES) {
      const font = cachedFont(face);
      expect(font.cacheSizes.characters).toBe(font.font.characterSet.length);
      // fontkit's .notdef glyph remembers no character a person typed.
      expect(font.font.getGlyph(0).codePoints).toEqual([]);
    }
  });

  test('measure and encode exactly as fontkit’s full layout, marks and all', () => {
    const font = cachedFont('regular');
    for (const text of [
      'Nguyễn Thị Ánh, Łukasz Żółć — “quoted” § 230.00 ½ ﬁ office',
      'Zoë Ñúñez with a combining mark: n\u0303 e\u0301 and a joiner a\u200db',
      '',
    ]) {
      const expected = text
        .split(' ')
        .flatMap((w, i) => [
          ...(i ? font.font.layout(' ').glyphs : []),
          ...font.font.layout(w).glyphs,
        ]);
      expect(font.glyphsOf(text).map((g) => g.id)).toEqual(expected.map((g) => g.id));
      const units = expected.reduce((a, g) => a + g.advanceWidth, 0);
      expect(font.widthOf(text, 12)).toBeCloseTo((units * 12) / font.unitsPerEm, 9);
    }
  });

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
