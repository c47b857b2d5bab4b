import { AlignmentType, PageBreak, Paragraph, type Table } from 'docx';
import type { Block } from '../model';
import { isKept } from './text';
import { caption } from './docx-caption';
import { paragraph, spacing, textRuns, type Ctx } from './docx-paragraphs';
import { blank, signature, verification } from './docx-signatures';
import { BULLETS, LETTERS } from './docx-styles';
import { table } from './docx-table';

/** A one-line paragraph ("ENTER:"), which is not enough text above a signature on its own. */
function short(b: Block | undefined): boolean {
  return (
    b?.kind === 'paragraph' && !b.numbered && b.runs.reduce((n, r) => n + r.text.length, 0) < 60
  );
}

/**
 * Whether block `i` is kept on the page of the block after it (Word's "keep with next"): the
 * text right above a signature or verification, each of those but the last, and what stands
 * above a one-line paragraph or a table right above a signature.
 */
function keptWithNext(blocks: readonly Block[], i: number): boolean {
  const next = blocks[i + 1];
  if (isKept(next)) return true;
  if (isKept(blocks[i + 2]) && (short(next) || next?.kind === 'table')) return true;
  return false;
}

export function blocksOf(ctx: Ctx, blocks: readonly Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const [index, b] of blocks.entries()) {
    const keep = keptWithNext(blocks, index);
    switch (b.kind) {
      case 'caption':
        out.push(...caption(ctx, b));
        break;
      case 'heading':
        out.push(
          new Paragraph({
            heading: b.level === 1 ? 'Heading1' : b.level === 2 ? 'Heading2' : 'Heading3',
            alignment:
              b.align === 'center'
                ? AlignmentType.CENTER
                : b.align === 'left'
                  ? AlignmentType.LEFT
                  : undefined,
            spacing: {
              ...spacing(ctx, ctx.doc.pleading),
              before: ctx.doc.pleading ? 0 : 240,
              after: ctx.doc.pleading ? 0 : 120,
            },
            children: textRuns(b.text),
          }),
        );
        break;
      case 'paragraph':
        out.push(paragraph(ctx, b, keep));
        break;
      case 'list': {
        ctx.listInstance += 1;
        const instance = ctx.listInstance;
        b.items.forEach((item, i) =>
          out.push(
            new Paragraph({
              numbering: { reference: b.ordered ? LETTERS : BULLETS, level: 0, instance },
              spacing: spacing(ctx, true, ctx.doc.plain ? 3 : 0),
              ...(keep && i === b.items.length - 1 ? { keepNext: true, widowControl: true } : {}),
              children: textRuns(item),
            }),
          ),
        );
        break;
      }
      case 'table':
        out.push(...table(ctx, b, keep));
        break;
      case 'signature':
        out.push(...signature(ctx, b, keep));
        break;
      case 'verification':
        out.push(...verification(ctx, b, keep));
        break;
      case 'blank':
        out.push(...blank(ctx, b, keep));
        break;
      case 'page-break':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  if (out.length === 0) out.push(new Paragraph({ children: [] }));
  return out;
}
