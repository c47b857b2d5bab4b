import http from 'node:http';
import type { Express } from 'express';
import type { Logger } from './deps';
import { silentLogger } from './logger';

export interface ServeOptions {
  port: number;
  host?: string;
  /** The whole request, body included, must arrive within this (Node answers 408). */
  requestTimeoutMs?: number;
  /** The request headers must arrive within this. */
  headersTimeoutMs?: number;
  /** How often Node looks for requests past those limits. */
  checkIntervalMs?: number;
  /** How long a shutdown waits for responses in flight before it cuts the last connections. */
  graceMs?: number;
  logger?: Logger;
  /** Runs once the last connection has closed (the render pool's close). */
  onClosed?: () => Promise<void>;
}

export interface Served {
  server: http.Server;
  /** Resolves with the port once listening. */
  listening: Promise<number>;
  /** Stop taking connections, let responses in flight finish (downloads included), then close. */
  shutdown: () => Promise<void>;
}

export const DEFAULT_TIMEOUTS = {
  requestTimeoutMs: 60_000,
  headersTimeoutMs: 10_000,
  checkIntervalMs: 2_000,
  graceMs: 25_000,
} as const;

/** Listen with bounded request times, and a shutdown that finishes what it started. */
export function serve(app: Express, opts: ServeOptions): Served {
  const log = opts.logger ?? silentLogger;
  const headersTimeout = opts.headersTimeoutMs ?? DEFAULT_TIMEOUTS.headersTimeoutMs;
  const server = http.createServer(
    {
      requestTimeout: opts.requestTimeoutMs ?? DEFAULT_TIMEOUTS.requestTimeoutMs,
      headersTimeout,
      connectionsCheckingInterval: opts.checkIntervalMs ?? DEFAULT_TIMEOUTS.checkIntervalMs,
    },
    app,
  );
  const listening = new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : opts.port);
    });
  });
  let closing: Promise<void> | undefined;
  const shutdown = () =>
    (closing ??= new Promise<void>((resolve) => {
      log.info('shutdown', { graceMs: opts.graceMs ?? DEFAULT_TIMEOUTS.graceMs });
      const cut = setTimeout(
        () => server.closeAllConnections(),
        opts.graceMs ?? DEFAULT_TIMEOUTS.graceMs,
      );
      // A kept-alive connection becomes idle once its response is sent: close it then.
      const idle = setInterval(() => server.closeIdleConnections(), 200);
      server.close(() => {
        clearTimeout(cut);
        clearInterval(idle);
        void (opts.onClosed?.() ?? Promise.resolve())
          .catch(() => undefined)
          .then(() => {
            log.info('stopped', {});
            resolve();
          });
      });
      server.closeIdleConnections();
    }));
  return { server, listening, shutdown };
}

/** SIGTERM (the container runtime) and SIGINT (Ctrl-C) shut down gracefully, then exit. */
export function exitOnSignals(shutdown: () => Promise<void>): void {
  const stop = () => {
    void shutdown().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
