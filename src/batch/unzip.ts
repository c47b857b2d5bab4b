import { inflateRawSync } from 'node:zlib';
import type { BatchFile } from './types';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Thrown only when the packet renderer hands back bytes that are not a ZIP (a programming fault). */
export class NotAZipError extends Error {}

/**
 * Read the files of a small in-memory ZIP (the per-client packet ZIP the render pool makes), so
 * they can be re-filed under the client's folder. Stored and deflated entries; no ZIP64.
 */
export function unzipFiles(zip: Uint8Array): BatchFile[] {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new NotAZipError('no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  const files: BatchFile[] = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(offset) !== CENTRAL) throw new NotAZipError('bad central directory');
    const method = buf.readUInt16LE(offset + 10);
    const compressedSize = buf.readUInt32LE(offset + 20);
    const nameLength = buf.readUInt16LE(offset + 28);
    const extraLength = buf.readUInt16LE(offset + 30);
    const commentLength = buf.readUInt16LE(offset + 32);
    const local = buf.readUInt32LE(offset + 42);
    const name = buf.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (buf.readUInt32LE(local) !== LOCAL) throw new NotAZipError('bad local header');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + compressedSize);
    if (method !== 0 && method !== 8) throw new NotAZipError(`compression method ${method}`);
    const bytes = method === 0 ? new Uint8Array(data) : new Uint8Array(inflateRawSync(data));
    files.push({ name: name.slice(name.lastIndexOf('/') + 1), bytes });
  }
  return files;
}
