import { createHash } from 'node:crypto';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const MAX_LENGTH = 64;

/** 32-bit FNV-1a over the UTF-8 bytes: a stable hash that every machine computes the same way. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The client id as grouping sees it: NFC, trimmed. */
export function normaliseClientId(raw: string): string {
  return raw.normalize('NFC').trim();
}

/**
 * A client id made safe as a folder name in a ZIP on any system. An id that had to change gets a
 * short hash of the original, so two ids never share a folder and the name does not depend on
 * which other clients are in the run (shards name folders exactly as the whole run does).
 */
export function folderName(clientId: string): string {
  const cleaned = clientId
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^[._]+|[._ ]+$/g, '')
    .slice(0, MAX_LENGTH);
  const safe = cleaned && !WINDOWS_RESERVED.test(cleaned) ? cleaned : `client_${cleaned}`;
  if (safe === clientId) return safe;
  const hash = createHash('sha1').update(clientId, 'utf8').digest('hex').slice(0, 8);
  return `${safe.replace(/_$/, '')}-${hash}`;
}

/** The shard (0 … count-1) a client belongs to: a stable hash of its id. */
export function shardOf(clientId: string, count: number): number {
  return fnv1a(clientId) % count;
}

export interface Shard {
  index: number;
  count: number;
}

/** Parse `I/N` (0 ≤ I < N). Returns undefined when it is not that shape. */
export function parseShard(text: string): Shard | undefined {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index < count ? { index, count } : undefined;
}
