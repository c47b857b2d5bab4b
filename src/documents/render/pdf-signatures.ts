import type { BlankBlock, Block, SignatureBlock, VerificationBlock } from '../model';
import { DOUBLE, INDENT, TEXT_LEFT, TEXT_RIGHT, TEXT_WIDTH } from './page-geometry';
import { flowParagraph } from './pdf-paragraphs';
import type { DocWriter } from './pdf-writer';
import { dateLineText, isKept } from './text';

function signatureHeight(w: DocWriter, b: SignatureBlock): number {
  const top = (b.dateLine !== undefined ? 1 : 0) + (b.placeLine !== undefined ? 1 : 0);
  return (top + 3 + b.lines.length) * w.single;
}

export function drawSignature(w: DocWriter, b: SignatureBlock, after = 0): void {
  const sigX = TEXT_LEFT + TEXT_WIDTH / 2;
  const sigWidth = TEXT_RIGHT - sigX;
  w.space(w.single);
  w.snapToGrid();
  w.ensure(signatureHeight(w, b) + after);
  const leftLine = (text: string): void => {
    w.flowLines(w.lines([{ text }], TEXT_WIDTH / 2 - 12), w.single, () => ({
      x: TEXT_LEFT,
      width: TEXT_WIDTH / 2 - 12,
      align: 'left',
    }));
  };
  if (b.dateLine !== undefined) leftLine(dateLineText(b.dateLine));
  if (b.placeLine !== undefined) leftLine(b.placeLine);
  w.y -= 2 * w.single;
  w.rule(sigX, w.y - 2, TEXT_RIGHT, 0.75);
  w.y -= 4;
  for (const text of b.lines)
    w.flowLines(w.lines([{ text }], sigWidth), w.single, () => ({
      x: sigX,
      width: sigWidth,
      align: 'left',
    }));
  w.y -= w.single;
}

export function drawVerification(w: DocWriter, b: VerificationBlock, after = 0): void {
  if (b.form === 'penalty-of-perjury') {
    const lines = w.lines(b.text, TEXT_WIDTH, TEXT_WIDTH - INDENT);
    w.snapToGrid();
    w.ensure(lines.length * w.double + after);
    flowParagraph(w, lines, w.double, (line, index, baseline) =>
      w.drawLine(line, TEXT_LEFT + (index === 0 ? INDENT : 0), baseline, TEXT_WIDTH),
    );
    return;
  }
  const width = TEXT_WIDTH / 2 - 12;
  const lines = w.lines(b.text, width);
  w.space(w.single);
  w.snapToGrid();
  w.ensure((lines.length + 5) * w.single + after);
  w.flowLines(lines, w.single, () => ({ x: TEXT_LEFT, width, align: 'left' }));
  w.y -= 3 * w.single;
  w.rule(TEXT_LEFT, w.y, TEXT_LEFT + width, 0.75);
  w.y -= 2;
  w.flowLines(w.lines([{ text: 'Notary Public' }], width), w.single, () => ({
    x: TEXT_LEFT,
    width,
    align: 'left',
  }));
  w.y -= w.single;
}

export function drawBlank(w: DocWriter, b: BlankBlock, reserve = 0): void {
  const labelLines = b.label ? w.lines([{ text: b.label }], TEXT_WIDTH) : [];
  w.space(w.single);
  w.snapToGrid();
  w.ensure(labelLines.length * w.single + Math.max(1, b.lines) * DOUBLE + reserve);
  w.flowLines(labelLines, w.single, () => ({ x: TEXT_LEFT, width: TEXT_WIDTH, align: 'left' }));
  for (let i = 0; i < Math.max(1, b.lines); i += 1) {
    w.ensure(DOUBLE);
    w.y -= DOUBLE;
    w.rule(TEXT_LEFT, w.y + 4, TEXT_RIGHT, 0.5);
  }
  w.space(w.single);
}

/**
 * The most a signature block or a verification (jurat, declaration under penalty of perjury) can
 * take, spacing and the move onto the pleading grid included.
 */
function keptHeight(w: DocWriter, b: SignatureBlock | VerificationBlock): number {
  const grid = w.doc.pleading ? DOUBLE : 0;
  if (b.kind === 'signature') return w.single + grid + signatureHeight(w, b);
  if (b.form === 'penalty-of-perjury')
    return grid + w.lines(b.text, TEXT_WIDTH, TEXT_WIDTH - INDENT).length * w.double;
  const lines = w.lines(b.text, TEXT_WIDTH / 2 - 12).length;
  return w.single + grid + (lines + 5) * w.single + 2;
}

/** The height of the run of signature and verification blocks from `start` (0 if none). */
export function keptRun(w: DocWriter, blocks: readonly Block[], start: number): number {
  let height = 0;
  for (let i = start; i < blocks.length; i += 1) {
    const b = blocks[i] as Block;
    if (!isKept(b)) break;
    height += keptHeight(w, b);
  }
  return height;
}
