import { LITERAL_CLOSE, LITERAL_OPEN } from './markup-inline';

// ---------------------------------------------------------------------------------------------
// Lines: a line whose first non-space content is a literal span is always plain text.

export type Line =
  | { kind: 'blank' }
  | { kind: 'text'; src: string }
  | { kind: 'heading'; level: 1 | 2 | 3; src: string }
  | { kind: 'numbered'; src: string }
  | { kind: 'bullet'; src: string }
  | { kind: 'ordered'; src: string }
  | { kind: 'quote'; src: string }
  | { kind: 'row'; cells: string[] }
  | { kind: 'directive'; name: string; arg: string }
  | { kind: 'block-open'; name: string; arg: string }
  | { kind: 'block-close' };

/** Split a table row on `|` outside literal spans. */
function splitCells(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let inLiteral = false;
  for (let i = 0; i < row.length; i += 1) {
    const ch = row[i] as string;
    if (ch === LITERAL_OPEN) inLiteral = true;
    else if (ch === LITERAL_CLOSE) inLiteral = false;
    if (!inLiteral && ch === '\\' && row[i + 1] === '|') {
      cell += '\\|';
      i += 1;
      continue;
    }
    if (!inLiteral && ch === '|') {
      cells.push(cell);
      cell = '';
      continue;
    }
    cell += ch;
  }
  cells.push(cell);
  // A row starts and ends with a bar, so the first and last pieces are empty.
  return cells.slice(1, -1);
}

export function classify(raw: string): Line {
  const line = raw.trim();
  if (line === '') return { kind: 'blank' };
  if (line.startsWith(LITERAL_OPEN)) return { kind: 'text', src: line };
  if (line === ':::') return { kind: 'block-close' };
  let m = /^:::\s*([a-z-]+)\s*(.*)$/.exec(line);
  if (m) return { kind: 'block-open', name: m[1] as string, arg: (m[2] as string).trim() };
  m = /^::([a-z-]+)(?:\s+(.*))?$/.exec(line);
  if (m) return { kind: 'directive', name: m[1] as string, arg: (m[2] ?? '').trim() };
  m = /^(#{1,3})\s+(.*)$/.exec(line);
  if (m)
    return { kind: 'heading', level: (m[1] as string).length as 1 | 2 | 3, src: m[2] as string };
  m = /^\d+\.\s+(.*)$/.exec(line);
  if (m) return { kind: 'numbered', src: m[1] as string };
  m = /^[-•]\s+(.*)$/.exec(line);
  if (m) return { kind: 'bullet', src: m[1] as string };
  m = /^[a-z]\.\s+(.*)$/.exec(line);
  if (m) return { kind: 'ordered', src: m[1] as string };
  m = /^>\s?(.*)$/.exec(line);
  if (m) return { kind: 'quote', src: m[1] as string };
  if (line.length > 1 && line.startsWith('|') && line.endsWith('|') && !line.endsWith('\\|'))
    return { kind: 'row', cells: splitCells(line) };
  return { kind: 'text', src: line };
}
