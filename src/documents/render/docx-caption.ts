import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
  type ITableCellBorders,
  type IParagraphOptions,
} from 'docx';
import type { CaptionBlock } from '../model';
import { twips } from './docx-styles';
import { LINE, NONE, para, spacing, TEXT_TWIPS, type Ctx } from './docx-paragraphs';
import { PLEADING, TEXT_WIDTH } from './page-geometry';

function cellBorders(b: Partial<ITableCellBorders>): ITableCellBorders {
  return { top: NONE, bottom: NONE, left: NONE, right: NONE, ...b };
}

/** The caption: court title, then a bordered two-column table (parties | case number and title). */
export function caption(ctx: Ctx, c: CaptionBlock): (Paragraph | Table)[] {
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
    for (const line of c.filer ?? [])
      out.push(single(line, { indent: { right: twips(TEXT_WIDTH / 2) } }));
    if (c.filer && c.filer.length > 0) out.push(single(''));
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
