import type { Request, Response } from 'express';
import { z } from 'zod';
import { DraftSchema, openValue, sealValue } from './codec';
import { readCookies } from './csrf';
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

/**
 * Seal the page into this browser's view cookies. False when it is too large for cookies (a very
 * long account): the page is then sent as the answer to the post, as before, and old cookies go.
 */
export function storeShown(
  req: Request,
  res: Response,
  page: ShownPage,
  secret: Buffer,
  binding: string,
): boolean {
  const token = sealValue(page, secret, binding, LABEL);
  const chunks = Math.ceil(token.length / CHUNK);
  if (chunks > MAX_CHUNKS) {
    clearShown(res);
    return false;
  }
  for (let i = 0; i < MAX_CHUNKS; i++) {
    const part = token.slice(i * CHUNK, (i + 1) * CHUNK);
    if (part) res.cookie(cookieName(req, i), part, options(req));
    else res.clearCookie(cookieName(req, i), options(req));
  }
  return true;
}

/** The page sealed for this browser, if its cookies are there, whole, and bound to its CSRF cookie. */
export function readShown(req: Request, secret: Buffer, binding: string): ShownPage | undefined {
  const cookies = readCookies(req);
  let token = '';
  for (let i = 0; i < MAX_CHUNKS; i++) token += cookies[cookieName(req, i)] ?? '';
  if (!token) return undefined;
  const parsed = ShownSchema.safeParse(openValue(token, secret, binding, LABEL));
  return parsed.success ? (parsed.data as ShownPage) : undefined;
}

/** Forget the sealed page (quick exit, or a page too large to seal). */
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
