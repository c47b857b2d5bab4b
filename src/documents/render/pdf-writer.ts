import {
  PDFOperator,
  rgb,
  setFillingColor,
  type PDFDocument,
  type PDFFont,
  type PDFName,
  type PDFOperatorNames,
  type PDFPage,
} from 'pdf-lib';
import type { DocumentModel, Run } from '../model';
import {
  cachedFont,
  FACES,
  faceOf,
  fontBytes,
  fontkitAdapter,
  PUBLIC_CHARACTERS,
  substituteMissing,
  type Face,
} from './fonts';
import { breakLines, type LaidLine } from './layout';
import { pdfLibFast } from './pdf-lib-fast';
import {
  baselineIn,
  DOUBLE,
  FONT_SIZE,
  FOOTER_SIZE,
  MARGIN,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  PLEADING,
  SINGLE,
  SINGLE_PLEADING,
  TEXT_LEFT,
  TEXT_RIGHT,
} from './page-geometry';

const BLACK = rgb(0, 0, 0);

export type Align = 'left' | 'center' | 'right' | 'justify';

/** Fonts embedded in one PDF. */
export type PdfFonts = Record<Face, PDFFont>;

/**
 * Characters a subset starts with, in this order, so its glyph numbering depends only on the few
 * other characters a packet uses: packets then share identical subsets and the encoded font is
 * reused (fonts.ts). Only the regular face, which carries the person's own text (names, numbers,
 * addresses), is seeded: printable ASCII and the punctuation and Latin letters of the templates
 * and of Spanish. Bold and italic text is the templates' own and repeats from packet to packet
 * without seeding, and seeding them would add about 25 KB to every PDF. Separated by spaces so
 * no ligature forms.
 */
const SEED_TEXT: Record<Face, string> = {
  regular: PUBLIC_CHARACTERS.join(' '),
  bold: '',
  italic: '',
  boldItalic: '',
};

export async function embedFonts(pdf: PDFDocument): Promise<PdfFonts> {
  pdf.registerFontkit(fontkitAdapter);
  const entries = await Promise.all(
    FACES.map(async (face) => {
      const font = await pdf.embedFont(fontBytes(face), { subset: true });
      if (SEED_TEXT[face]) font.encodeText(SEED_TEXT[face]);
      return [face, font] as const;
    }),
  );
  return Object.fromEntries(entries) as PdfFonts;
}

/** One piece of text to show: already drawable, at (x, y) in a face and size. */
export interface TextPiece {
  text: string;
  x: number;
  y: number;
  face: Face;
  size: number;
}

/**
 * The page's resource name for each face, added once per page. pdf-lib's `drawText` adds a new
 * font resource entry on every call (hundreds per page); this keeps one per face.
 */
const fontKeys = new WeakMap<PDFPage, Map<Face, PDFName>>();

function fontKey(page: PDFPage, fonts: PdfFonts, face: Face): PDFName {
  let keys = fontKeys.get(page);
  if (!keys) {
    keys = new Map();
    fontKeys.set(page, keys);
  }
  let key = keys.get(face);
  if (!key) {
    const font = fonts[face];
    key = page.node.newFontDictionary(font.name, font.ref);
    keys.set(face, key);
  }
  return key;
}

/** A number as pdf-lib writes it in an operator (no exponent notation). */
const pdfNumber = pdfLibFast.numberToString;

const FILL_BLACK = setFillingColor(BLACK).toString();

/**
 * Show several pieces of text in one text object (`BT … ET`), switching font only when the face
 * or size changes: three operators a piece instead of pdf-lib's nine, and no new resource entry.
 * The whole object goes to the page as one preformatted operator, the same bytes pdf-lib writes
 * for the separate operators (`q`, `BT`, `rg`, `Tf`, `Tm`, `Tj`, `ET`, `Q`, one a line) but
 * without an object for every operator and number (a packet draws thousands).
 */
