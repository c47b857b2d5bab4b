import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { DocumentModel, Packet } from '../../../src/documents/model';
import { renderDocx } from '../../../src/documents/render/docx';
import { renderPdf } from '../../../src/documents/render/pdf';
import { build, readCaseFixture } from '../packets/helpers';
import { nyDocument } from './fixture-packet';
import { readZipEntries, topBaselines } from './helpers';

// A court rule's deeper top margin on each first page (Washington GR 14(a): three inches).

const FIXED = { creationDate: new Date('2026-01-02T03:04:05Z') };
const THREE_INCHES = 216;
const PAGE_HEIGHT = 792;

const longDocument = (firstPageTop?: number): DocumentModel => ({
  ...nyDocument(30),
  ...(firstPageTop ? { firstPageTop } : {}),
});
const packetOf = (doc: DocumentModel): Packet => ({ title: doc.title, documents: [doc] });

describe('a first page with a deeper top margin', () => {
  it('starts the PDF text three inches down on the first page only, and one inch down after', async () => {
    const plain = await topBaselines(await renderPdf(packetOf(longDocument()), FIXED));
    const deep = await topBaselines(await renderPdf(packetOf(longDocument(THREE_INCHES)), FIXED));
    expect(deep.length).toBeGreaterThanOrEqual(2);
    // One inch: the first line sits just under 720 pt; three inches: under 576 pt.
    expect(plain[0]).toBeGreaterThan(PAGE_HEIGHT - 72 - 24);
    expect(deep[0]).toBeLessThanOrEqual(PAGE_HEIGHT - THREE_INCHES);
    expect(deep[0]).toBeGreaterThan(PAGE_HEIGHT - THREE_INCHES - 24);
    expect(deep[1]).toBeCloseTo(plain[1]!, 0);
  });

  it('opens the DOCX section with one empty line exactly two inches high (plus the one-inch margin)', async () => {
    const xmlOf = async (doc: DocumentModel) =>
      (await readZipEntries(await renderDocx(packetOf(doc), FIXED)))
        .get('word/document.xml')!
        .data.toString('utf8');
    const spacer =
      /<w:body><w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="2880" w:lineRule="exact"\/><\/w:pPr><\/w:p>/;
    expect(await xmlOf(longDocument(THREE_INCHES))).toMatch(spacer);
    expect(await xmlOf(longDocument())).not.toMatch(/w:line="2880"/);
  });

  it('is set on Washington court papers from the pack, and not on the cover or the instructions', () => {
    const input = readCaseFixture('us-wa', '01-9A-88-030.json');
    const { packet } = build(input);
    const tops = packet.documents.map((d) => [d.id, d.firstPageTop]);
    expect(tops.filter(([, top]) => top === THREE_INCHES).length).toBeGreaterThanOrEqual(3);
    for (const d of packet.documents)
      expect(d.firstPageTop).toBe(d.plain ? undefined : THREE_INCHES);
  });

  it('is not set on a New York paper, whose pack asks for none', () => {
    const first = readdirSync(path.join(__dirname, '..', '..', 'fixtures', 'cases', 'us-ny'))[0]!;
    const input = readCaseFixture('us-ny', first);
    for (const d of build(input).packet.documents) expect(d.firstPageTop).toBeUndefined();
  });
});
