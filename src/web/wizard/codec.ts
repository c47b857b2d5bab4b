import { createHmac, timingSafeEqual } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
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

function mac(secret: Buffer, payload: string): string {
  return createHmac('sha256', secret).update(`draft.v1.${payload}`).digest('base64url');
}

/** Draft → `payload.signature` (compressed JSON, base64url, HMAC-SHA256). Not encrypted: it is the person's own data. */
export function encodeDraft(draft: Draft, secret: Buffer): string {
  const payload = deflateRawSync(Buffer.from(JSON.stringify(draft), 'utf8')).toString('base64url');
  return `${payload}.${mac(secret, payload)}`;
}

/** The draft, or undefined when it is missing, altered, or not a draft. */
export function decodeDraft(token: string, secret: Buffer): Draft | undefined {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return undefined;
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const json = inflateRawSync(Buffer.from(payload, 'base64url'), {
      maxOutputLength: MAX_JSON_BYTES,
    }).toString('utf8');
    const parsed = DraftSchema.safeParse(JSON.parse(json));
    return parsed.success ? (parsed.data as Draft) : undefined;
  } catch {
    return undefined;
  }
}
