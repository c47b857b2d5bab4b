/**
 * A real listening server over the app factory (fake renders), for tests that must see whether
 * the process survives a request or how it shuts down. Run as a child process; prints
 * `port=<n>` once listening and `render-started` when a fake render begins.
 * Options: `--slow <ms>` (each render takes that long), `--request-timeout <ms>`.
 */
import { exitOnSignals, serve } from '../../src/web/lifecycle';
import { createLogger } from '../../src/web/logger';
import { installProcessGuards } from '../../src/web/process-guards';
import { fakePool, testApp } from './app';

function option(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
}

const slow = option('slow') ?? 0;
const requestTimeoutMs = option('request-timeout');
const pool = fakePool();
const generate = pool.generate.bind(pool);
let closed = false;
// Like the worker pool: closing it fails every render still running.
pool.generate = async (req) => {
  process.stdout.write('render-started\n');
  await new Promise((r) => setTimeout(r, slow));
  if (closed) throw new Error('the pool was closed under a running render');
  return generate(req);
};
pool.close = async () => {
  closed = true;
};
const { app } = testApp({ pool });
// Guard events go to stderr, so a test can tell a survived crash from a handled error.
const logger = createLogger((line) => process.stderr.write(line));
installProcessGuards(logger);
// A deliberately broken route: a rejection nobody handles and an exception thrown outside any handler.
app.put('/boom', (_req, res) => {
  void Promise.reject(new Error('secret words from a request'));
  setImmediate(() => {
    throw new TypeError('more secret words');
  });
  res.status(204).end();
});
const served = serve(app, {
  port: 0,
  host: '127.0.0.1',
  ...(requestTimeoutMs
    ? { requestTimeoutMs, headersTimeoutMs: requestTimeoutMs, checkIntervalMs: 200 }
    : {}),
  onClosed: () => pool.close(),
});
exitOnSignals(served.shutdown);
void served.listening.then((port) => process.stdout.write(`port=${port}\n`));
