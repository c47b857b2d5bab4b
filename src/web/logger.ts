import type { Logger } from './deps';

/**
 * A deliberately small logger: one JSON line per event, with only the fields passed in.
 * Callers pass counts, codes, routes and timings — never request bodies, names or free text.
 */
export function createLogger(
  write: (line: string) => void = (l) => process.stdout.write(l),
): Logger {
  const emit = (
    level: string,
    event: string,
    fields: Record<string, string | number | boolean> = {},
  ) => write(`${JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })}\n`);
  return {
    info: (event, fields) => emit('info', event, fields),
    error: (event, fields) => emit('error', event, fields),
  };
}

export const silentLogger: Logger = { info: () => undefined, error: () => undefined };
