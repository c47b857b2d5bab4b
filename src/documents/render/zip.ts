import type { Packet } from '../model';
import { writeZip, ZIP_EPOCH } from './docx-package';
import { renderDocx } from './docx';
import { renderPdf } from './pdf';
import { slugify } from './slug';

export interface RenderZipOptions {
  /** Fixed date for the documents' metadata and the ZIP entries. */
  creationDate?: Date;
}

/** The entry names for a packet: `NN-<slug-of-title>` (no personal names: titles only). */
export function zipEntryBase(index: number, title: string): string {
  return `${String(index + 1).padStart(2, '0')}-${slugify(title)}`;
}

/**
 * A ZIP with each document of the packet as its own PDF and DOCX (the instructions too), stored
 * uncompressed (PDF and DOCX are already compressed), with fixed entry dates.
 */
export async function renderZip(packet: Packet, opts: RenderZipOptions = {}): Promise<Uint8Array> {
  const entries: { name: string; data: Uint8Array; store: boolean }[] = [];
  for (const [index, doc] of packet.documents.entries()) {
    const single: Packet = { title: doc.title, documents: [doc] };
    const base = zipEntryBase(index, doc.title);
    entries.push({ name: `${base}.pdf`, data: await renderPdf(single, opts), store: true });
    entries.push({ name: `${base}.docx`, data: await renderDocx(single, opts), store: true });
  }
  return writeZip(entries, opts.creationDate ?? ZIP_EPOCH);
}
