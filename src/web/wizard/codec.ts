import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import {
  brotliCompressSync,
  brotliDecompressSync,
  constants as zlibConstants,
  deflateRawSync,
  inflateRawSync,
} from 'node:zlib';
import { z } from 'zod';
import { MAX_RECORDS, type Draft } from './draft';

const MAX_JSON_BYTES = 512 * 1024;
const str = z.string().max(25000);

const RecordDraftSchema = z.object({
  offense: str,
  description: str,
  arrestDate: str,
  convicted: str,
  convictionDate: str,
  court: str,
  county: str,
  docketNumber: str,
  juvenile: str,
  // Added later: a draft signed before these existed still reads, with the questions unanswered.
  disposition: str.default(''),
  imprisoned: str.default(''),
  offenseDate: str.default(''),
  childVictim: str.default(''),
  arrestPlace: str.default(''),
  courtKind: str.default(''),
});

const PeriodDraftSchema = z.object({
  start: str,
  end: str,
  hoursPerWeek: str,
  daysPerWeek: str,
  grossToDefendant: str,
  paidToVictim: str,
  marketRatePerHour: str,
});

const LossDraftSchema = z.object({
  category: str,
  description: str,
  amount: str,
  start: str,
  end: str,
});

/** The shape a signed draft must have; anything else is refused, even with a good signature. */
export const DraftSchema = z.object({
  lang: z.enum(['en', 'es']),
  who: z.enum(['self', 'attorney']).optional(),
  relief: z.enum(['vacatur', 'restitution']).optional(),
  jurisdiction: str.optional(),
  records: z.array(RecordDraftSchema).max(MAX_RECORDS),
  recordsDone: z.boolean().optional(),
  trafficking: z
    .object({
      types: z.array(str).max(5),
      startDate: str,
      endDate: str,
      servicesSoughtDate: str,
      documentation: z.array(str).max(20),
    })
    .optional(),
  narrative: str.optional(),
  outcomeSeen: z.boolean().optional(),
  person: z
    .object({
      legalName: str,
      otherNames: str,
      dateOfBirth: str,
      line1: str,
      line2: str,
      city: str,
      state: str,
      postalCode: str,
      phone: str,
      email: str,
    })
    .optional(),
  attorney: z
    .object({
      attorneyName: str,
      barNumber: str,
      firm: str,
      attorneyPhone: str,
      attorneyEmail: str,
    })
    .optional(),
  criminalCase: z.object({ court: str, caseNumber: str, defendants: str }).optional(),
  periods: z.array(PeriodDraftSchema).max(100).default([]),
  periodsDone: z.boolean().optional(),
  losses: z.array(LossDraftSchema).max(200).default([]),
  lossesDone: z.boolean().optional(),
  claimSeen: z.boolean().optional(),
  returnTo: z.literal('check').optional(),
});

/** How long a page's answers stay usable after the page was made: a stored form dies with it. */
export const DRAFT_MAX_AGE_MS = 8 * 60 * 60 * 1000;
/** A page made a little "in the future" by another instance's clock is still accepted. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const VERSION = 2;
const IV_BYTES = 12;
const TAG_BYTES = 16;

const keys = new WeakMap<Buffer, Buffer>();

/** The draft key: AES-256, derived (HKDF-SHA256) from the server secret, never the secret itself. */
function draftKey(secret: Buffer): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'relief', 'relief draft v2 aes-256-gcm', 32));
    keys.set(secret, key);
  }
  return key;
}

/** What the draft is bound to: this browser's CSRF cookie, so it is useless without that cookie. */
function aad(binding: string): Buffer {
  return Buffer.from(`draft.v2.${binding}`, 'utf8');
}

/**
 * Draft → one base64url token: version, IV, AES-256-GCM ciphertext of the compressed JSON (with
 * the time it was made), tag. Encrypted, not only signed: the page source, the browser's stored
 * form bodies and the network path reveal nothing without the server's key, and the `binding`
 * (the browser's CSRF cookie) must match to read it back.
 */
