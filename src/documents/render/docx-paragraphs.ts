import { AlignmentType, BorderStyle, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import type { DocumentModel, ParagraphBlock, Run } from '../model';
import { lineSpacing, NUMBERED, twips } from './docx-styles';
import { DOUBLE, SINGLE, TEXT_WIDTH } from './page-geometry';

export const TEXT_TWIPS = twips(TEXT_WIDTH);
export const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
export const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;

export function clean(text: string): string {
  return text.normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

export function textRuns(
  runs: readonly Run[],
  extra: { bold?: boolean; size?: number } = {},
): TextRun[] {
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
export interface Ctx {
  doc: DocumentModel;
  /** Numbering instance: paragraph numbers restart in each document. */
  instance: number;
  listInstance: number;
}

export function spacing(ctx: Ctx, double: boolean, after = 0): IParagraphOptions['spacing'] {
  const pleading = ctx.doc.pleading;
  const pitch = double && !ctx.doc.plain ? DOUBLE : pleading ? 12 : ctx.doc.plain ? SINGLE : 12;
  return { ...lineSpacing(pitch, pleading), before: 0, after: twips(after) };
}

export function para(
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

export function paragraph(ctx: Ctx, b: ParagraphBlock, keep = false): Paragraph {
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
