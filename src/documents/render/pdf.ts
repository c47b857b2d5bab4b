import { PDFDocument } from 'pdf-lib';
import type {
  BlankBlock,
  Block,
  DocumentModel,
  HeadingBlock,
  ListBlock,
  Packet,
  ParagraphBlock,
  Run,
  SignatureBlock,
  TableBlock,
  VerificationBlock,
} from '../model';
import { missingChars } from './fonts';
import { useNativeDeflate } from './native-deflate';
import { useFastPdfLibText } from './pdf-lib-fast';
import type { LaidLine } from './layout';
import { numberingOf } from './numbering';
import { baselineIn, DOUBLE, INDENT, TEXT_LEFT, TEXT_RIGHT, TEXT_WIDTH } from './page-geometry';
import { drawCaption } from './pdf-caption';
import { DocWriter, embedFonts, measure, type Align } from './pdf-writer';
import { dateLineText, isKept, listLabel, runsOfBlocks } from './text';

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

/** Lines of a paragraph that must stay together at the top or the bottom of a page. */
const MIN_LINES = 2;

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
function flowParagraph(
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

function paragraphLayout(
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
function paragraphHeight(w: DocWriter, b: ParagraphBlock, number: number | undefined): number {
  const { leading, lines } = paragraphLayout(w, b, number);
  const grid = leading === w.double && w.doc.pleading ? DOUBLE : 0;
  return grid + lines.length * leading + (b.quote || w.doc.plain ? w.single : 0);
}

function drawParagraph(
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

function drawHeading(w: DocWriter, b: HeadingBlock, next: Block | undefined, reserve = 0): void {
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
  w.ensure(lines.length * leading + Math.max(following, reserve));
  const align: Align = b.align ?? (b.level === 1 ? 'center' : 'left');
  w.flowLines(lines, leading, () => ({ x: TEXT_LEFT, width: TEXT_WIDTH, align }));
  if (!w.doc.pleading) w.space(w.doc.plain ? 4 : w.single - 4);
}

function drawList(w: DocWriter, b: ListBlock, reserve = 0): void {
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

function columnWidths(w: DocWriter, b: TableBlock): number[] {
  const count = Math.max(b.header.length, ...b.rows.map((r) => r.length));
  if (b.widths && b.widths.length === count) {
    const sum = b.widths.reduce((a, x) => a + x, 0) || 1;
    return b.widths.map((x) => (x / sum) * TEXT_WIDTH);
  }
  // Each column gets at least its longest word, then the rest of the width in proportion to its text.
  const columns = Array.from({ length: count }, (_, col) => {
    const cells = [b.header[col] ?? [], ...b.rows.map((r) => r[col] ?? [])];
    let natural = 0;
    let longestWord = 0;
    for (const runs of cells) {
      natural = Math.max(
        natural,
        w.lines(runs, 10_000).reduce((m, l) => Math.max(m, l.width), 0),
      );
      for (const run of runs)
        for (const word of run.text.split(' '))
          longestWord = Math.max(longestWord, measure(word, run.bold ? 'bold' : 'regular'));
    }
    const min = Math.min(longestWord + 10, TEXT_WIDTH * 0.4);
    return { min, natural: Math.max(natural + 10, min) };
  });
  const minSum = columns.reduce((a, c) => a + c.min, 0);
  const extra = columns.reduce((a, c) => a + (c.natural - c.min), 0);
  const spare = Math.max(0, TEXT_WIDTH - minSum);
  const widths = columns.map(
    (c) => c.min + (extra > 0 ? ((c.natural - c.min) / extra) * spare : spare / count),
  );
  const sum = widths.reduce((a, x) => a + x, 0);
  return widths.map((x) => (x / sum) * TEXT_WIDTH);
}

const CELL_PAD = 4;

interface LaidRow {
  lines: LaidLine[][];
  height: number;
}

function tableLayout(
  w: DocWriter,
  b: TableBlock,
): { widths: number[]; header?: LaidRow; rows: LaidRow[]; vpad: number } {
  const widths = columnWidths(w, b);
  const vpad = w.doc.pleading ? 6 : 4;
  const layRow = (cells: Run[][], bold: boolean): LaidRow => {
    const lines = widths.map((cw, col) => {
      const runs = (cells[col] ?? []).map((r) => (bold ? { ...r, bold: true } : r));
      return w.lines(runs, cw - 2 * CELL_PAD);
    });
    const height = Math.max(1, ...lines.map((l) => l.length)) * w.single + 2 * vpad;
    return { lines, height };
  };
  const header = b.header.length > 0 ? layRow(b.header, true) : undefined;
  return { widths, header, rows: b.rows.map((r) => layRow(r, false)), vpad };
}

/** A whole table's height, the move onto the grid and the space after it included. */
function tableHeight(w: DocWriter, b: TableBlock): number {
  const { header, rows } = tableLayout(w, b);
  const grid = w.doc.pleading ? DOUBLE : 0;
  const after = w.doc.pleading ? DOUBLE / 2 : w.single;
  return grid + (header?.height ?? 0) + rows.reduce((sum, r) => sum + r.height, 0) + after;
}

function drawTable(w: DocWriter, b: TableBlock, reserve = 0): void {
  const { widths, header, rows, vpad } = tableLayout(w, b);
  const pad = CELL_PAD;
  const leading = w.single;
  const right = new Set(b.alignRight ?? []);
  const drawRow = (row: LaidRow): void => {
    const top = w.y;
    let x = TEXT_LEFT;
    row.lines.forEach((cellLines, col) => {
      const cw = widths[col] as number;
      cellLines.forEach((line, i) =>
        w.drawLine(
          line,
          x + pad,
          baselineIn(top - vpad - i * leading, leading),
          cw - 2 * pad,
          right.has(col) ? 'right' : 'left',
        ),
      );
      x += cw;
    });
    const bottom = top - row.height;
    w.rule(TEXT_LEFT, top, TEXT_RIGHT, 0.5);
    w.rule(TEXT_LEFT, bottom, TEXT_RIGHT, 0.5);
    let vx = TEXT_LEFT;
    w.vrule(vx, top, bottom, 0.5);
    for (const cw of widths) {
      vx += cw;
      w.vrule(vx, top, bottom, 0.5);
    }
    w.y = bottom;
  };
  w.snapToGrid();
  const page = w.top - w.bottom;
  const whole = tableHeight(w, b);
  // A short table goes whole with what must follow it (a signature) when both fit on one page.
  if (reserve > 0 && whole + reserve <= page) w.ensure(whole + reserve);
  else w.ensure((header?.height ?? 0) + (rows[0]?.height ?? 0));
  if (header) drawRow(header);
  rows.forEach((row, index) => {
    // The last row goes with what must follow it (a signature), if that fits on a fresh page.
    const keep = index === rows.length - 1 && index > 0 ? reserve : 0;
    const fresh = page - (header?.height ?? 0);
    if (row.height + (row.height + keep <= fresh ? keep : 0) > w.available + 0.01) {
      w.newPage();
      // The header row repeats on every page the table runs onto.
      if (header) drawRow(header);
    }
    drawRow(row);
  });
  w.space(w.doc.pleading ? DOUBLE / 2 : w.single);
}

function signatureHeight(w: DocWriter, b: SignatureBlock): number {
  const top = (b.dateLine !== undefined ? 1 : 0) + (b.placeLine !== undefined ? 1 : 0);
  return (top + 3 + b.lines.length) * w.single;
}

function drawSignature(w: DocWriter, b: SignatureBlock, after = 0): void {
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

function drawVerification(w: DocWriter, b: VerificationBlock, after = 0): void {
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

function drawBlank(w: DocWriter, b: BlankBlock, reserve = 0): void {
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
function keptRun(w: DocWriter, blocks: readonly Block[], start: number): number {
  let height = 0;
  for (let i = start; i < blocks.length; i += 1) {
    const b = blocks[i] as Block;
    if (!isKept(b)) break;
    height += keptHeight(w, b);
  }
  return height;
}

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

function drawDocument(w: DocWriter, doc: DocumentModel): void {
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
