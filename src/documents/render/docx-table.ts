import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import type { Run, TableBlock } from '../model';
import { para, spacing, TEXT_TWIPS, textRuns, type Ctx } from './docx-paragraphs';

export function table(ctx: Ctx, b: TableBlock, keep = false): (Paragraph | Table)[] {
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
