import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { ZipFile } from 'yazl';
import { COLUMNS, type Column } from '../../src/batch/columns';
import type { BatchFile, RenderClient } from '../../src/batch/types';
import type { Case } from '../../src/domain/case-schema';
import { registryOf } from '../../src/jurisdictions/load-packs';
import { testPack } from '../helpers/test-pack';

export const TODAY = '2026-11-27';
export const registry = registryOf([testPack()]);

export type Row = Partial<Record<Column, string>>;

/** A good row for the test pack (US-NY shaped, invented law); override what a test needs. */
export function goodRow(clientId: string, overrides: Row = {}): Row {
  return {
    client_id: clientId,
    jurisdiction: 'US-NY',
    relief: 'vacatur',
    legal_name: 'Nguyễn Thị Ánh',
    date_of_birth: '1990-04-12',
    offense: 'PL 230.00',
    arrest_date: '2012-03-01',
    conviction_date: '2012-03-02',
    court: 'Criminal Court',
    county: 'Queens',
    trafficking_types: 'sex',
    trafficking_start: '2010-01-01',
    trafficking_end: '2014-06-30',
    narrative: 'In my own words, with a comma, and "quotes"\nand a second line.',
    ...overrides,
  };
}

/** Rows → CSV text with every template column (plain quoting, no formula escaping). */
export function csvOf(rows: Row[], columns: readonly string[] = COLUMNS): string {
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [
    columns.join(','),
    ...rows.map((r) => columns.map((c) => quote(r[c as Column] ?? '')).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

export function streamOf(text: string, chunk = 7): Readable {
  const buf = Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  for (let i = 0; i < buf.length; i += chunk) parts.push(buf.subarray(i, i + chunk));
  return Readable.from(parts);
}

async function tinyZip(name: string, text: string): Promise<Uint8Array> {
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from(text), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/** A stand-in for the documents layer: a "PDF" and a real (tiny) DOCX-shaped ZIP per client. */
export function fakeRenderer(
  opts: { failFor?: string; delayMs?: number; padBytes?: number } = {},
): RenderClient & { calls: Case[] } {
  const calls: Case[] = [];
  const render = async (c: Case): Promise<BatchFile[]> => {
    calls.push(c);
    if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
    if (opts.failFor && c.petitioner.legalName === opts.failFor) throw new Error('renderer fault');
    return [
      {
        name: '01-motion-to-vacate.pdf',
        bytes: new TextEncoder().encode(
          `%PDF-1.7\n${c.petitioner.legalName}\n${' '.repeat(opts.padBytes ?? 0)}%%EOF`,
        ),
      },
      {
        name: '01-motion-to-vacate.docx',
        bytes: await tinyZip('word/document.xml', `<w:t>${c.petitioner.legalName}</w:t>`),
      },
      {
        name: '02-filing-instructions.pdf',
        bytes: new TextEncoder().encode('%PDF-1.7\ninstructions\n%%EOF'),
      },
    ];
  };
  return Object.assign(render, { calls });
}

export async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(String(c)));
  return Buffer.concat(chunks);
}

/** Read a ZIP back with an independent reader (yauzl): every entry's name and bytes. */
export function readZip(buf: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, s) => {
          if (e || !s) return reject(e ?? new Error('no stream'));
          const parts: Buffer[] = [];
          s.on('data', (d: Buffer) => parts.push(d));
          s.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(parts));
            zip.readEntry();
          });
          s.on('error', reject);
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** The ZIP's own comment (end of central directory), read with yauzl. */
export function readZipComment(buf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      resolve(zip.comment);
      zip.close();
    });
  });
}

/** Parse a CSV we wrote (BOM, CRLF, quoted cells) into rows of cells, header included. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const t = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (quoted) {
      if (ch === '"' && t[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && t[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** A render pool stand-in: the batch job answers the fake renderer's files; `generate` is unused. */
export function fakeZipPool(): {
  generate(req: {
    case: Case;
    format: string;
    today: string;
  }): Promise<{ filename: string; contentType: string; bytes: Uint8Array }>;
  generateFolder(req: {
    case: Case;
    today: string;
    lang?: string;
    assessment?: unknown;
  }): Promise<BatchFile[]>;
  close(): Promise<void>;
  calls: number;
  langs: string[];
  /** How many folders came with the batch's own assessment. */
  assessed: number;
} {
  const render = fakeRenderer();
  const pool = {
    calls: 0,
    langs: [] as string[],
    assessed: 0,
    async generate(): Promise<{ filename: string; contentType: string; bytes: Uint8Array }> {
      throw new Error('batch renders through generateFolder');
    },
    async generateFolder(req: { case: Case; today: string; lang?: string; assessment?: unknown }) {
      pool.calls += 1;
      pool.langs.push(req.lang ?? 'en');
      if (req.assessment) pool.assessed += 1;
      return render(req.case, req.today);
    },
    async close() {},
  };
  return pool;
}