export function showPieces(page: PDFPage, fonts: PdfFonts, pieces: readonly TextPiece[]): void {
  if (pieces.length === 0) return;
  let text = `q\nBT\n${FILL_BLACK}\n`;
  let face: Face | undefined;
  let size = 0;
  for (const piece of pieces) {
    if (piece.face !== face || piece.size !== size) {
      face = piece.face;
      size = piece.size;
      text += `${fontKey(page, fonts, face).toString()} ${pdfNumber(size)} Tf\n`;
    }
    const hex = fonts[piece.face].encodeText(piece.text).toString();
    text += `1 0 0 1 ${pdfNumber(piece.x)} ${pdfNumber(piece.y)} Tm\n${hex} Tj\n`;
  }
  text += 'ET\nQ';
  page.pushOperators(PDFOperator.of(text as PDFOperatorNames));
}

export function measure(text: string, face: Face, size: number = FONT_SIZE): number {
  return cachedFont(face).widthOf(text, size);
}

/**
 * Draws one document onto pages of the packet PDF: a cursor `y` (the top of the next line box)
 * moving down, new pages as needed, and the per-page furniture drawn once the page count is known.
 */
export class DocWriter {
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  y = 0;
  readonly top: number;
  readonly bottom: number;
  readonly single: number;
  readonly double: number;
  private fresh = true;

  constructor(
    private readonly pdf: PDFDocument,
    readonly fonts: PdfFonts,
    readonly doc: DocumentModel,
    private readonly reportMissing: (ch: string) => void,
  ) {
    this.top = doc.pleading ? PLEADING.top : PAGE_HEIGHT - MARGIN;
    this.bottom = doc.pleading ? PLEADING.bottom : MARGIN;
    this.single = doc.pleading ? SINGLE_PLEADING : SINGLE;
    this.double = doc.plain ? SINGLE : DOUBLE;
    this.newPage();
    if (doc.firstPageTop && !doc.pleading)
      this.y = Math.min(this.top, PAGE_HEIGHT - doc.firstPageTop);
  }

  /** True when nothing has been drawn on the current page yet. */
  get atPageTop(): boolean {
    return this.fresh;
  }

  newPage(): void {
    this.page = this.pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.pages.push(this.page);
    this.y = this.top;
    this.fresh = true;
  }

  get available(): number {
    return this.y - this.bottom;
  }

  /** Start a new page unless `height` fits on this one (or this page is still empty). */
  ensure(height: number): void {
    if (height > this.available + 0.01 && !this.fresh) this.newPage();
  }

  /** Vertical space, dropped at the top of a page. */
  space(height: number): void {
    if (this.fresh) return;
    if (height >= this.available) {
      this.newPage();
      return;
    }
    this.y -= height;
  }

  /** On pleading paper, move down to the next full grid line so double-spaced text sits on the numbers. */
  snapToGrid(): void {
    if (!this.doc.pleading) return;
    const offset = (this.top - this.y) % DOUBLE;
    if (offset > 0.01) this.space(DOUBLE - offset);
  }

  /** Runs made drawable: characters the font lacks become a visible substitute, and are reported. */
  prep(runs: readonly Run[]): Run[] {
    return runs.map((r) => ({
      ...r,
      text: substituteMissing(r.text, faceOf(r), this.reportMissing),
    }));
  }

  lines(
    runs: readonly Run[],
    width: number,
    firstWidth: number = width,
    size: number = FONT_SIZE,
  ): LaidLine[] {
    return breakLines(this.prep(runs), width, (t, f) => measure(t, f, size), firstWidth);
  }

