import type { Run, TableBlock } from '../model';
import type { LaidLine } from './layout';
import { baselineIn, DOUBLE, TEXT_LEFT, TEXT_RIGHT, TEXT_WIDTH } from './page-geometry';
import { measure, type DocWriter } from './pdf-writer';

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
export function tableHeight(w: DocWriter, b: TableBlock): number {
  const { header, rows } = tableLayout(w, b);
  const grid = w.doc.pleading ? DOUBLE : 0;
  const after = w.doc.pleading ? DOUBLE / 2 : w.single;
  return grid + (header?.height ?? 0) + rows.reduce((sum, r) => sum + r.height, 0) + after;
}

export function drawTable(w: DocWriter, b: TableBlock, reserve = 0): void {
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
