import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MARGIN, PAGE_HEIGHT, PLEADING } from '../../../src/documents/render/page-geometry';

/** Test-only helpers: DOCX files through LibreOffice, and PDFs read back word by word. */

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
}

export type PdfPage = PdfWord[];

function run(cmd: string, args: string[], timeout: number): string {
  const result = spawnSync(cmd, args, { encoding: 'utf8', timeout, maxBuffer: 256 * 1024 * 1024 });
  if (result.error)
    throw new Error(
      `${cmd} could not run (${result.error.message}). Install it: apt-get install ${
        cmd === 'soffice' ? 'libreoffice-writer' : 'poppler-utils'
      }`,
    );
  if (result.status !== 0) throw new Error(`${cmd} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

/**
 * Convert every DOCX in `dir` to PDF in `outDir` with one soffice call (it starts slowly), in a
 * private LibreOffice profile `profileDir`. Throws when soffice is missing or a file did not come out.
 */
export function convertDocxToPdf(dir: string, outDir: string, profileDir: string): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.docx'))
    .map((f) => path.join(dir, f));
  run(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...files,
    ],
    300_000,
  );
  const made = new Set(readdirSync(outDir));
  const lost = files.map((f) => path.basename(f, '.docx') + '.pdf').filter((f) => !made.has(f));
  if (lost.length) throw new Error(`LibreOffice made no PDF for ${lost.join(', ')}`);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X'))
      return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

/** Every word of a PDF file with its position (pdftotext -bbox), page by page. */
export function pdfPages(file: string): PdfPage[] {
  const html = run('pdftotext', ['-bbox', file, '-'], 60_000);
  return html
    .split(/<page /)
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        text: normalise(unescape(m[4] ?? '')),
      })),
    );
}

/** One spelling for what differs only in encoding: ligatures, soft and non-breaking hyphens. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\u00AD/g, '')
    .replace(/[\u2010\u2011]/g, '-');
}

/** Words on one line (same top, within a point), top to bottom. */
export function linesOf(page: PdfPage): PdfWord[][] {
  const lines: PdfWord[][] = [];
  for (const w of [...page].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
    const line = lines.find((l) => Math.abs((l[0] as PdfWord).yMin - w.yMin) < 1.5);
    if (line) line.push(w);
    else lines.push([w]);
  }
  return lines;
}

/** A pleading line number: 1–28 in the left margin. */
export function isLineNumber(w: PdfWord): boolean {
  return /^\d{1,2}$/.test(w.text) && Number(w.text) <= PLEADING.lines && w.xMax < MARGIN - 4;
}

/** The page-number line of a footer ("Page 2 of 5" in the PDF, "Page 2" in a packet DOCX). */
function isPageNumberLine(line: PdfWord[]): boolean {
  const first = line[0] as PdfWord;
  return (
    first.yMin > PAGE_HEIGHT - MARGIN &&
    /^(Page \d+( of \d+)?|Página \d+( de \d+)?)$/.test(line.map((w) => w.text).join(' '))
  );
}

/**
 * The words a reader reads, in reading order: without the furniture that may differ between the
 * PDF and a word processor (pleading line numbers, "Page N of M").
 */
export function readingWords(pages: PdfPage[]): string[] {
  const out: string[] = [];
  for (const page of pages) {
    const furniture = new Set<PdfWord>(page.filter(isLineNumber));
    for (const line of linesOf(page))
      if (isPageNumberLine(line)) line.forEach((w) => furniture.add(w));
    for (const w of page) if (!furniture.has(w) && w.text) out.push(w.text);
  }
  return out;
}

function count<T>(items: readonly T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const i of items) m.set(i, (m.get(i) ?? 0) + 1);
  return m;
}

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (
    let at = haystack.indexOf(needle);
    at >= 0;
    at = haystack.indexOf(needle, at + needle.length)
  )
    n += 1;
  return n;
}

/**
 * The words of `expected` that `actual` lacks, as often as they are lacking. A word that a word
 * processor broke differently (a long word split in a narrow table cell, "2:19-cr-" and "00456")
 * is not lacking when the text without spaces and hyphens holds it as often as the expected text
 * does. `repeated` words (table header rows, which repeat on each page a table runs onto) need
 * only be there once.
 */
export function lackingWords(
  expected: readonly string[],
  actual: readonly string[],
  repeated: ReadonlySet<string> = new Set(),
): string[] {
  const want = count(expected);
  const have = count(actual);
  const squash = (words: readonly string[]): string => words.join('').replace(/-/g, '');
  const expectedText = squash(expected);
  const actualText = squash(actual);
  const lacking: string[] = [];
  for (const [word, n] of want) {
    const short = n - (have.get(word) ?? 0);
    if (short <= 0) continue;
    const key = word.replace(/-/g, '');
    if (repeated.has(word) && occurrences(actualText, key) > 0) continue;
    const gap = occurrences(expectedText, key) - occurrences(actualText, key);
    for (let i = 0; i < Math.min(short, gap); i += 1) lacking.push(word);
    if (!key) for (let i = 0; i < short; i += 1) lacking.push(word);
  }
  return lacking;
}
