import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  FrameAnchorType,
  FrameWrap,
  Header,
  HeightRule,
  LineRuleType,
  Packer,
  PageBorderOffsetFrom,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
  type ITableCellBorders,
  type IParagraphOptions,
} from 'docx';
import type {
  BlankBlock,
  Block,
  CaptionBlock,
  DocumentModel,
  Packet,
  ParagraphBlock,
  Run,
  SignatureBlock,
  TableBlock,
  VerificationBlock,
} from '../model';
import { dateLineText, isKept } from './text';
import { packDocxParts, repackDocx, type PackageParts } from './docx-package';
import { useFastDocxXml } from './docx-fast';
import { BULLETS, LETTERS, lineSpacing, NUMBERED, numbering, styles, twips } from './docx-styles';
import {
  DOUBLE,
  MARGIN,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  PLEADING,
  SINGLE,
  TEXT_WIDTH,
} from './page-geometry';

export interface RenderDocxOptions {
  /** Fixed creation date for core.xml and the package entries (reproducible output). */
  creationDate?: Date;
}

// docx's XML preparation as plain loops, once per thread (docx-fast.ts).
useFastDocxXml();

const TEXT_TWIPS = twips(TEXT_WIDTH);
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;

function clean(text: string): string {
  return text.normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

function textRuns(runs: readonly Run[], extra: { bold?: boolean; size?: number } = {}): TextRun[] {
  return runs.map(
    (r) =>
      new TextRun({
        text: clean(r.text),
        bold: r.bold || extra.bold || undefined,
        italics: r.italic || undefined,
        underline: r.underline ? {} : undefined,
        size: extra.size,
      }),
  );
}

/** Per-document context: spacing differs on pleading paper and in plain documents. */
interface Ctx {
  doc: DocumentModel;
  /** Numbering instance: paragraph numbers restart in each document. */
  instance: number;
  listInstance: number;
}

function spacing(ctx: Ctx, double: boolean, after = 0): IParagraphOptions['spacing'] {
  const pleading = ctx.doc.pleading;
  const pitch = double && !ctx.doc.plain ? DOUBLE : pleading ? 12 : ctx.doc.plain ? SINGLE : 12;
  return { ...lineSpacing(pitch, pleading), before: 0, after: twips(after) };
}

function para(
  ctx: Ctx,
  text: string,
  opts: Partial<IParagraphOptions> & { bold?: boolean } = {},
): Paragraph {
  const { bold, ...rest } = opts;
  return new Paragraph({
    spacing: spacing(ctx, false),
    ...rest,
    children: [new TextRun({ text: clean(text), bold: bold || undefined })],
  });
}

function paragraph(ctx: Ctx, b: ParagraphBlock, keep = false): Paragraph {
  // Kept with a signature below: at least two of its lines go with it (widow control).
  const kept = keep ? { keepNext: true, widowControl: true } : {};
  const alignment =
    b.align === 'center'
      ? AlignmentType.CENTER
      : b.align === 'right'
        ? AlignmentType.RIGHT
        : b.align === 'justify'
          ? AlignmentType.JUSTIFIED
          : undefined;
  if (b.numbered)
    return new Paragraph({
      style: 'Numbered',
      numbering: { reference: NUMBERED, level: 0, instance: ctx.instance },
      spacing: spacing(ctx, true),
      alignment,
      ...kept,
      children: textRuns(b.runs),
    });
  if (b.quote)
    return new Paragraph({
      style: 'BlockQuote',
      spacing: spacing(ctx, false, 12),
      alignment,
      ...kept,
      children: textRuns(b.runs),
    });
  return new Paragraph({
    spacing: spacing(ctx, true, ctx.doc.plain ? 8 : 0),
    indent: b.indent && !ctx.doc.plain && !alignment ? { firstLine: 720 } : undefined,
    alignment,
    ...kept,
    children: textRuns(b.runs),
  });
}

function cellBorders(b: Partial<ITableCellBorders>): ITableCellBorders {
  return { top: NONE, bottom: NONE, left: NONE, right: NONE, ...b };
}

/** The caption: court title, then a bordered two-column table (parties | case number and title). */
function caption(ctx: Ctx, c: CaptionBlock): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const single = (
    text: string,
    o: Partial<IParagraphOptions> & { bold?: boolean } = {},
  ): Paragraph => para(ctx, text, { ...o, spacing: spacing(ctx, false) });
  if (c.layout === 'pleading') {
    const filer = c.filer ?? [];
    for (const line of filer) out.push(single(line, { indent: { right: twips(TEXT_WIDTH / 2) } }));
    // The court title goes on pleading line 8: fill the half-lines the filer block did not use.
    for (let i = filer.length; i < (PLEADING.courtTitleLine - 1) * 2; i += 1) out.push(single(''));
    for (const court of c.court)
      out.push(
        para(ctx, court, { style: 'Caption Court', bold: true, spacing: spacing(ctx, true) }),
      );
  } else {
    for (const court of c.court) out.push(single(court, { style: 'Caption Court', bold: true }));
    out.push(single(''));
  }
  const connector = c.connector;
  const roleIndent = { left: 1440 };
  const left = [
    single(`${c.plaintiff.name},`),
    single(''),
    single(`${c.plaintiff.role},`, { indent: roleIndent }),
    single(''),
    single(connector, { alignment: AlignmentType.CENTER }),
    single(''),
    single(`${c.defendant.name},`),
    single(''),
    single(`${c.defendant.role}.`, { indent: roleIndent }),
  ];
  const right: Paragraph[] = [
    ...c.caseNumbers.map((n) => single(n)),
    ...(c.caseNumbers.length ? [single('')] : []),
    ...c.title.map((t) => single(t, { bold: true })),
    ...(c.notes && c.notes.length ? [single(''), ...c.notes.map((n) => single(n))] : []),
  ];
  const leftWidth = Math.round(TEXT_TWIPS * 0.55);
  out.push(
    new Table({
      width: { size: TEXT_TWIPS, type: WidthType.DXA },
      columnWidths: [leftWidth, TEXT_TWIPS - leftWidth],
      layout: TableLayoutType.FIXED,
      borders: {
        top: NONE,
        bottom: NONE,
        left: NONE,
        right: NONE,
        insideHorizontal: NONE,
        insideVertical: NONE,
      },
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: leftWidth, type: WidthType.DXA },
              borders: cellBorders({ top: LINE, bottom: LINE, right: LINE }),
              margins: { top: 120, bottom: 120, right: 120 },
              children: left,
            }),
            new TableCell({
              width: { size: TEXT_TWIPS - leftWidth, type: WidthType.DXA },
              borders: cellBorders({}),
              margins: { top: 120, left: 360 },
              verticalAlign: VerticalAlign.TOP,
              children: right.length ? right : [single('')],
            }),
          ],
        }),
      ],
    }),
  );
  out.push(single(''));
  if (!ctx.doc.pleading) out.push(single(''));
  return out;
}

