import { createHmac } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { RateLimits } from './deps';

export const DEFAULT_RATE_LIMITS: RateLimits = { generatePerMinute: 30, batchPerMinute: 10 };

export interface RateLimitOptions {
  /** Requests a client may make per minute; also the burst it may make at once. */
  perMinute: number;
  /** Key for hashing client addresses, so the table never holds an address in the clear. */
  secret: Buffer;
  /** What to send when a client is over its limit; `retryAfter` is in whole seconds. */
  refuse: (req: Request, res: Response, retryAfter: number) => void;
  now?: () => number;
  /** Clients remembered at once; the least recently seen are forgotten first. */
  maxClients?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A per-client token bucket, in this process's memory only (each instance counts alone).
 * The client is `req.ip`: behind a proxy, set RELIEF_TRUST_PROXY so it is the person's address
 * from X-Forwarded-For, or every person shares the proxy's one bucket.
 */
export function rateLimit(opts: RateLimitOptions): RequestHandler {
  const now = opts.now ?? Date.now;
  const perMs = opts.perMinute / 60_000;
  const maxClients = opts.maxClients ?? 50_000;
  const buckets = new Map<string, Bucket>();
  const keyOf = (req: Request) =>
    createHmac('sha256', opts.secret)
      .update(`rate.v1.${req.ip ?? ''}`)
      .digest('base64url')
      .slice(0, 22);

  return (req, res, next) => {
    const key = keyOf(req);
    const t = now();
    const seen = buckets.get(key);
    const tokens = seen
      ? Math.min(opts.perMinute, seen.tokens + (t - seen.at) * perMs)
      : opts.perMinute;
    // Re-inserted so the map's order is least recently seen first.
    buckets.delete(key);
    if (tokens < 1) {
      buckets.set(key, { tokens, at: t });
      opts.refuse(req, res, Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)));
      return;
    }
    buckets.set(key, { tokens: tokens - 1, at: t });
    if (buckets.size > maxClients) {
      const oldest = buckets.keys().next().value;
      if (oldest !== undefined) buckets.delete(oldest);
    }
    next();
  };
}
