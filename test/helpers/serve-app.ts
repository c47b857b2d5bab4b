/**
 * A real listening server over the app factory (fake renders), for tests that must see whether
 * the process survives a request. Run as a child process; prints `port=<n>` once listening.
 */
import { installProcessGuards } from '../../src/web/process-guards';
import { createLogger } from '../../src/web/logger';
import { testApp } from './app';

const { app } = testApp();
// Guard events go to stderr, so a test can tell a survived crash from a handled error.
installProcessGuards(createLogger((line) => process.stderr.write(line)));
// A deliberately broken route: a rejection nobody handles and an exception thrown outside any handler.
app.put('/boom', (_req, res) => {
  void Promise.reject(new Error('secret words from a request'));
  setImmediate(() => {
    throw new TypeError('more secret words');
  });
  res.status(204).end();
});
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`port=${typeof address === 'object' && address ? address.port : 0}\n`);
});
