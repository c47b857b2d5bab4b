import { constants, crc32, deflateRawSync } from 'node:zlib';
import { ZipFile } from 'yazl';

/** Post-processing of the DOCX package so the same packet always gives the same bytes. */

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** docProps/core.xml with the title only: no author, and dates only when given. */
export function coreXml(title: string, created?: Date): string {
  const date = created ? created.toISOString().replace(/\.\d{3}Z$/, 'Z') : undefined;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title>` +
    (date
      ? `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>` +
        `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>`
      : '') +
    '</cp:coreProperties>'
  );
}

/** The date every ZIP entry carries when none is given (the earliest a ZIP can hold). */
export const ZIP_EPOCH = new Date(1980, 0, 1, 0, 0, 0);

/** Build a ZIP in memory with fixed entry dates; `store` entries are not compressed. */
export function writeZip(
  entries: readonly { name: string; data: Uint8Array; store?: boolean }[],
  mtime: Date = ZIP_EPOCH,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const zip = new ZipFile();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    for (const e of entries)
      zip.addBuffer(Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength), e.name, {
        mtime,
        mode: 0o100644,
        compress: !e.store,
      });
    zip.end();
  });
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;

/** MS-DOS time and date fields for a ZIP entry. */
function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

interface RawEntry {
  name: Buffer;
  method: number;
  crc: number;
  compressed: Buffer;
  size: number;
}

/** The entries of a (non-ZIP64) ZIP with their compressed bytes, without inflating them. */
function rawEntries(zip: Buffer): RawEntry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i -= 1)
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error('The DOCX package is not a ZIP file');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out: RawEntry[] = [];
  for (let n = 0; n < count; n += 1) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('Broken ZIP central directory');
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const csize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLen = zip.readUInt16LE(at + 28);
    const extraLen = zip.readUInt16LE(at + 30);
    const commentLen = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLen);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error('Broken ZIP local header');
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    out.push({ name, method, crc, compressed: zip.subarray(dataAt, dataAt + csize), size });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Write entries as a ZIP with one fixed date, keeping already-compressed data as it is. */
function writeRaw(entries: RawEntry[], when: Date): Uint8Array {
  const { time, date } = dosDateTime(when);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.compressed.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(e.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.compressed.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(e.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, e.name, e.compressed);
    centrals.push(central, e.name);
    offset += 30 + e.name.length + e.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

function replaced(name: Buffer, text: string): RawEntry {
  const data = Buffer.from(text, 'utf8');
  return { name, method: 8, crc: crc32(data), compressed: deflateRawSync(data), size: data.length };
}

/**
 * Rewrite the package docx wrote: core properties replaced, one fixed entry date. Untouched
 * entries keep their compressed bytes (no re-deflate). (The documents hold no drawing shapes,
 * whose random ids docx would make differ from one run to the next.)
 */
export function repackDocx(bytes: Uint8Array, title: string, created?: Date): Uint8Array {
  const entries = rawEntries(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).map(
    (e) =>
      e.name.toString('utf8') === 'docProps/core.xml'
        ? replaced(e.name, coreXml(title, created))
        : e,
  );
  return writeRaw(entries, created ?? ZIP_EPOCH);
}

/** The parts of a package as docx's compiler gives them, in order: XML text or bytes. */
export type PackageParts = ReadonlyMap<string, string | Uint8Array>;

function deflated(name: string, data: Buffer): RawEntry {
  return {
    name: Buffer.from(name, 'utf8'),
    method: 8,
    crc: crc32(data),
    compressed: deflateRawSync(data, { level: constants.Z_DEFAULT_COMPRESSION }),
    size: data.length,
  };
}

/**
 * Parts of the package that hold no text of the case: docx writes them from our fixed styles,
 * numbering definitions and its own defaults, the same for every packet (or for every packet of
 * one shape). Their compressed bytes are kept, one version per part name, and reused while the
 * part's text is the same. Never the document, headers, footers or core properties.
 */
export const STATIC_PART_NAMES: ReadonlySet<string> = new Set([
  '[Content_Types].xml',
  '_rels/.rels',
  'docProps/app.xml',
  'docProps/custom.xml',
  'word/styles.xml',
  'word/numbering.xml',
  'word/settings.xml',
  'word/fontTable.xml',
  'word/_rels/fontTable.xml.rels',
  'word/theme/theme1.xml',
  'word/footnotes.xml',
  'word/_rels/footnotes.xml.rels',
  'word/endnotes.xml',
  'word/_rels/endnotes.xml.rels',
]);

const staticEntries = new Map<string, { text: string; entry: RawEntry }>();

/** The compressed static parts kept in this thread, by name (tests check what they hold). */
export function staticPartTexts(): ReadonlyMap<string, string> {
  return new Map([...staticEntries].map(([name, { text }]) => [name, text]));
}

function staticEntry(name: string, text: string): RawEntry {
  const kept = staticEntries.get(name);
  if (kept && kept.text === text) return kept.entry;
  const entry = deflated(name, Buffer.from(text, 'utf8'));
  staticEntries.set(name, { text, entry });
  return entry;
}

/**
 * Zip docx's compiled parts with Node's zlib (native) instead of docx's own JavaScript zip,
 * applying what `repackDocx` would afterwards (core properties, one entry date) before
 * compressing, so nothing is inflated and deflated twice. Static parts (above) are compressed
 * once per thread.
 */
export function packDocxParts(parts: PackageParts, title: string, created?: Date): Uint8Array {
  const entries: RawEntry[] = [];
  for (const [name, data] of parts) {
    if (name === 'docProps/core.xml') {
      entries.push(deflated(name, Buffer.from(coreXml(title, created), 'utf8')));
      continue;
    }
    if (typeof data !== 'string') {
      entries.push(deflated(name, Buffer.from(data.buffer, data.byteOffset, data.byteLength)));
      continue;
    }
    entries.push(
      STATIC_PART_NAMES.has(name)
        ? staticEntry(name, data)
        : deflated(name, Buffer.from(data, 'utf8')),
    );
  }
  return writeRaw(entries, created ?? ZIP_EPOCH);
}
