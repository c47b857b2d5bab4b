import type { Block, DocumentModel } from '../model';
import { numberingOf } from './numbering';
import { drawCaption } from './pdf-caption';
import {
  drawHeading,
  drawList,
  drawParagraph,
  MIN_LINES,
  paragraphHeight,
  paragraphLayout,
} from './pdf-paragraphs';
import { drawBlank, drawSignature, drawVerification, keptRun } from './pdf-signatures';
import { drawTable, tableHeight } from './pdf-table';
import type { DocWriter } from './pdf-writer';
import { isKept } from './text';

/**
 * The height block `index` must leave under its last lines on the same page: the signatures and
 * verifications right after it, and, when what stands between is a one-line paragraph ("ENTER:")
 * or a table under a heading, that too, so a signature never starts a page with under two lines
 * of text above it.
 */
function reserveAfter(
  w: DocWriter,
  blocks: readonly Block[],
  index: number,
  numbers: ReadonlyMap<number, number>,
): number {
  const block = blocks[index];
  const next = blocks[index + 1];
  if (isKept(block)) return 0;
  if (isKept(next)) return keptRun(w, blocks, index + 1);
  if (!isKept(blocks[index + 2])) return 0;
  const kept = keptRun(w, blocks, index + 2);
  if (next?.kind === 'paragraph') {
    const { lines } = paragraphLayout(w, next, numbers.get(index + 1));
    if (lines.length < MIN_LINES) return paragraphHeight(w, next, numbers.get(index + 1)) + kept;
  }
  if (block?.kind === 'heading' && next?.kind === 'table') return tableHeight(w, next) + kept;
  return 0;
}

export function drawDocument(w: DocWriter, doc: DocumentModel): void {
  const numbers = numberingOf(doc.blocks);
  const page = w.top - w.bottom;
  doc.blocks.forEach((block, index) => {
    // A signature or verification is kept with the text above it and with each other (no page
    // holding only a signature): the block above keeps room for them under its last lines.
    const wanted = reserveAfter(w, doc.blocks, index, numbers);
    const reserve = wanted < page / 2 ? wanted : 0;
    const after = isKept(block) ? keptRun(w, doc.blocks, index + 1) : 0;
    switch (block.kind) {
      case 'caption':
        drawCaption(w, block);
        return;
      case 'heading':
        drawHeading(w, block, doc.blocks[index + 1], reserve);
        return;
      case 'paragraph':
        drawParagraph(w, block, numbers.get(index), reserve);
        return;
      case 'list':
        drawList(w, block, reserve);
        return;
      case 'table':
        drawTable(w, block, reserve);
        return;
      case 'signature':
        drawSignature(w, block, after);
        return;
      case 'verification':
        drawVerification(w, block, after);
        return;
      case 'blank':
        drawBlank(w, block, reserve);
        return;
      case 'page-break':
        if (!w.atPageTop) w.newPage();
        return;
    }
  });
  w.finish();
}
