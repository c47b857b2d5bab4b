import type { Block, SignatureBlock, VerificationBlock } from './model';
import { MarkupError } from './markup-error';
import { parseInline, runsText } from './markup-inline';
import { classify } from './markup-lines';
import { Parser, type MarkupContext, type Mode } from './markup-parser';

export { MarkupError } from './markup-error';
export { LITERAL_CLOSE, LITERAL_OPEN, literal, parseInline, stripSentinels } from './markup-inline';
export type { MarkupContext } from './markup-parser';

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