  /** Draw a laid-out line with its baseline at `baseline`, inside [x, x + width]. */
  drawLine(
    line: LaidLine,
    x: number,
    baseline: number,
    width: number,
    align: Align = 'left',
    size = FONT_SIZE,
  ): void {
    let cursor = x;
    if (align === 'center') cursor = x + (width - line.width) / 2;
    else if (align === 'right') cursor = x + width - line.width;
    const pieces: TextPiece[] = [];
    for (const frag of line.fragments) {
      const w = measure(frag.text, frag.face, size);
      if (frag.text.trim())
        pieces.push({ text: frag.text, x: cursor, y: baseline, face: frag.face, size });
      if (frag.underline) this.rule(cursor, baseline - 1.6, cursor + w, 0.6);
      cursor += w;
    }
    showPieces(this.page, this.fonts, pieces);
    this.fresh = false;
  }

  /** Draw plain text (already drawable) in a face. */
  text(text: string, x: number, baseline: number, face: Face = 'regular', size = FONT_SIZE): void {
    const safe = substituteMissing(text, face, this.reportMissing);
    if (!safe) return;
    showPieces(this.page, this.fonts, [{ text: safe, x, y: baseline, face, size }]);
    this.fresh = false;
  }

  rule(x1: number, y: number, x2: number, thickness = 0.75): void {
    this.page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness, color: BLACK });
    this.fresh = false;
  }

  vrule(x: number, y1: number, y2: number, thickness = 0.75, page: PDFPage = this.page): void {
    page.drawLine({ start: { x, y: y1 }, end: { x, y: y2 }, thickness, color: BLACK });
  }

  /** Line boxes of `leading` for each line, with page breaks between lines (no widow/orphan check). */
  flowLines(
    lines: LaidLine[],
    leading: number,
    place: (line: LaidLine, index: number) => { x: number; width: number; align: Align },
  ): void {
    lines.forEach((line, index) => {
      this.ensure(leading);
      const { x, width, align } = place(line, index);
      this.drawLine(line, x, baselineIn(this.y, leading), width, align);
      this.y -= leading;
    });
  }

  /** Furniture once the document's page count is known: page numbers, and the pleading grid. */
  finish(): void {
    const total = this.pages.length;
    const title = this.doc.pleading
      ? substituteMissing(this.doc.title, 'regular', this.reportMissing)
      : '';
    const titleWidth = measure(title, 'regular', FOOTER_SIZE);
    this.pages.forEach((page, index) => {
      const label =
        this.doc.lang === 'es'
          ? `Página ${index + 1} de ${total}`
          : `Page ${index + 1} of ${total}`;
      const labelX = (PAGE_WIDTH - measure(label, 'regular', FOOTER_SIZE)) / 2;
      if (!this.doc.pleading) {
        showPieces(page, this.fonts, [
          { text: label, x: labelX, y: MARGIN / 2, face: 'regular', size: FOOTER_SIZE },
        ]);
        return;
      }
      page.drawLine({
        start: { x: TEXT_LEFT, y: PLEADING.bottom - 17 },
        end: { x: TEXT_RIGHT, y: PLEADING.bottom - 17 },
        thickness: 0.75,
        color: BLACK,
      });
      for (const x of PLEADING.leftRules) this.vrule(x, PAGE_HEIGHT, 0, 0.75, page);
      this.vrule(PLEADING.rightRule, PAGE_HEIGHT, 0, 0.75, page);
      showPieces(page, this.fonts, [
        ...lineNumbers(),
        { text: label, x: labelX, y: PLEADING.bottom - 12, face: 'regular', size: FOOTER_SIZE },
        {
          text: title,
          x: Math.max(TEXT_LEFT, (PAGE_WIDTH - titleWidth) / 2),
          y: PLEADING.bottom - 29,
          face: 'regular',
          size: FOOTER_SIZE,
        },
      ]);
    });
  }
}

/** The pleading paper's line numbers, right-aligned in the left margin (the same on every page). */
function lineNumbers(): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (let n = 1; n <= PLEADING.lines; n += 1) {
    const label = String(n);
    pieces.push({
      text: label,
      x: PLEADING.numberRight - measure(label, 'regular'),
      y: baselineIn(PLEADING.top - (n - 1) * DOUBLE, DOUBLE),
      face: 'regular',
      size: FONT_SIZE,
    });
  }
  return pieces;
}
