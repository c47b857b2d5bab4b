import { clearStaticXml, renderDocx } from '../../../src/documents/render/docx';
import {
  fastDocxXmlInUse,
  useFastDocxXml,
  useOriginalDocxXml,
} from '../../../src/documents/render/docx-fast';
import { STATIC_PART_NAMES, staticPartTexts } from '../../../src/documents/render/docx-package';
import type { Packet } from '../../../src/documents/model';
import { fixturePacket } from './fixture-packet';
import { readZipEntries } from './helpers';

const FIXED = { creationDate: new Date('2026-01-02T03:04:05Z') };

/** Every part of a DOCX as text, by name. */
async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const entries = await readZipEntries(bytes);
  return new Map([...entries].map(([name, e]) => [name, e.data.toString('utf8')]));
}

function spanish(packet: Packet): Packet {
  return { ...packet, documents: packet.documents.map((d) => ({ ...d, lang: 'es' as const })) };
}

/** The fixture packet for another person: every name replaced. */
function packetOf(name: string): Packet {
  const json = JSON.stringify(fixturePacket()).replace(
    /Nguyễn Thị Ánh|NGUYỄN THỊ ÁNH|Łukasz Żółć|ŁUKASZ ŻÓŁĆ|Zoë Ñúñez|ZOË ÑÚÑEZ/g,
    name,
  );
  return JSON.parse(json) as Packet;
}

describe('the DOCX made faster', () => {
  afterAll(() => useFastDocxXml());

  test('rendering uses docx’s XML preparation as plain loops', async () => {
    await renderDocx(fixturePacket(), FIXED);
    expect(fastDocxXmlInUse()).toBe(true);
  });

  test.each([
    ['English', fixturePacket()],
    ['Spanish', spanish(fixturePacket())],
    ['one document', { title: 'One', documents: [fixturePacket().documents[1]!] }],
  ])(
    'gives byte for byte the DOCX docx’s own code gives, with and without kept parts (%s)',
    async (_, packet) => {
      useFastDocxXml();
      clearStaticXml();
      const fresh = await renderDocx(packet, FIXED);
      const kept = await renderDocx(packet, FIXED);
      useOriginalDocxXml();
      clearStaticXml();
      const original = await renderDocx(packet, FIXED);
      useFastDocxXml();
      expect(Buffer.compare(Buffer.from(fresh), Buffer.from(original))).toBe(0);
      expect(Buffer.compare(Buffer.from(kept), Buffer.from(original))).toBe(0);
    },
  );

  test('a packet made after another holds its own person’s text only', async () => {
    await renderDocx(packetOf('Ada Quellwater'), FIXED);
    const second = await partsOf(await renderDocx(packetOf('Bo Stillmarsh'), FIXED));
    const all = [...second.values()].join('\n');
    expect(all).toContain('Bo Stillmarsh');
    expect(all).not.toContain('Quellwater');
  });

  test('the parts kept between packets hold no text of a case', async () => {
    clearStaticXml();
    const name = 'Zyxwvu Qpqpqp';
    const parts = await partsOf(await renderDocx(packetOf(name), FIXED));
    expect([...parts.get('word/document.xml')!.matchAll(/Qpqpqp/g)].length).toBeGreaterThan(0);
    const kept = staticPartTexts();
    expect(kept.size).toBeGreaterThan(5);
    for (const [partName, text] of kept) {
      expect(STATIC_PART_NAMES.has(partName)).toBe(true);
      expect(text).not.toMatch(/Zyxwvu|Qpqpqp|Fact 1|Docket|Motion|Petition|Affidavit/);
    }
  });
});
