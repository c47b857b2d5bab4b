import type {
  Block,
  CaptionBlock,
  HeadingBlock,
  ListBlock,
  ParagraphBlock,
  Run,
  SignatureBlock,
  TableBlock,
  VerificationBlock,
} from './model';
import { AppError } from '../domain/app-error';

/** Opens a span of user text that the parser must print literally (Unicode private use). */
export const LITERAL_OPEN = '\uE000';
/** Closes a literal span. */
export const LITERAL_CLOSE = '\uE001';

const SENTINELS = /[\uE000\uE001]/g;

/** A template mistake (unknown directive, unclosed block): names the line so the author can fix it. */
export class MarkupError extends AppError {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`Markup line ${line}: ${message}`);
  }
}

/**
 * Wrap a value so the markup parser treats it as data, never markup: sentinels already in the
 * value are removed and newlines become spaces, so a value can neither close its span nor start a line.
 */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return `${LITERAL_OPEN}${LITERAL_CLOSE}`;
  const text = String(value)
    .normalize('NFC')
    .replace(SENTINELS, '')
    .replace(/[\r\n\u2028\u2029]+/g, ' ');
  return `${LITERAL_OPEN}${text}${LITERAL_CLOSE}`;
}

/** Remove the sentinels from text (e.g. for one-line fields where markup does not apply). */
export function stripSentinels(text: string): string {
  return text.replace(SENTINELS, '');
}

export interface MarkupContext {
  caption?: CaptionBlock;
}

// ---------------------------------------------------------------------------------------------
// Inline: **bold**, *italic*, __underline__; sentinel spans are literal; `\` escapes punctuation.

type Marker = '**' | '*' | '__';
type Token = { kind: 'text'; text: string } | { kind: 'marker'; marker: Marker; paired: boolean };

