import { randomBytes } from 'node:crypto';
import { todayIso } from '../domain/dates';
import { createRenderPool } from '../documents/render-pool';
import { loadPacks } from '../jurisdictions/load-packs';
import { createApp } from './app';
import { exitOnSignals, serve } from './lifecycle';
import { createLogger } from './logger';
import { installProcessGuards } from './process-guards';

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
  const app = createApp({ registry, pool, today: () => todayIso(), secret, logger, trustProxy });
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
