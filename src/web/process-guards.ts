import type { Logger } from './deps';

/**
 * Defence in depth: an error no handler caught is logged (its name only, never its message,
 * which may quote input) and the process goes on serving. One request must never take every
 * other person's page down; each such log line is a bug to fix with a test.
 */
export function installProcessGuards(log: Logger): void {
  process.on('unhandledRejection', (reason: unknown) => {
    log.error('unhandled-rejection', { name: reason instanceof Error ? reason.name : 'Error' });
  });
  process.on('uncaughtException', (err: Error) => {
    log.error('uncaught-exception', { name: err.name });
  });
}
