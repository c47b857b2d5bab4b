import type { Packet } from '../model';
import { renderDocx } from './docx';
import { renderPdf, renderPdfWithPart } from './pdf';
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
 * as their own PDF (to hand over or print on their own; its pages are copied from the packet PDF).
 * Two renders instead of one PDF and one DOCX per document, which is what makes a batch cheaper
 * per client than one request at a time.
 * Names come from titles only: `motion-to-vacate-packet.pdf`, `.docx`, `filing-instructions.pdf`.
 */
export async function renderFolder(
  packet: Packet,
  opts: RenderFolderOptions = {},
): Promise<FolderFile[]> {
  const base = slugify(packet.title);
  const instructions = packet.documents.find((d) => d.id === 'instructions');
  const instructionsName = instructions ? `${slugify(instructions.title)}.pdf` : undefined;
  const separate = instructionsName !== undefined && instructionsName !== `${base}.pdf`;
  // The instructions' pages are copied from the packet PDF rather than drawn a second time.
  const pdf = separate
    ? await renderPdfWithPart(packet, 'instructions', opts)
    : { packet: await renderPdf(packet, opts) };
  const files: FolderFile[] = [
    { name: `${base}.pdf`, bytes: pdf.packet },
    { name: `${base}.docx`, bytes: await renderDocx(packet, opts) },
  ];
  if (separate && pdf.part && !files.some((f) => f.name === instructionsName))
    files.push({ name: instructionsName, bytes: pdf.part });
  return files;
}
