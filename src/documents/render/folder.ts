import type { Packet } from '../model';
import { renderDocx } from './docx';
import { renderPdf } from './pdf';
import { slugify } from './slug';

/** One file of a client's folder in a batch. */
export interface FolderFile {
  name: string;
  bytes: Uint8Array;
}

export interface RenderFolderOptions {
  /** Fixed date for the documents' metadata (reproducible output). */
  creationDate?: Date;
}

/**
 * A batch client's folder: the whole packet as one PDF and one DOCX, plus the filing instructions
 * as their own PDF (to hand over or print on their own). Three renders instead of one PDF and one
 * DOCX per document, which is what makes a batch cheaper per client than one request at a time.
 * Names come from titles only: `motion-to-vacate-packet.pdf`, `.docx`, `filing-instructions.pdf`.
 */
export async function renderFolder(
  packet: Packet,
  opts: RenderFolderOptions = {},
): Promise<FolderFile[]> {
  const base = slugify(packet.title);
  const files: FolderFile[] = [
    { name: `${base}.pdf`, bytes: await renderPdf(packet, opts) },
    { name: `${base}.docx`, bytes: await renderDocx(packet, opts) },
  ];
  const instructions = packet.documents.find((d) => d.id === 'instructions');
  if (instructions) {
    const name = `${slugify(instructions.title)}.pdf`;
    if (!files.some((f) => f.name === name))
      files.push({
        name,
        bytes: await renderPdf({ title: instructions.title, documents: [instructions] }, opts),
      });
  }
  return files;
}
