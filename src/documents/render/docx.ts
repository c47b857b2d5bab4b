import { Document, Packer } from 'docx';
import type { Packet } from '../model';
import { packDocxParts, repackDocx } from './docx-package';
import { packageCompiler } from './docx-compiler';
import { useFastDocxXml } from './docx-fast';
import { section } from './docx-page';
import type { Ctx } from './docx-paragraphs';
import { numbering, styles } from './docx-styles';

export { clearStaticXml } from './docx-compiler';

export interface RenderDocxOptions {
  /** Fixed creation date for core.xml and the package entries (reproducible output). */
  creationDate?: Date;
}

// docx's XML preparation as plain loops, once per thread (docx-fast.ts).
useFastDocxXml();

/** One DOCX with one section per document; numbering restarts in each document. */
export async function renderDocx(
  packet: Packet,
  opts: RenderDocxOptions = {},
): Promise<Uint8Array> {
  let listInstance = 0;
  const sections = packet.documents.map((doc, index) => {
    const ctx: Ctx = { doc, instance: index + 1, listInstance };
    const s = section(doc, ctx, packet.documents.length === 1);
    listInstance = ctx.listInstance;
    return s;
  });
  const document = new Document({
    title: packet.title,
    creator: '',
    lastModifiedBy: '',
    styles,
    numbering,
    sections,
  });
  const compile = packageCompiler();
  if (compile) return packDocxParts(compile(document), packet.title, opts.creationDate);
  const bytes = await Packer.toBuffer(document);
  return repackDocx(new Uint8Array(bytes), packet.title, opts.creationDate);
}
