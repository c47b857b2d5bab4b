import { Paragraph } from 'docx';
import type { BlankBlock, SignatureBlock, VerificationBlock } from '../model';
import { dateLineText } from './text';
import { lineSpacing, twips } from './docx-styles';
import { LINE, para, spacing, textRuns, type Ctx } from './docx-paragraphs';
import { DOUBLE, TEXT_WIDTH } from './page-geometry';

export function signature(ctx: Ctx, b: SignatureBlock, keep = false): Paragraph[] {
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

export function verification(ctx: Ctx, b: VerificationBlock, keep = false): Paragraph[] {
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

export function blank(ctx: Ctx, b: BlankBlock, keep = false): Paragraph[] {
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
