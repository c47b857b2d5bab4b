import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { renderPdf, renderPdfWithPart } from '../../../src/documents/render/pdf';
import { fixturePacket } from './fixture-packet';
import { mutoolWarnings, hasTool, readPdf } from './helpers';

const FIXED = { creationDate: new Date('2026-01-02T03:04:05Z') };

/** How many font resources each page of a PDF names. */
async function fontEntriesPerPage(bytes: Uint8Array): Promise<number[]> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPages().map((page) => {
    const resources = page.node.Resources();
    const fonts = resources?.lookupMaybe(PDFName.of('Font'), PDFDict);
    return fonts ? fonts.keys().length : 0;
  });
}

describe('text drawing in the packet PDF', () => {
  test('each page names each face at most once, however many lines it draws', async () => {
    const counts = await fontEntriesPerPage(await renderPdf(fixturePacket(), FIXED));
    expect(counts.length).toBeGreaterThan(0);
    for (const n of counts) {
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThanOrEqual(4);
    }
  });
});

describe('renderPdfWithPart', () => {
  test('the instructions PDF holds exactly the packet’s instruction pages, with their own title', async () => {
    const { packet, part } = await renderPdfWithPart(fixturePacket(), 'instructions', FIXED);
    expect(part).toBeDefined();
    const whole = await readPdf(packet);
    const alone = await readPdf(part as Uint8Array);
    expect(alone.pages).toEqual(whole.pages.slice(whole.pages.length - alone.pages.length));
    expect(alone.pages[0]).toContain('How to file your papers');
    expect((await PDFDocument.load(part as Uint8Array)).getTitle()).toBe('How to File Your Papers');
    if (hasTool('mutool')) expect(mutoolWarnings(part as Uint8Array)).toEqual([]);
  });

  test('a document the packet does not have gives the packet PDF alone', async () => {
    const { packet, part } = await renderPdfWithPart(fixturePacket(), 'no-such-document', FIXED);
    expect(part).toBeUndefined();
    expect((await readPdf(packet)).pages.length).toBe(6);
  });
});