export function encodeDraft(
  draft: Draft,
  secret: Buffer,
  binding = '',
  now: number = Date.now(),
): string {
  const plain = deflateRawSync(Buffer.from(JSON.stringify({ at: now, draft }), 'utf8'));
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', draftKey(secret), iv);
  cipher.setAAD(aad(binding));
  const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, sealed, cipher.getAuthTag()]).toString(
    'base64url',
  );
}

const SealedSchema = z.object({ at: z.number().int(), draft: z.unknown() });

/** The draft, or undefined when it is missing, altered, too old, bound to another browser, or not a draft. */
export function decodeDraft(
  token: string,
  secret: Buffer,
  binding = '',
  now: number = Date.now(),
): Draft | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
  const raw = Buffer.from(token, 'base64url');
  if (raw.length < 1 + IV_BYTES + TAG_BYTES || raw[0] !== VERSION) return undefined;
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      draftKey(secret),
      raw.subarray(1, 1 + IV_BYTES),
    );
    decipher.setAAD(aad(binding));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    const plain = Buffer.concat([
      decipher.update(raw.subarray(1 + IV_BYTES, raw.length - TAG_BYTES)),
      decipher.final(),
    ]);
    const json = inflateRawSync(plain, { maxOutputLength: MAX_JSON_BYTES }).toString('utf8');
    const sealed = SealedSchema.safeParse(JSON.parse(json));
    if (!sealed.success) return undefined;
    const age = now - sealed.data.at;
    if (age > DRAFT_MAX_AGE_MS || age < -CLOCK_SKEW_MS) return undefined;
    const parsed = DraftSchema.safeParse(sealed.data.draft);
    return parsed.success ? (parsed.data as Draft) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Any JSON value sealed as a draft is (AES-256-GCM under the draft key, compressed, timed), under
 * its own `label` so a token of one kind is never read as another. Bound to `binding` (the CSRF
 * cookie). Used for the page to show after a redirect (view-cookie.ts).
 */
/** How a sealed value is compressed: deflate (fast), or Brotli at its best (slower, ~15% smaller on prose). */
export type Packing = 'deflate' | 'brotli';

function pack(json: Buffer, packing: Packing): Buffer {
  if (packing === 'deflate') return deflateRawSync(json);
  return brotliCompressSync(json, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
      [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: json.length,
    },
  });
}

function unpack(packed: Buffer, packing: Packing): Buffer {
  return packing === 'deflate'
    ? inflateRawSync(packed, { maxOutputLength: MAX_JSON_BYTES })
    : brotliDecompressSync(packed, { maxOutputLength: MAX_JSON_BYTES });
}

export function sealValue(
  value: unknown,
  secret: Buffer,
  binding: string,
  label: string,
  now: number = Date.now(),
  packing: Packing = 'deflate',
): string {
  const plain = pack(Buffer.from(JSON.stringify({ at: now, value }), 'utf8'), packing);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', draftKey(secret), iv);
  cipher.setAAD(Buffer.from(`${label}.${binding}`, 'utf8'));
  const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url');
}

/** The sealed value, or undefined when it is missing, altered, too old or bound to another browser. */
export function openValue(
  token: string,
  secret: Buffer,
  binding: string,
  label: string,
  now: number = Date.now(),
  packing: Packing = 'deflate',
): unknown {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
  const raw = Buffer.from(token, 'base64url');
  if (raw.length < IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', draftKey(secret), raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(`${label}.${binding}`, 'utf8'));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    const plain = Buffer.concat([
      decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)),
      decipher.final(),
    ]);
    const json = unpack(plain, packing).toString('utf8');
    const sealed = z
      .object({ at: z.number().int(), value: z.unknown() })
      .safeParse(JSON.parse(json));
    if (!sealed.success) return undefined;
    const age = now - sealed.data.at;
    if (age > DRAFT_MAX_AGE_MS || age < -CLOCK_SKEW_MS) return undefined;
    return sealed.data.value;
  } catch {
    return undefined;
  }
}
