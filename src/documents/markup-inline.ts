import type { Run } from './model';

/** Opens a span of user text that the parser must print literally (Unicode private use). */
export const LITERAL_OPEN = '\uE000';
/** Closes a literal span. */
export const LITERAL_CLOSE = '\uE001';

const SENTINELS = /[\uE000\uE001]/g;

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

export function runsText(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}
