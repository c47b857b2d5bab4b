import type { Request, Response } from 'express';
import { z } from 'zod';
import { DraftSchema, openValue, sealValue } from './codec';
import { readCookies } from './csrf';
import type { Lang } from '../i18n';
import type { Draft } from './draft';
import { isStepId, type StepId } from './flow';
import type { Special, View } from './steps/types';

/**
 * POST-redirect-GET without server state (docs/decisions.md, "Back and Reload without
 * resubmitting"). After a form is posted by a plain navigation (no JavaScript), the page to show —
 * the draft, the step, and any errors or typed answers — is sealed like the draft (encrypted,
 * bound to the CSRF cookie) into session cookies, and the browser is sent to the step's own
 * address. That GET reads the cookies back, so Back and Reload are plain GETs of this browser's
 * latest answers: never "Confirm Form Resubmission", and nothing kept on the server.
 */

const LABEL = 'view.v1';
const NAME = 'view';
/** A browser keeps about 4 KB a cookie; a request's headers must stay well under Node's 16 KB. */
export const CHUNK = 3800;
export const MAX_CHUNKS = 3;

export interface ShownPage extends View {
  step: StepId;
  draft: Draft;
  special?: Special;
}

const ErrorSchema = z.object({ path: z.string(), message: z.string() }).passthrough();
const SpecialSchema = z.union([
  z.object({ name: z.literal('no-law') }),
  z.object({ name: z.literal('no-restitution'), code: z.string() }),
  z.object({
    name: z.literal('confirm-remove'),
    list: z.enum(['records', 'periods', 'losses']),
    index: z.number().int().min(0),
  }),
]);
const ShownSchema = z.object({
  step: z.string().refine(isStepId),
  draft: DraftSchema,
  errors: z.array(ErrorSchema).max(400).optional(),
  typed: z.unknown().optional(),
  index: z.number().int().min(0).optional(),
  rows: z.number().int().min(0).max(200).optional(),
  special: SpecialSchema.optional(),
});

function cookieName(req: Request, i: number): string {
  // `__Host-` cookies need HTTPS; on plain HTTP (local use, tests) the plain name is used.
  return `${req.secure ? '__Host-' : ''}${NAME}${i}`;
}

function options(req: Request) {
  return { httpOnly: true, sameSite: 'strict' as const, secure: req.secure, path: '/' };
}

/** A form post the browser made as a navigation (no JavaScript): the one that can be re-sent. */
export function isNavigation(req: Request): boolean {
  return req.get('sec-fetch-mode') === 'navigate';
}

/** What a step's address finds in this browser's view cookies. */
export type Sealed =
  | { kind: 'page'; page: ShownPage }
  /** The latest page was too large for cookies: it is only in the answer to the post. */
  | { kind: 'too-large'; step: StepId; lang: Lang };

const BROTLI_PREFIX = 'b.';
const LABEL_BROTLI = 'view.br.v1';
const LABEL_TOO_LARGE = 'view.big.v1';
const TooLargeSchema = z.object({
  tooLarge: z.literal(true),
  step: z.string().refine(isStepId),
  lang: z.enum(['en', 'es']),
});

function writeToken(req: Request, res: Response, token: string): void {
  for (let i = 0; i < MAX_CHUNKS; i++) {
    const part = token.slice(i * CHUNK, (i + 1) * CHUNK);
    if (part) res.cookie(cookieName(req, i), part, options(req));
    else res.clearCookie(cookieName(req, i), options(req));
  }
}

const fits = (token: string) => token.length <= CHUNK * MAX_CHUNKS;

/**
 * Seal the page into this browser's view cookies: deflated, or when that is too large, Brotli at
 * its best (slower, but only for long pages). False when even that is too large (an account of
 * many thousand characters in words that hardly compress): the page is then sent as the answer to
 * the post, and the cookies say only that, so Back to an earlier step explains where the answers
 * are instead of starting again (docs/decisions.md, "A page too large for the view cookies").
 */
export function storeShown(
  req: Request,
  res: Response,
  page: ShownPage,
  secret: Buffer,
  binding: string,
): boolean {
  const token = sealValue(page, secret, binding, LABEL);
  if (fits(token)) {
    writeToken(req, res, token);
    return true;
  }
  const smaller =
    BROTLI_PREFIX + sealValue(page, secret, binding, LABEL_BROTLI, Date.now(), 'brotli');
  if (fits(smaller)) {
    writeToken(req, res, smaller);
    return true;
  }
  writeToken(
    req,
    res,
    sealValue(
      { tooLarge: true, step: page.step, lang: page.draft.lang },
      secret,
      binding,
      LABEL_TOO_LARGE,
    ),
  );
  return false;
}

/** What is sealed for this browser, if its cookies are there, whole, and bound to its CSRF cookie. */
export function readSealed(req: Request, secret: Buffer, binding: string): Sealed | undefined {
  const cookies = readCookies(req);
  let token = '';
  for (let i = 0; i < MAX_CHUNKS; i++) token += cookies[cookieName(req, i)] ?? '';
  if (!token) return undefined;
  if (token.startsWith(BROTLI_PREFIX)) {
    const value = openValue(
      token.slice(BROTLI_PREFIX.length),
      secret,
      binding,
      LABEL_BROTLI,
      Date.now(),
      'brotli',
    );
    const parsed = ShownSchema.safeParse(value);
    return parsed.success ? { kind: 'page', page: parsed.data as ShownPage } : undefined;
  }
  const parsed = ShownSchema.safeParse(openValue(token, secret, binding, LABEL));
  if (parsed.success) return { kind: 'page', page: parsed.data as ShownPage };
  const marker = TooLargeSchema.safeParse(openValue(token, secret, binding, LABEL_TOO_LARGE));
  return marker.success
    ? { kind: 'too-large', step: marker.data.step as StepId, lang: marker.data.lang }
    : undefined;
}

/** Forget the sealed page (quick exit). */
export function clearShown(res: Response): void {
  for (let i = 0; i < MAX_CHUNKS; i++)
    for (const secure of [false, true])
      res.clearCookie(`${secure ? '__Host-' : ''}${NAME}${i}`, {
        httpOnly: true,
        sameSite: 'strict',
        secure,
        path: '/',
      });
}
