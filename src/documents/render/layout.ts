import type { Run } from '../model';
import { faceOf, type Face } from './fonts';

/** A piece of one line in one face. */
export interface Fragment {
  text: string;
  face: Face;
  underline?: boolean;
}

export interface LaidLine {
  fragments: Fragment[];
  /** Width in points of the text on the line. */
  width: number;
}

/** Width in points of a text in a face (at the size being laid out). */
export type Measure = (text: string, face: Face) => number;

interface Word {
  fragments: Fragment[];
  width: number;
  /** The space before the word, in the style of the run it came from; undefined at a paragraph start. */
  space?: Fragment;
}

function sameStyle(a: Fragment, b: Fragment): boolean {
  return a.face === b.face && Boolean(a.underline) === Boolean(b.underline);
}

function appendFragment(list: Fragment[], frag: Fragment): void {
  const last = list[list.length - 1];
  if (last && sameStyle(last, frag)) last.text += frag.text;
  else list.push({ ...frag });
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09;
}

/**
 * Split styled runs into words; a word may span runs ("**bold**,"). Each stretch between spaces
 * is taken as one slice of the run's text (not character by character: this runs for every line
 * of every packet).
 */
export function toWords(runs: readonly Run[], measure: Measure): Word[] {
  const words: Word[] = [];
  let current: Word | undefined;
  let pendingSpace: Fragment | undefined;
  for (const run of runs) {
    const face = faceOf(run);
    const text = run.text;
    let i = 0;
    while (i < text.length) {
      if (isSpace(text.charCodeAt(i))) {
        if (current) {
          words.push(current);
          current = undefined;
        }
        pendingSpace = run.underline ? { text: ' ', face, underline: true } : { text: ' ', face };
        i += 1;
        continue;
      }
      let end = i + 1;
      while (end < text.length && !isSpace(text.charCodeAt(end))) end += 1;
      if (!current) {
        current = { fragments: [], width: 0 };
        if (pendingSpace && words.length > 0) current.space = pendingSpace;
        pendingSpace = undefined;
      }
      const piece = text.slice(i, end);
      appendFragment(
        current.fragments,
        run.underline ? { text: piece, face, underline: true } : { text: piece, face },
      );
      i = end;
    }
  }
  if (current) words.push(current);
  for (const w of words) w.width = w.fragments.reduce((sum, f) => sum + measure(f.text, f.face), 0);
  return words;
}

/** Break an overlong word into pieces that each fit the width. */
function splitWord(word: Word, width: number, measure: Measure): Word[] {
  const pieces: Word[] = [];
  let piece: Word = { fragments: [], width: 0 };
  if (word.space) piece.space = word.space;
  for (const frag of word.fragments) {
    for (const ch of frag.text) {
      const w = measure(ch, frag.face);
      if (piece.width + w > width && piece.fragments.length > 0) {
        pieces.push(piece);
        piece = { fragments: [], width: 0 };
      }
      appendFragment(piece.fragments, { ...frag, text: ch });
      piece.width += w;
    }
  }
  if (piece.fragments.length > 0) pieces.push(piece);
  return pieces;
}

/**
 * Greedy line breaking of styled runs. `firstWidth` lets the first line be shorter (a numbered
 * paragraph's number or a first-line indent). Every word lands on exactly one line, in order.
 */
export function breakLines(
  runs: readonly Run[],
  width: number,
  measure: Measure,
  firstWidth: number = width,
): LaidLine[] {
  const lines: LaidLine[] = [];
  let line: LaidLine = { fragments: [], width: 0 };
  const limit = (): number => (lines.length === 0 ? firstWidth : width);
  const pushWord = (word: Word, withSpace: boolean): void => {
    if (withSpace && word.space) {
      appendFragment(line.fragments, word.space);
      line.width += measure(' ', word.space.face);
    }
    for (const f of word.fragments) appendFragment(line.fragments, f);
    line.width += word.width;
  };
  const queue = toWords(runs, measure);
  for (let i = 0; i < queue.length; i += 1) {
    const word = queue[i] as Word;
    const empty = line.fragments.length === 0;
    const spaceWidth = !empty && word.space ? measure(' ', word.space.face) : 0;
    if (line.width + spaceWidth + word.width <= limit() + 0.001) {
      pushWord(word, !empty);
      continue;
    }
    if (!empty) {
      lines.push(line);
      line = { fragments: [], width: 0 };
    }
    const chars = word.fragments.reduce((n, f) => n + [...f.text].length, 0);
    if (word.width > limit() + 0.001 && chars > 1) {
      const pieces = splitWord(word, limit(), measure);
      queue.splice(i, 1, ...pieces);
      i -= 1;
      continue;
    }
    pushWord(word, false);
  }
  if (line.fragments.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}
