import type { Block, HeadingBlock, ListBlock, ParagraphBlock, Run } from '../model';
import type { LaidLine } from './layout';
import { baselineIn, DOUBLE, INDENT, TEXT_LEFT, TEXT_WIDTH } from './page-geometry';
import type { Align, DocWriter } from './pdf-writer';
import { listLabel } from './text';

/** Lines of a paragraph that must stay together at the top or the bottom of a page. */
export const MIN_LINES = 2;

function paragraphGeometry(
  w: DocWriter,
  b: ParagraphBlock,
): { x: number; width: number; leading: number } {
  if (b.quote) return { x: TEXT_LEFT + INDENT, width: TEXT_WIDTH - 2 * INDENT, leading: w.single };
  return { x: TEXT_LEFT, width: TEXT_WIDTH, leading: w.double };
}

/**
 * Split lines across pages avoiding a single orphan or widow line where the paragraph allows.
 * `reserve` is the height of what must follow on the same page as the last lines (a signature
 * block): when it does not fit, the last lines go to the next page with it.
 */
export function flowParagraph(
  w: DocWriter,
  lines: LaidLine[],
  leading: number,
  draw: (line: LaidLine, index: number, baseline: number) => void,
  reserve = 0,
): void {
  let index = 0;
  while (index < lines.length) {
    const remaining = lines.length - index;
    const fit = Math.floor((w.available + 0.01) / leading);
    let take = Math.min(fit, remaining);
    if (take === remaining && reserve > 0 && remaining * leading + reserve > w.available + 0.01) {
      let keep = remaining - Math.min(remaining, MIN_LINES);
      if (keep > 0 && keep < MIN_LINES) keep = 0;
      // Nothing above on this page: moving the lines would leave an empty page.
      if (keep === 0 && w.atPageTop) keep = remaining;
      take = keep;
    } else if (take < remaining) {
      if (take < MIN_LINES && !w.atPageTop) take = 0;
      else if (remaining - take < MIN_LINES && take - (MIN_LINES - (remaining - take)) >= MIN_LINES)
        take -= MIN_LINES - (remaining - take);
    }
    if (take <= 0) {
      if (w.atPageTop) take = 1;
      else {
        w.newPage();
        continue;
      }
    }
    for (let k = 0; k < take; k += 1) {
      draw(lines[index] as LaidLine, index, baselineIn(w.y, leading));
      w.y -= leading;
      index += 1;
    }
    if (index < lines.length) w.newPage();
  }
}

interface ParagraphLayout {
  x: number;
  width: number;
  leading: number;
  align: Align;
  label?: string;
  indentFirst: number;
  lines: LaidLine[];
}

export function paragraphLayout(
  w: DocWriter,
  b: ParagraphBlock,
  number: number | undefined,
): ParagraphLayout {
  const { x, width, leading } = paragraphGeometry(w, b);
  const align: Align = b.align === 'justify' ? 'left' : (b.align ?? 'left');
  const label = number !== undefined ? `${number}.` : undefined;
  const indentFirst = label
    ? 2 * INDENT
    : b.indent && !w.doc.plain && align === 'left'
      ? INDENT
      : 0;
  const lines = w.lines(b.runs, width, width - indentFirst);
  return { x, width, leading, align, label, indentFirst, lines };
}

/** The most a paragraph can take: its lines, the move onto the grid and the space after it. */
export function paragraphHeight(
  w: DocWriter,
  b: ParagraphBlock,
  number: number | undefined,
): number {
  const { leading, lines } = paragraphLayout(w, b, number);
  const grid = leading === w.double && w.doc.pleading ? DOUBLE : 0;
  return grid + lines.length * leading + (b.quote || w.doc.plain ? w.single : 0);
}

export function drawParagraph(
  w: DocWriter,
  b: ParagraphBlock,
  number: number | undefined,
  reserve = 0,
): void {
  const { x, width, leading, align, label, indentFirst, lines } = paragraphLayout(w, b, number);
  if (leading === w.double) w.snapToGrid();
  flowParagraph(
    w,
    lines,
    leading,
    (line, index, baseline) => {
      if (index === 0 && label) w.text(label, x + INDENT, baseline);
      const dx = index === 0 ? indentFirst : 0;
      w.drawLine(line, x + dx, baseline, width - dx, align);
    },
    reserve,
  );
  if (b.quote || w.doc.plain) w.space(w.single);
}

export function drawHeading(
  w: DocWriter,
  b: HeadingBlock,
  next: Block | undefined,
  reserve = 0,
): void {
  const leading = w.doc.pleading ? DOUBLE : w.single;
  const runs: Run[] = b.text.map((r) => ({ ...r, bold: true, italic: r.italic || b.level === 3 }));
  const lines = w.lines(runs, TEXT_WIDTH);
  if (!w.atPageTop && !w.doc.pleading) w.space(w.single);
  w.snapToGrid();
  // Keep the heading with the first lines of what follows.
  const following =
    !next || next.kind === 'page-break'
      ? 0
      : next.kind === 'table' || next.kind === 'caption'
        ? 5 * w.single + 16
        : 2 * w.double;
  // The space under the heading counts too, or the heading can end a page alone.
  const gap = w.doc.pleading ? 0 : w.doc.plain ? 4 : w.single - 4;
  w.ensure(lines.length * leading + gap + Math.max(following, reserve));
  const align: Align = b.align ?? (b.level === 1 ? 'center' : 'left');
  w.flowLines(lines, leading, () => ({ x: TEXT_LEFT, width: TEXT_WIDTH, align }));
  if (gap) w.space(gap);
}

export function drawList(w: DocWriter, b: ListBlock, reserve = 0): void {
  const leading = w.double;
  w.snapToGrid();
  b.items.forEach((item, index) => {
    const label = listLabel(b.ordered, index);
    const lines = w.lines(item, TEXT_WIDTH - 2 * INDENT + 18);
    const x = TEXT_LEFT + INDENT - 18;
    flowParagraph(
      w,
      lines,
      leading,
      (line, i, baseline) => {
        if (i === 0) w.text(label, TEXT_LEFT + 18, baseline);
        w.drawLine(line, x + 18, baseline, TEXT_WIDTH - INDENT);
      },
      index === b.items.length - 1 ? reserve : 0,
    );
    if (w.doc.plain) w.space(3);
  });
  if (w.doc.plain) w.space(w.single - 3);
}
