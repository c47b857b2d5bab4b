import { randomBytes } from 'node:crypto';
import { todayIso } from '../domain/dates';
import { createRenderPool } from '../documents/render-pool';
import { loadPacks } from '../jurisdictions/load-packs';
import { createApp } from './app';
import { exitOnSignals, serve } from './lifecycle';
import { createLogger } from './logger';
import { installProcessGuards } from './process-guards';
import { DEFAULT_RATE_LIMITS } from './rate-limit';

/** Entry point: the only place besides the CLI that reads process.env. */
export async function startServer(port: number = Number(process.env.PORT ?? 3000)) {
  const logger = createLogger();
  installProcessGuards(logger);
  const registry = loadPacks();
  const secret = process.env.RELIEF_SECRET
    ? Buffer.from(process.env.RELIEF_SECRET, 'utf8')
    : randomBytes(32);
  if (!process.env.RELIEF_SECRET && process.env.NODE_ENV === 'production')
    logger.info('secret', {
      note: 'RELIEF_SECRET not set: drafts are signed with a per-process key, so run one instance or set it',
    });
  const pool = createRenderPool();
  // RELIEF_TRUST_PROXY: "true", a hop count, or an address list, as Express's `trust proxy` takes.
  const proxy = process.env.RELIEF_TRUST_PROXY;
  const trustProxy =
    proxy === undefined
      ? false
      : proxy === 'true'
        ? true
        : /^\d+$/.test(proxy)
          ? Number(proxy)
          : proxy;
  // Per-client limits per minute (0 turns one off) and the render line; see README "Limits".
  const perMinute = (value: string | undefined, fallback: number) =>
    value !== undefined && /^\d+$/.test(value) ? Number(value) : fallback;
  const generatePerMinute = perMinute(
    process.env.RELIEF_GENERATE_PER_MINUTE,
    DEFAULT_RATE_LIMITS.generatePerMinute,
  );
  const batchPerMinute = perMinute(
    process.env.RELIEF_BATCH_PER_MINUTE,
    DEFAULT_RATE_LIMITS.batchPerMinute,
  );
  const renderQueue = process.env.RELIEF_RENDER_QUEUE;
  const app = createApp({
    registry,
    pool,
    today: () => todayIso(),
    secret,
    logger,
    trustProxy,
    rateLimits: {
      generatePerMinute: generatePerMinute || Number.MAX_SAFE_INTEGER,
      batchPerMinute: batchPerMinute || Number.MAX_SAFE_INTEGER,
    },
    ...(renderQueue && /^\d+$/.test(renderQueue) ? { renderQueue: Number(renderQueue) } : {}),
  });
  const served = serve(app, { port, logger, onClosed: () => pool.close() });
  exitOnSignals(served.shutdown);
  logger.info('listening', { port: await served.listening });
  return served.server;
}

if (require.main === module) {
  startServer().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
