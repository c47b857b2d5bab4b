import { renderDocx } from '../../../src/documents/render/docx';
import type { Packet } from '../../../src/documents/model';
import { caDocument, fixturePacket, NAMES, nyDocument } from './fixture-packet';
import { readZipEntries } from './helpers';

const FIXED = { creationDate: new Date('2026-01-02T03:04:05Z') };

async function parts(packet: Packet): Promise<Map<string, string>> {
  const entries = await readZipEntries(await renderDocx(packet, FIXED));
  return new Map([...entries].map(([name, e]) => [name, e.data.toString('utf8')]));
}

const textOf = (xml: string): string =>
  [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('renderDocx', () => {
  let files: Map<string, string>;
  beforeAll(async () => {
    files = await parts(fixturePacket());
  });

  test('the document text is all there, with diacritics', () => {
    const text = textOf(files.get('word/document.xml') ?? '');
    for (const name of NAMES) expect(text).toContain(name);
    expect(text).toContain('CRIMINAL COURT OF THE CITY OF NEW YORK');
    expect(text).toContain('Docket No. 2012QN012345');
  });

  test('numbered paragraphs use Word numbering (w:numPr), not typed numbers', () => {
    const xml = files.get('word/document.xml') ?? '';
    expect((xml.match(/<w:numPr>/g) ?? []).length).toBeGreaterThanOrEqual(6 + 8 + 3);
    expect(textOf(xml)).not.toMatch(/\b1\.\s*Fact 1/);
    expect(files.get('word/numbering.xml')).toMatch(/w:val="decimal"/);
  });

  test('each document restarts its paragraph numbering (its own numbering instance)', () => {
    const xml = files.get('word/document.xml') ?? '';
    const ids = new Set(
      [
        ...xml.matchAll(
          /<w:pStyle w:val="Numbered"\/><w:numPr><w:ilvl w:val="0"\/><w:numId w:val="(\d+)"/g,
        ),
      ].map((m) => m[1]),
    );
    expect(ids.size).toBe(3);
  });

  test('headings use the Heading styles and the caption is a bordered table', () => {
    const xml = files.get('word/document.xml') ?? '';
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toMatch(/<w:tbl>/);
    expect(files.get('word/styles.xml')).toContain('Times New Roman');
  });

  test('one section per document; footers carry a PAGE field', () => {
    const xml = files.get('word/document.xml') ?? '';
    expect((xml.match(/<w:sectPr/g) ?? []).length).toBe(4);
    const footers = [...files].filter(([n]) => /word\/footer\d+\.xml/.test(n)).map(([, x]) => x);
    expect(footers.some((f) => /PAGE/.test(f))).toBe(true);
  });

  test('pleading paper: a header frame (not a text box) with 1 to 28 on an exact 24 pt pitch', () => {
    const headers = [...files].filter(([n]) => /word\/header\d+\.xml/.test(n)).map(([, x]) => x);
    const frame = headers.find((h) => h.includes('<w:framePr'));
    expect(frame).toBeDefined();
    expect(frame).toMatch(/<w:framePr [^>]*w:hAnchor="page" w:vAnchor="page"/);
    const numbers = [...(frame ?? '').matchAll(/<w:t[^>]*>(\d+)<\/w:t>/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(frame).toContain('w:line="480" w:lineRule="exact"');
    expect(headers.some((h) => h.includes('<v:textbox') || h.includes('<v:shape'))).toBe(false);
    expect(files.get('word/document.xml')).toContain('<w:pgBorders');
  });

  test('every pleading section shows the numbers on its first page too (no distinct first page)', async () => {
    const ca = await parts({ title: 'x', documents: [nyDocument(), caDocument(), caDocument()] });
    const xml = ca.get('word/document.xml') ?? '';
    expect(xml).not.toContain('<w:titlePg');
    const rels = ca.get('word/_rels/document.xml.rels') ?? '';
    const target = (id: string): string =>
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1] ??
      '';
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(3);
    const framed = sections.map((s) => {
      const refs = [...s.matchAll(/<w:headerReference [^>]*r:id="([^"]+)"/g)].map(
        (m) => m[1] ?? '',
      );
      return refs
        .map((id) => ca.get(`word/${target(id)}`) ?? '')
        .some((h) => h.includes('<w:framePr'));
    });
    expect(framed).toEqual([false, true, true]);
  });

  test('a non-pleading packet has no line-number frame', async () => {
    const plain = await parts({ title: 'x', documents: [nyDocument()] });
    const headers = [...plain].filter(([n]) => /word\/header\d+\.xml/.test(n)).map(([, x]) => x);
    expect(headers.some((h) => h.includes('<w:framePr') || h.includes('<v:textbox'))).toBe(false);
  });

  test('a single-document file prints "Page N of M" with NUMPAGES', async () => {
    const single = await parts({ title: 'x', documents: [caDocument()] });
    const footers = [...single]
      .filter(([n]) => /word\/footer\d+\.xml/.test(n))
      .map(([, x]) => x)
      .join('');
    expect(footers).toContain('NUMPAGES');
    expect(footers).toContain('Petition to Vacate Convictions');
  });

  test('core properties hold the title and the given date, no author', () => {
    const core = files.get('docProps/core.xml') ?? '';
    expect(core).toContain('<dc:title>Motion to Vacate Judgment</dc:title>');
    expect(core).toContain('2026-01-02T03:04:05Z');
    expect(core).not.toMatch(/creator|lastModifiedBy/);
  });

  test('the same packet gives byte-identical DOCX files', async () => {
    const a = await renderDocx(fixturePacket(), FIXED);
    const b = await renderDocx(fixturePacket(), FIXED);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });
});
