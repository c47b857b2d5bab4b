import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromBuffer, type Entry } from 'yauzl';

interface PdfTextItem {
  str?: string;
  /** [a, b, c, d, x, y]: y is the baseline, in points from the bottom of the page. */
  transform?: number[];
}
interface PdfPage {
  getTextContent(): Promise<{ items: PdfTextItem[] }>;
}
interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  getMetadata(): Promise<{ info: Record<string, unknown> }>;
  destroy(): Promise<void>;
}
interface PdfJs {
  getDocument(src: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    useSystemFonts?: boolean;
    verbosity?: number;
  }): {
    promise: Promise<PdfDoc>;
  };
}

// pdf.js runs its parser in this thread when no worker is configured (Node).
const pdfjs = require('pdfjs-dist/legacy/build/pdf.js') as PdfJs;

export interface ReadPdf {
  pages: string[];
  info: Record<string, unknown>;
}

function openPdf(bytes: Uint8Array): Promise<PdfDoc> {
  return pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 })
    .promise;
}

/** Read a PDF with pdf.js: the text of each page and the document information. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await openPdf(bytes);
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((i) => i.str ?? '')
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return { pages, info };
}

/** The highest baseline of any text on each page, in points from the bottom (pdf.js). */
export async function topBaselines(bytes: Uint8Array): Promise<number[]> {
  const doc = await openPdf(bytes);
  const tops: number[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const { items } = await (await doc.getPage(n)).getTextContent();
    const ys = items
      .filter((i) => (i.str ?? '').trim() && i.transform)
      .map((i) => i.transform![5]!);
    tops.push(Math.max(...ys));
  }
  await doc.destroy();
  return tops;
}

/**
 * The text of each page's lowest line above the footer (baselines under 60 pt from the bottom are
 * the footer's), read with pdf.js.
 */
export async function lowestLines(bytes: Uint8Array): Promise<string[]> {
  const doc = await openPdf(bytes);
  const out: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const { items } = await (await doc.getPage(n)).getTextContent();
    const body = items.filter((i) => (i.str ?? '').trim() && i.transform && i.transform[5]! >= 60);
    const lowest = Math.min(...body.map((i) => Math.round(i.transform![5]!)));
    out.push(
      body
        .filter((i) => Math.round(i.transform![5]!) === lowest)
        .map((i) => i.str)
        .join(''),
    );
  }
  await doc.destroy();
  return out;
}

/** Every entry of a ZIP, and whether it was stored uncompressed. */
export function readZipEntries(
  bytes: Uint8Array,
): Promise<Map<string, { data: Buffer; stored: boolean }>> {
  return new Promise((resolve, reject) => {
    fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out = new Map<string, { data: Buffer; stored: boolean }>();
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.on('entry', (entry: Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, {
              data: Buffer.concat(chunks),
              stored: entry.compressionMethod === 0,
            });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

export function hasTool(name: string): boolean {
  return spawnSync('which', [name]).status === 0;
}

/**
 * mutool's warnings while drawing every page (FreeType reports broken glyph outlines). mutool
 * needs a seekable file, so the fixture PDF (no personal data) goes to a temp folder, then is removed.
 */
export function mutoolWarnings(bytes: Uint8Array): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'relief-mutool-'));
  try {
    const file = path.join(dir, 'fixture.pdf');
    writeFileSync(file, bytes);
    const result = spawnSync('mutool', ['draw', '-o', '/dev/null', '-F', 'txt', file]);
    return result.stderr
      .toString()
      .split('\n')
      .filter((l) => l.trim() && !/^page /.test(l) && !/ICC support is not available/.test(l));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pdffonts' rows (name, type, encoding, emb, sub, uni) for a fixture PDF. */
export function pdffonts(bytes: Uint8Array): string[] {
  const result = spawnSync('pdffonts', ['-'], { input: Buffer.from(bytes) });
  return result.stdout
    .toString()
    .split('\n')
    .slice(2)
    .filter((l) => l.trim());
}