function tokenizeInline(source: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  const flush = (): void => {
    if (text) tokens.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === LITERAL_OPEN) {
      const end = source.indexOf(LITERAL_CLOSE, i + 1);
      const stop = end === -1 ? source.length : end;
      text += source.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    if (ch === LITERAL_CLOSE) {
      i += 1;
      continue;
    }
    if (ch === '\\' && i + 1 < source.length && /[!-/:-@[-`{-~]/.test(source[i + 1] as string)) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    const two = source.slice(i, i + 2);
    if (two === '**' || two === '__') {
      flush();
      tokens.push({ kind: 'marker', marker: two, paired: false });
      i += 2;
      continue;
    }
    if (ch === '*') {
      flush();
      tokens.push({ kind: 'marker', marker: '*', paired: false });
      i += 1;
      continue;
    }
    text += ch;
    i += 1;
  }
  flush();
  return tokens;
}

/** Parse one paragraph's source into styled runs; whitespace collapses to single spaces. */
export function parseInline(source: string): Run[] {
  const tokens = tokenizeInline(source);
  const open = new Map<Marker, number>();
  tokens.forEach((t, index) => {
    if (t.kind !== 'marker') return;
    const start = open.get(t.marker);
    if (start === undefined) {
      open.set(t.marker, index);
      return;
    }
    const opener = tokens[start];
    if (opener && opener.kind === 'marker') opener.paired = true;
    t.paired = true;
    open.delete(t.marker);
  });
  const style = { bold: false, italic: false, underline: false };
  const runs: Run[] = [];
  const push = (text: string): void => {
    const last = runs[runs.length - 1];
    if (
      last &&
      Boolean(last.bold) === style.bold &&
      Boolean(last.italic) === style.italic &&
      Boolean(last.underline) === style.underline
    ) {
      last.text += text;
      return;
    }
    const run: Run = { text };
    if (style.bold) run.bold = true;
    if (style.italic) run.italic = true;
    if (style.underline) run.underline = true;
    runs.push(run);
  };
  for (const t of tokens) {
    if (t.kind === 'text') push(t.text);
    else if (!t.paired) push(t.marker);
    else if (t.marker === '**') style.bold = !style.bold;
    else if (t.marker === '*') style.italic = !style.italic;
    else style.underline = !style.underline;
  }
  return normalizeRuns(runs);
}

/** Collapse whitespace across runs, trim the ends, drop empty runs. */
function normalizeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  let previousEndsWithSpace = true;
  for (const run of runs) {
    let text = run.text.replace(/\s+/g, ' ');
    if (previousEndsWithSpace) text = text.replace(/^ /, '');
    if (!text) continue;
    previousEndsWithSpace = text.endsWith(' ');
    out.push({ ...run, text });
  }
  const last = out[out.length - 1];
  if (last) {
    last.text = last.text.replace(/ $/, '');
    if (!last.text) out.pop();
  }
  return out;
}

function runsText(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}

// ---------------------------------------------------------------------------------------------
// Lines: a line whose first non-space content is a literal span is always plain text.

type Line =
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

function classify(raw: string): Line {
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

const SEPARATOR_CELL = /^\s*:?-{3,}:?\s*$/;

interface Mode {
  align?: 'center';
  noindent?: boolean;
}

interface Pending {
  kind: 'paragraph' | 'numbered' | 'quote' | 'item';
  parts: string[];
}

class Parser {
  readonly blocks: Block[] = [];
  private pending: Pending | undefined;
  private list: ListBlock | undefined;
  private table: { rows: string[][]; right: Set<number> } | undefined;

  constructor(
    private readonly ctx: MarkupContext,
    private readonly mode: Mode,
  ) {}

  private flushPending(): void {
    const p = this.pending;
    this.pending = undefined;
    if (!p) return;
    const runs = parseInline(p.parts.join(' '));
    if (p.kind === 'item') {
      this.list?.items.push(runs);
      return;
    }
    if (runs.length === 0) return;
    const block: ParagraphBlock = { kind: 'paragraph', runs };
    if (p.kind === 'numbered') block.numbered = true;
    if (p.kind === 'quote') block.quote = true;
    if (this.mode.align) block.align = this.mode.align;
    if (p.kind === 'paragraph' && !this.mode.align && !this.mode.noindent) block.indent = true;
    this.blocks.push(block);
  }

  private flushList(): void {
    this.flushPending();
    const list = this.list;
    this.list = undefined;
    if (!list) return;
    list.items = list.items.filter((item) => item.length > 0);
    if (list.items.length > 0) this.blocks.push(list);
  }

  private flushTable(): void {
    const table = this.table;
    this.table = undefined;
    if (!table) return;
    const [header, ...body] = table.rows.map((row) => row.map((cell) => parseInline(cell)));
    const block: TableBlock = { kind: 'table', header: header ?? [], rows: body };
    if (table.right.size > 0) block.alignRight = [...table.right].sort((a, b) => a - b);
    this.blocks.push(block);
  }

  flushAll(): void {
    this.flushPending();
    this.flushList();
    this.flushTable();
  }

  push(block: Block): void {
    this.flushAll();
    this.blocks.push(block);
  }

  line(line: Line, lineNo: number): void {
    if (line.kind !== 'row') this.flushTable();
    switch (line.kind) {
      case 'blank':
        this.flushList();
        return;
      case 'text':
        if (this.pending) {
          this.pending.parts.push(line.src);
          return;
        }
        this.flushList();
        this.pending = { kind: 'paragraph', parts: [line.src] };
        return;
      case 'heading': {
        this.flushAll();
        const heading: HeadingBlock = {
          kind: 'heading',
          level: line.level,
          text: parseInline(line.src),
        };
        if (line.level === 1 || this.mode.align === 'center') heading.align = 'center';
        if (heading.text.length > 0) this.blocks.push(heading);
        return;
      }
      case 'numbered':
      case 'quote':
        if (line.kind === 'quote' && this.pending?.kind === 'quote') {
          this.pending.parts.push(line.src);
          return;
        }
        this.flushList();
        this.pending = { kind: line.kind, parts: [line.src] };
        return;
      case 'bullet':
      case 'ordered': {
        const ordered = line.kind === 'ordered';
        this.flushPending();
        if (this.list && this.list.ordered !== ordered) this.flushList();
        if (!this.list) this.list = { kind: 'list', ordered, items: [] };
        this.pending = { kind: 'item', parts: [line.src] };
        return;
      }
      case 'row': {
        this.flushPending();
        this.flushList();
        if (line.cells.length > 0 && line.cells.every((c) => SEPARATOR_CELL.test(c))) return;
        if (!this.table) this.table = { rows: [], right: new Set() };
        const table = this.table;
        table.rows.push(
          line.cells.map((cell, index) => {
            const trimmed = cell.trimEnd();
            if (trimmed.endsWith(' >') || trimmed === '>') {
              table.right.add(index);
              return trimmed.slice(0, -1);
            }
            return cell;
          }),
        );
        return;
      }
      case 'directive':
        this.directive(line.name, line.arg, lineNo);
        return;
      case 'block-open':
      case 'block-close':
        throw new MarkupError(lineNo, 'a ::: block cannot be nested inside another block');
    }
  }

  private directive(name: string, arg: string, lineNo: number): void {
    if (name === 'caption') {
      if (!this.ctx.caption)
        throw new MarkupError(lineNo, '::caption used but no caption was given');
      this.push(this.ctx.caption);
      return;
    }
    if (name === 'page-break') {
      this.push({ kind: 'page-break' });
      return;
    }
    if (name === 'blank') {
      const m = /^(\d+)(?:\s+(.*))?$/.exec(arg);
      if (!m)
        throw new MarkupError(
          lineNo,
          '::blank needs a number of lines, like "::blank 3 Name of agency"',
        );
      this.push({ kind: 'blank', lines: Number(m[1]), label: runsText(parseInline(m[2] ?? '')) });
      return;
    }
    throw new MarkupError(lineNo, `unknown directive ::${name}`);
  }
}

function parseSignature(lines: string[]): SignatureBlock {
  const block: SignatureBlock = { kind: 'signature', lines: [] };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^(date|place):(.*)$/.exec(line);
    const text = runsText(parseInline(m ? (m[2] as string) : line));
    if (m && m[1] === 'date') block.dateLine = text;
    else if (m) block.placeLine = text;
    else block.lines.push(text);
  }
  return block;
}

function parseLines(
  lines: { text: string; no: number }[],
  ctx: MarkupContext,
  mode: Mode,
): Block[] {
  const parser = new Parser(ctx, mode);
  for (const { text, no } of lines) parser.line(classify(text), no);
  parser.flushAll();
  return parser.blocks;
}

/**
 * Parse the markup a template produced into document blocks (grammar: docs/markup.md).
 * Throws MarkupError only for template mistakes; user text inside literal spans never causes one.
 */
export function parseMarkup(markup: string, ctx: MarkupContext = {}): Block[] {
  const lines = markup.replace(/\r\n?/g, '\n').split('\n');
  const parser = new Parser(ctx, {});
  let i = 0;
  while (i < lines.length) {
    const no = i + 1;
    const line = classify(lines[i] as string);
    if (line.kind === 'block-close')
      throw new MarkupError(no, '::: closes a block that was never opened');
    if (line.kind !== 'block-open') {
      parser.line(line, no);
      i += 1;
      continue;
    }
    const body: { text: string; no: number }[] = [];
    let j = i + 1;
    while (j < lines.length && classify(lines[j] as string).kind !== 'block-close') {
      body.push({ text: lines[j] as string, no: j + 1 });
      j += 1;
    }
    if (j >= lines.length) throw new MarkupError(no, `::: ${line.name} is never closed with :::`);
    parser.flushAll();
    for (const block of blockDirective(line.name, line.arg, body, ctx, no)) parser.push(block);
    i = j + 1;
  }
  parser.flushAll();
  return parser.blocks;
}

function blockDirective(
  name: string,
  arg: string,
  body: { text: string; no: number }[],
  ctx: MarkupContext,
  lineNo: number,
): Block[] {
  switch (name) {
    case 'center':
      return parseLines(body, ctx, { align: 'center' });
    case 'noindent':
      return parseLines(body, ctx, { noindent: true });
    case 'signature':
      return [parseSignature(body.map((b) => b.text))];
    case 'verification': {
      if (arg !== 'notary' && arg !== 'penalty-of-perjury')
        throw new MarkupError(lineNo, '::: verification needs "notary" or "penalty-of-perjury"');
      const text = parseInline(body.map((b) => b.text.trim()).join(' '));
      const block: VerificationBlock = { kind: 'verification', form: arg, text };
      return [block];
    }
    default:
      throw new MarkupError(lineNo, `unknown block ::: ${name}`);
  }
}
