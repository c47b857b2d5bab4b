import { PDFDocument } from 'pdf-lib';
import type { Packet } from '../model';
import { missingChars } from './fonts';
import { useNativeDeflate } from './native-deflate';
import { useFastPdfLibText } from './pdf-lib-fast';
import { drawDocument } from './pdf-document';
import { DocWriter, embedFonts } from './pdf-writer';
import { runsOfBlocks } from './text';

export interface RenderPdfOptions {
  /** Fixed creation date (tests, reproducible output). Without it the PDF carries no dates. */
  creationDate?: Date;
  /** Called once with the characters that had no glyph and were drawn as a visible substitute. */
  onMissingGlyphs?: (chars: string[]) => void;
}

// pdf-lib's stream compression through Node's zlib, once per thread (native-deflate.ts).
useNativeDeflate();
// pdf-lib's number and glyph-code formatting without its detours, same text (pdf-lib-fast.ts).
useFastPdfLibText();

/** Every character in the packet that the embedded fonts cannot draw (e.g. Chinese names). */
export function findMissingGlyphs(packet: Packet): string[] {
  const missing = new Set<string>();
  for (const doc of packet.documents) {
    for (const ch of missingChars(doc.title)) missing.add(ch);
    for (const text of runsOfBlocks(doc.blocks))
      for (const ch of missingChars(text)) missing.add(ch);
  }
  return [...missing];
}

async function newPdf(title: string, lang: string, opts: RenderPdfOptions): Promise<PDFDocument> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(title, { showInWindowTitleBar: true });
  pdf.setProducer('');
  pdf.setCreator('');
  if (opts.creationDate) {
    pdf.setCreationDate(opts.creationDate);
    pdf.setModificationDate(opts.creationDate);
  }
  pdf.setLanguage(lang);
  return pdf;
}

/** The packet drawn into a new PDF, with the pages each document took. */
async function drawPacket(
  packet: Packet,
  opts: RenderPdfOptions,
): Promise<{ pdf: PDFDocument; writers: DocWriter[] }> {
  const pdf = await newPdf(packet.title, packet.documents[0]?.lang ?? 'en', opts);
  const fonts = await embedFonts(pdf);
  const missing = new Set<string>();
  const report = (ch: string): void => {
    missing.add(ch);
  };
  const writers = packet.documents.map((doc) => {
    const w = new DocWriter(pdf, fonts, doc, report);
    drawDocument(w, doc);
    return w;
  });
  if (missing.size > 0) opts.onMissingGlyphs?.([...missing]);
  return { pdf, writers };
}

/**
 * One PDF with every document of the packet, each from a new page, "Page N of M" per document.
 * Metadata: the packet title only (no author, producer or creator).
 */
export async function renderPdf(packet: Packet, opts: RenderPdfOptions = {}): Promise<Uint8Array> {
  const { pdf } = await drawPacket(packet, opts);
  return pdf.save({ useObjectStreams: true });
}

/**
 * The packet PDF and, as a second PDF, one of its documents (`documentId`), whose pages are
 * copied from the packet rather than drawn again (its page numbers are its own already). The
 * second PDF's title is the document's; undefined when the packet has no such document.
 */
export async function renderPdfWithPart(
  packet: Packet,
  documentId: string,
  opts: RenderPdfOptions = {},
): Promise<{ packet: Uint8Array; part?: Uint8Array }> {
  const { pdf, writers } = await drawPacket(packet, opts);
  const index = packet.documents.findIndex((d) => d.id === documentId);
  const doc = packet.documents[index];
  const writer = writers[index];
  if (!doc || !writer) return { packet: await pdf.save({ useObjectStreams: true }) };
  // Embed the fonts (subsets) first so the copied pages point at finished font objects.
  await pdf.flush();
  const part = await newPdf(doc.title, doc.lang ?? 'en', { creationDate: opts.creationDate });
  const all = pdf.getPages();
  const pageIndices = writer.pages.map((page) => all.indexOf(page));
  for (const page of await part.copyPages(pdf, pageIndices)) part.addPage(page);
  const packetBytes = await pdf.save({ useObjectStreams: true });
  return { packet: packetBytes, part: await part.save({ useObjectStreams: true }) };
}
