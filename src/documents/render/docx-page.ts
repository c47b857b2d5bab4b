import {
  AlignmentType,
  BorderStyle,
  Footer,
  FrameAnchorType,
  FrameWrap,
  Header,
  HeightRule,
  LineRuleType,
  PageBorderOffsetFrom,
  PageNumber,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { DocumentModel } from '../model';
import { blocksOf } from './docx-blocks';
import { clean, LINE, type Ctx } from './docx-paragraphs';
import { lineSpacing, twips } from './docx-styles';
import { DOUBLE, MARGIN, PAGE_HEIGHT, PAGE_WIDTH, PLEADING } from './page-geometry';

/**
 * 1–28 in a frame (w:framePr) anchored to the page in the left margin, on the same exact 24 pt
 * pitch as the body text. Not a text box: LibreOffice drops body text on pages whose header holds
 * the VML text box. LibreOffice only makes a framed paragraph into a frame when another paragraph
 * follows it in the header, hence the empty 1 pt paragraph after it.
 */
function pleadingHeader(): Header {
  const numbers = Array.from(
    { length: PLEADING.lines },
    (_, i) => new TextRun({ text: String(i + 1), break: i > 0 ? 1 : undefined }),
  );
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { ...lineSpacing(DOUBLE, true), before: 0, after: 0 },
        frame: {
          type: 'absolute',
          position: { x: twips(PLEADING.numberRight - 36), y: twips(PAGE_HEIGHT - PLEADING.top) },
          width: twips(36),
          height: twips(PLEADING.lines * DOUBLE),
          rule: HeightRule.EXACT,
          anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
          wrap: FrameWrap.AROUND,
        },
        children: numbers,
      }),
      new Paragraph({
        spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
        children: [],
      }),
    ],
  });
}

/**
 * "Page N of M" when the file holds one document. In a file of several documents the page number
 * restarts per section, but the total is left out: SECTIONPAGES prints nothing in LibreOffice.
 */
function footer(doc: DocumentModel, single: boolean): Footer {
  const es = doc.lang === 'es';
  const page = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    children: [
      new TextRun({ text: es ? 'Página ' : 'Page ', size: 20 }),
      new TextRun({ children: [PageNumber.CURRENT], size: 20 }),
      ...(single
        ? [
            new TextRun({ text: es ? ' de ' : ' of ', size: 20 }),
            new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 20 }),
          ]
        : []),
    ],
  });
  if (!doc.pleading) return new Footer({ children: [page] });
  // Cal. Rules of Court 2.110: the title under a rule, below the page number, at least 10 point.
  return new Footer({
    children: [
      page,
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 40, after: 0 },
        border: { top: LINE },
        children: [new TextRun({ text: clean(doc.title), size: 20 })],
      }),
    ],
  });
}

export function section(doc: DocumentModel, ctx: Ctx, single: boolean): ISectionOptions {
  const margin = twips(MARGIN);
  return {
    properties: {
      page: {
        size: { width: twips(PAGE_WIDTH), height: twips(PAGE_HEIGHT) },
        margin: {
          top: margin,
          bottom: doc.pleading ? twips(PLEADING.bottom) : margin,
          left: margin,
          right: margin,
          header: twips(MARGIN / 2),
          footer: doc.pleading ? twips(10) : twips(MARGIN / 2 - 8),
          gutter: 0,
        },
        pageNumbers: { start: 1 },
        borders: doc.pleading
          ? {
              pageBorders: { offsetFrom: PageBorderOffsetFrom.TEXT },
              pageBorderLeft: { style: BorderStyle.DOUBLE, size: 6, color: '000000', space: 4 },
              pageBorderRight: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 12 },
            }
          : undefined,
      },
    },
    // A section without its own header inherits the previous one: give every section one. No
    // section has a distinct first page, so the numbers are on every page of a pleading document.
    headers: { default: doc.pleading ? pleadingHeader() : new Header({ children: [] }) },
    footers: { default: footer(doc, single) },
    children: [...firstPageSpacer(doc), ...blocksOf(ctx, doc.blocks)],
  };
}

/**
 * Where a court rule asks for a deeper top margin on the first page (Washington GR 14(a)), an
 * empty line of exactly the extra height: a section's margin would apply to every page.
 */
function firstPageSpacer(doc: DocumentModel): Paragraph[] {
  const extra = doc.firstPageTop && !doc.pleading ? doc.firstPageTop - MARGIN : 0;
  if (extra <= 0) return [];
  return [
    new Paragraph({
      spacing: { before: 0, after: 0, line: twips(extra), lineRule: LineRuleType.EXACT },
      children: [],
    }),
  ];
}
