import type {
  Block,
  CaptionBlock,
  HeadingBlock,
  ListBlock,
  ParagraphBlock,
  TableBlock,
} from './model';
import { MarkupError } from './markup-error';
import { parseInline, runsText } from './markup-inline';
import type { Line } from './markup-lines';

export interface MarkupContext {
  caption?: CaptionBlock;
}

const SEPARATOR_CELL = /^\s*:?-{3,}:?\s*$/;

export interface Mode {
  align?: 'center';
  noindent?: boolean;
}

interface Pending {
  kind: 'paragraph' | 'numbered' | 'quote' | 'item';
  parts: string[];
}

export class Parser {
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
