import type { CaptionBlock, Run } from '../model';
import type { LaidLine } from './layout';
import { baselineIn, DOUBLE, PLEADING, TEXT_LEFT, TEXT_RIGHT, TEXT_WIDTH } from './page-geometry';
import type { DocWriter } from './pdf-writer';

const PAD = 6;

function plain(text: string, bold = false): Run[] {
  return bold ? [{ text, bold: true }] : [{ text }];
}

interface ColumnLine {
  line: LaidLine;
  align: 'left' | 'center' | 'right';
  indent?: number;
}

/** The parties column: "THE PEOPLE …," / "Respondent," / "-against-" / "NAME," / "Defendant." */
function partyLines(w: DocWriter, c: CaptionBlock, width: number): (ColumnLine | null)[] {
  const out: (ColumnLine | null)[] = [];
  const name = (text: string): void => {
    for (const line of w.lines(plain(text), width)) out.push({ line, align: 'left' });
  };
  const role = (text: string): void => {
    for (const line of w.lines(plain(text), width - 72))
      out.push({ line, align: 'left', indent: 72 });
  };
  const connector = c.connector;
  name(`${c.plaintiff.name},`);
  out.push(null);
  role(`${c.plaintiff.role},`);
  out.push(null);
  for (const line of w.lines(plain(connector), width)) out.push({ line, align: 'center' });
  out.push(null);
  name(`${c.defendant.name},`);
  out.push(null);
  role(`${c.defendant.role}.`);
  return out;
}

function rightLines(w: DocWriter, c: CaptionBlock, width: number): (ColumnLine | null)[] {
  const out: (ColumnLine | null)[] = [];
  for (const n of c.caseNumbers)
    for (const line of w.lines(plain(n), width)) out.push({ line, align: 'left' });
  if (c.caseNumbers.length > 0) out.push(null);
  for (const t of c.title)
    for (const line of w.lines(plain(t, true), width)) out.push({ line, align: 'left' });
  if (c.notes && c.notes.length > 0) {
    out.push(null);
    for (const n of c.notes)
      for (const line of w.lines(plain(n), width)) out.push({ line, align: 'left' });
  }
  return out;
}

function drawColumn(
  w: DocWriter,
  lines: (ColumnLine | null)[],
  top: number,
  x: number,
  width: number,
): void {
  lines.forEach((item, index) => {
    if (!item) return;
    const lineTop = top - index * w.single;
    const indent = item.indent ?? 0;
    w.drawLine(item.line, x + indent, baselineIn(lineTop, w.single), width - indent, item.align);
  });
}

/** Court title lines, centred and bold. */
function courtLines(w: DocWriter, c: CaptionBlock, leading: number): void {
  for (const court of c.court)
    w.flowLines(w.lines(plain(court, true), TEXT_WIDTH), leading, () => ({
      x: TEXT_LEFT,
      width: TEXT_WIDTH,
      align: 'center',
    }));
}

/** The box under the court title: parties left (ruled above, below and to the right), numbers and title right. */
function partiesBox(w: DocWriter, c: CaptionBlock): void {
  const leftWidth = Math.round(TEXT_WIDTH * 0.55);
  const gutter = 18;
  const rightX = TEXT_LEFT + leftWidth + gutter;
  const rightWidth = TEXT_RIGHT - rightX;
  const left = partyLines(w, c, leftWidth - PAD);
  const right = rightLines(w, c, rightWidth);
  const rows = Math.max(left.length, right.length);
  const height = rows * w.single + 2 * PAD + (w.doc.pleading ? 0 : 0);
  const boxHeight = w.doc.pleading ? Math.ceil(height / w.single) * w.single : height;
  w.ensure(boxHeight);
  const top = w.y;
  w.rule(TEXT_LEFT, top, TEXT_LEFT + leftWidth);
  drawColumn(w, left, top - PAD, TEXT_LEFT, leftWidth - PAD);
  drawColumn(w, right, top - PAD, rightX, rightWidth);
  w.rule(TEXT_LEFT, top - boxHeight, TEXT_LEFT + leftWidth);
  w.vrule(TEXT_LEFT + leftWidth, top, top - boxHeight);
  w.y = top - boxHeight;
}

/** The standard layout: the filer's lines if asked for, court lines, parties and number side by side. */
function standardCaption(w: DocWriter, c: CaptionBlock): void {
  if (c.filer && c.filer.length > 0) {
    const filerWidth = TEXT_WIDTH / 2 - 12;
    for (const f of c.filer)
      w.flowLines(w.lines(plain(f), filerWidth), w.single, () => ({
        x: TEXT_LEFT,
        width: filerWidth,
        align: 'left',
      }));
    w.space(w.single);
  }
  courtLines(w, c, w.single);
  w.space(w.single);
  partiesBox(w, c);
  w.space(DOUBLE);
}

/**
 * The pleading layout (as Cal. Rules of Court 2.111 lays it out): the filer from line 1 at the
 * left, the space to the right of lines 1–7 left blank for the clerk, the court title from line 8, then the parties and the case
 * number and title.
 */
function californiaCaption(w: DocWriter, c: CaptionBlock): void {
  const top = w.y;
  const filerWidth = TEXT_WIDTH / 2 - 12;
  const filer = (c.filer ?? []).flatMap((f) => w.lines(plain(f), filerWidth));
  filer.forEach((line, index) => {
    w.drawLine(line, TEXT_LEFT, baselineIn(top - index * w.single, w.single), filerWidth);
  });
  const courtTop = top - (PLEADING.courtTitleLine - 1) * DOUBLE;
  w.y = Math.min(courtTop, top - filer.length * w.single);
  w.snapToGrid();
  courtLines(w, c, DOUBLE);
  w.space(w.single);
  partiesBox(w, c);
  w.space(w.single);
  w.snapToGrid();
}

export function drawCaption(w: DocWriter, c: CaptionBlock): void {
  if (c.layout === 'pleading') californiaCaption(w, c);
  else standardCaption(w, c);
}