function table(ctx: Ctx, b: TableBlock, keep = false): (Paragraph | Table)[] {
  const count = Math.max(b.header.length, ...b.rows.map((r) => r.length), 1);
  const weights =
    b.widths && b.widths.length === count ? b.widths : Array.from({ length: count }, () => 1);
  const sum = weights.reduce((a, x) => a + x, 0) || 1;
  const widths = weights.map((w) => Math.floor((w / sum) * TEXT_TWIPS));
  const right = new Set(b.alignRight ?? []);
  const row = (cells: Run[][], header: boolean): TableRow =>
    new TableRow({
      tableHeader: header || undefined,
      cantSplit: true,
      children: widths.map(
        (w, col) =>
          new TableCell({
            width: { size: w, type: WidthType.DXA },
            margins: { left: 80, right: 80, top: 40, bottom: 40 },
            children: [
              new Paragraph({
                spacing: spacing(ctx, false),
                alignment: right.has(col) ? AlignmentType.RIGHT : undefined,
                keepNext: header || keep || undefined,
                children: textRuns(cells[col] ?? [], { bold: header }),
              }),
            ],
          }),
      ),
    });
  const rows = [
    ...(b.header.length ? [row(b.header, true)] : []),
    ...b.rows.map((r) => row(r, false)),
  ];
  return [
    new Table({
      width: { size: TEXT_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows,
    }),
    para(ctx, '', { keepNext: keep || undefined }),
  ];
}

function signature(ctx: Ctx, b: SignatureBlock, keep = false): Paragraph[] {
  const sigIndent = { left: twips(TEXT_WIDTH / 2) };
  const out: Paragraph[] = [para(ctx, '', { keepNext: true })];
  if (b.dateLine !== undefined) out.push(para(ctx, dateLineText(b.dateLine), { keepNext: true }));
  if (b.placeLine !== undefined) out.push(para(ctx, b.placeLine, { keepNext: true }));
  out.push(para(ctx, '', { keepNext: true }), para(ctx, '', { keepNext: true }));
  out.push(
    new Paragraph({
      spacing: spacing(ctx, false),
      indent: sigIndent,
      keepNext: true,
      border: { bottom: LINE },
      children: [],
    }),
  );
  b.lines.forEach((line, i) =>
    out.push(para(ctx, line, { indent: sigIndent, keepNext: keep || i < b.lines.length - 1 })),
  );
  return out;
}

function verification(ctx: Ctx, b: VerificationBlock, keep = false): Paragraph[] {
  if (b.form === 'penalty-of-perjury')
    return [
      new Paragraph({
        spacing: spacing(ctx, true),
        indent: { firstLine: 720 },
        keepLines: true,
        keepNext: true,
        children: textRuns(b.text),
      }),
    ];
  const half = { right: twips(TEXT_WIDTH / 2 + 12) };
  return [
    para(ctx, '', { keepNext: true }),
    new Paragraph({
      spacing: spacing(ctx, false),
      indent: half,
      keepNext: true,
      keepLines: true,
      children: textRuns(b.text),
    }),
    para(ctx, '', { keepNext: true }),
    para(ctx, '', { keepNext: true }),
    new Paragraph({
      spacing: spacing(ctx, false),
      indent: half,
      border: { bottom: LINE },
      keepNext: true,
      children: [],
    }),
    para(ctx, 'Notary Public', { indent: half, keepNext: keep || undefined }),
  ];
}

function blank(ctx: Ctx, b: BlankBlock, keep = false): Paragraph[] {
  const out: Paragraph[] = [para(ctx, '', { keepNext: true })];
  if (b.label) out.push(para(ctx, b.label, { keepNext: true }));
  for (let i = 0; i < Math.max(1, b.lines); i += 1)
    out.push(
      new Paragraph({
        spacing: { ...lineSpacing(DOUBLE, ctx.doc.pleading), before: 0, after: 0 },
        border: { bottom: LINE },
        keepNext: keep || i < b.lines - 1,
        children: [],
      }),
    );
  return out;
}

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

function blocksOf(ctx: Ctx, blocks: readonly Block[]): (Paragraph | Table)[] {
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

function section(doc: DocumentModel, ctx: Ctx, single: boolean): ISectionOptions {
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
    children: blocksOf(ctx, doc.blocks),
  };
}

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

type Compile = (document: Document) => PackageParts;

/** What docx's File holds for the parts that are the same in every packet (see below). */
interface StaticSources {
  Styles: object;
  Theme: object;
  Settings: object;
  FontTable: { View: object };
  AppProperties: object;
  CustomProperties: object;
}

interface Formatter {
  format(input: unknown, context?: unknown): unknown;
}

/**
 * The XML of parts that docx writes from our fixed options and its own defaults alone (styles,
 * theme, settings, font table, app and custom properties): the same for every packet, so it is
 * made once per thread and reused (about a fifth of a DOCX's formatting time). They hold no text
 * of the case (test/documents/render/docx-static.test.ts).
 */
const staticXml = new Map<string, string>();

function staticSources(document: Document): Map<object, string> {
  const file = document as unknown as StaticSources;
  return new Map<object, string>([
    [file.Styles, 'word/styles.xml'],
    [file.Theme, 'word/theme/theme1.xml'],
    [file.Settings, 'word/settings.xml'],
    [file.FontTable.View, 'word/fontTable.xml'],
    [file.AppProperties, 'docProps/app.xml'],
    [file.CustomProperties, 'docProps/custom.xml'],
  ]);
}

/** What the formatter gives a kept part instead of formatting it; replaced after compiling. */
const KEPT = { 'relief:kept': {} };

/** Forget the kept static XML (tests compare a fresh compile with a reused one). */
export function clearStaticXml(): void {
  staticXml.clear();
}

/**
 * docx's own compiler (the step of `Packer` before it zips with a JavaScript deflate), when this
 * version of docx has it where 9.15 keeps it; otherwise undefined and `Packer` is used.
 */
function packageCompiler(): Compile | undefined {
  const compiler = (
    Packer as unknown as { compiler?: { compile?: unknown; formatter?: Formatter } }
  ).compiler;
  const compile = compiler?.compile;
  const formatter = compiler?.formatter;
  if (typeof compile !== 'function' || typeof formatter?.format !== 'function') return undefined;
  return (document) => {
    const sources = staticSources(document);
    const format = formatter.format;
    formatter.format = function (input: unknown, context?: unknown): unknown {
      const name = typeof input === 'object' && input ? sources.get(input) : undefined;
      if (name && staticXml.has(name)) return KEPT;
      return format.call(this, input, context);
    };
    let parts: unknown;
    try {
      parts = compile.call(compiler, document, undefined, []);
    } finally {
      formatter.format = format;
    }
    if (!(parts instanceof Map)) throw new Error('docx compiled the package into an unknown shape');
    const map = parts as Map<string, string | Uint8Array>;
    for (const name of sources.values()) {
      const kept = staticXml.get(name);
      const made = map.get(name);
      if (kept !== undefined) map.set(name, kept);
      else if (typeof made === 'string') staticXml.set(name, made);
    }
    return map;
  };
}
