import { todayIso } from '../domain/dates';
import { createRenderPool } from '../documents/render-pool';
import { loadPacks } from '../jurisdictions/load-packs';
import { createApp } from './app';
import { readConfig } from './config';
import { exitOnSignals, serve } from './lifecycle';
import { createLogger } from './logger';
import { installProcessGuards } from './process-guards';

/** Entry point: the only place besides the CLI that reads process.env. */
export async function startServer(port?: number) {
  const config = readConfig(process.env);
  const logger = createLogger();
  installProcessGuards(logger);
  const registry = loadPacks();
  if (config.ephemeralSecret)
    logger.error('secret', {
      note: 'RELIEF_SECRET not set: a per-process key is used, so open forms stop working on restart and only one instance can run. Set at least 32 random bytes (openssl rand -base64 48).',
    });
  const pool = createRenderPool();
  const app = createApp({
    registry,
    pool,
    today: () => todayIso(),
    secret: config.secret,
    logger,
    trustProxy: config.trustProxy,
    rateLimits: config.rateLimits,
    ...(config.renderQueue !== undefined ? { renderQueue: config.renderQueue } : {}),
  });
  const served = serve(app, { port: port ?? config.port, logger, onClosed: () => pool.close() });
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
