import { randomBytes } from 'node:crypto';
import type { RateLimits } from './deps';
import { DEFAULT_RATE_LIMITS } from './rate-limit';
import { AppError } from '../domain/app-error';

/** A setting the server cannot start with; the message names the variable and what to do. */
export class ConfigError extends AppError {}

export interface ServerConfig {
  port: number;
  secret: Buffer;
  /** True when no RELIEF_SECRET was given and a per-process key was made. */
  ephemeralSecret: boolean;
  trustProxy: boolean | number | string;
  rateLimits: RateLimits;
  renderQueue?: number;
}

export const MIN_SECRET_BYTES = 32;

const whole = (value: string | undefined): number | undefined =>
  value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;

/**
 * The server's settings, read once at start from the environment it is given. A RELIEF_SECRET
 * shorter than 32 bytes stops the start: it can be guessed offline from one token. A missing one
 * stops a production start (NODE_ENV=production, as the image sets): drafts and forms would break
 * on every restart and across instances. Elsewhere a per-process key is used and the caller warns.
 */
export function readConfig(env: Record<string, string | undefined>): ServerConfig {
  const given = env['RELIEF_SECRET'];
  const secret = given ? Buffer.from(given, 'utf8') : undefined;
  if (secret && secret.length < MIN_SECRET_BYTES)
    throw new ConfigError(
      `RELIEF_SECRET is ${secret.length} bytes; it must be at least ${MIN_SECRET_BYTES}. For example: openssl rand -base64 48`,
    );
  if (!secret && env['NODE_ENV'] === 'production')
    throw new ConfigError(
      'RELIEF_SECRET is not set. In production set at least 32 random bytes, for example: openssl rand -base64 48',
    );
  // RELIEF_TRUST_PROXY: "true", a hop count, or an address list, as Express's `trust proxy` takes.
  const proxy = env['RELIEF_TRUST_PROXY'];
  const trustProxy =
    proxy === undefined ? false : proxy === 'true' ? true : (whole(proxy) ?? proxy);
  // Per-client limits per minute; 0 turns one off.
  const perMinute = (name: string, fallback: number) => {
    const n = whole(env[name]) ?? fallback;
    return n === 0 ? Number.MAX_SAFE_INTEGER : n;
  };
  const renderQueue = whole(env['RELIEF_RENDER_QUEUE']);
  return {
    port: whole(env['PORT']) ?? 3000,
    secret: secret ?? randomBytes(32),
    ephemeralSecret: !secret,
    trustProxy,
    rateLimits: {
      generatePerMinute: perMinute(
        'RELIEF_GENERATE_PER_MINUTE',
        DEFAULT_RATE_LIMITS.generatePerMinute,
      ),
      batchPerMinute: perMinute('RELIEF_BATCH_PER_MINUTE', DEFAULT_RATE_LIMITS.batchPerMinute),
    },
    ...(renderQueue !== undefined ? { renderQueue } : {}),
  };
}
