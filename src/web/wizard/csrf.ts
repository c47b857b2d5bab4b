import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';

/**
 * CSRF protection with no session: a signed double-submit token. The cookie and the hidden form
 * field carry the same `random.hmac`; a POST must send both, equal and correctly signed, and when
 * the browser says where the form came from (Origin or Referer), it must be this site.
 */
export const CSRF_FIELD = '_csrf';
const SECURE_COOKIE = '__Host-csrf';
const PLAIN_COOKIE = 'csrf';

function sign(secret: Buffer, value: string): string {
  return createHmac('sha256', secret).update(`csrf.v1.${value}`).digest('base64url');
}

export function newCsrfToken(secret: Buffer): string {
  const value = randomBytes(18).toString('base64url');
  return `${value}.${sign(secret, value)}`;
}

export function isSignedToken(token: string, secret: Buffer): boolean {
  const [value, signature, extra] = token.split('.');
  if (!value || !signature || extra !== undefined) return false;
  const a = Buffer.from(sign(secret, value));
  const b = Buffer.from(signature);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function readCookies(req: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

function cookieToken(req: Request): string | undefined {
  const cookies = readCookies(req);
  return cookies[SECURE_COOKIE] ?? cookies[PLAIN_COOKIE];
}

/** The token for this response's forms: the browser's own when it is valid, else a new one set as a cookie. */
export function ensureCsrfToken(req: Request, res: Response, secret: Buffer): string {
  const existing = cookieToken(req);
  if (existing && isSignedToken(existing, secret)) return existing;
  const token = newCsrfToken(secret);
  // `__Host-` cookies need HTTPS; on plain HTTP (local use, tests) the plain name is used.
  res.cookie(req.secure ? SECURE_COOKIE : PLAIN_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.secure,
    path: '/',
  });
  return token;
}

/** Forget this browser's token (quick exit): every page and draft bound to it stops working. */
export function clearCsrfCookies(res: Response): void {
  res.clearCookie(PLAIN_COOKIE, { httpOnly: true, sameSite: 'strict', path: '/' });
  res.clearCookie(SECURE_COOKIE, { httpOnly: true, sameSite: 'strict', secure: true, path: '/' });
}

function sameOrigin(header: string, host: string | undefined): boolean {
  try {
    return new URL(header).host === host;
  } catch {
    return false;
  }
}

/** False when the browser says the request came from another site (Origin, else Referer). */
export function fromThisSite(req: Request): boolean {
  const host = req.get('host');
  // "null" is what browsers send under a no-referrer policy: it names no site, so the cookie decides.
  const named = req.get('origin');
  const origin = named === 'null' ? undefined : named;
  if (origin !== undefined && !sameOrigin(origin, host)) return false;
  const referer = req.get('referer');
  return !(origin === undefined && referer !== undefined && !sameOrigin(referer, host));
}

/**
 * What can be checked before a body is read: this site, and a signed CSRF cookie. A request that
 * fails it is refused without reading (or parsing) its upload.
 */
export function checkCsrfCookie(req: Request, secret: Buffer): boolean {
  const cookie = cookieToken(req);
  return fromThisSite(req) && cookie !== undefined && isSignedToken(cookie, secret);
}

/** True when the POST carries a matching, signed token and, if the browser names an origin, it is this site. */
export function checkCsrf(req: Request, formToken: unknown, secret: Buffer): boolean {
  if (!fromThisSite(req)) return false;
  const cookie = cookieToken(req);
  if (typeof formToken !== 'string' || !cookie || cookie !== formToken) return false;
  return isSignedToken(cookie, secret);
}
