import type { RenderService } from './deps';
import { AppError } from '../domain/app-error';

/** The render queue is full: answer 503 with Retry-After rather than make everyone wait. */
export class RenderBusyError extends AppError {}

/** The person left before their render started; nothing was rendered. */
export class RenderCancelledError extends AppError {}

export interface RenderGate extends RenderService {
  /** True when a new download would be refused (the waiting line is full). */
  full(): boolean;
  stats(): { running: number; waiting: number };
}

export interface RenderGateOptions {
  /** Renders handed to the pool at once: its worker threads. */
  slots: number;
  /** Downloads allowed to wait for a slot; one more is refused. Batch folders wait outside this cap. */
  maxWaiting: number;
}

interface Waiting {
  start: () => void;
  bounded: boolean;
}

/**
 * A bounded line in front of the render pool. Only as many renders as the pool has threads are
 * handed to it, so a download whose reader has gone can still be taken out of the line (its
 * `signal` aborts) before any work is done; a render already running is finished and its result
 * dropped by the caller, because stopping a worker mid-render costs a new worker and its fonts.
 */
export function createRenderGate(pool: RenderService, opts: RenderGateOptions): RenderGate {
  const slots = Math.max(1, opts.slots);
  let running = 0;
  const line: Waiting[] = [];
  const boundedWaiting = () => line.filter((w) => w.bounded).length;

  const next = () => {
    while (running < slots && line.length) line.shift()?.start();
  };

  function admit<T>(work: () => Promise<T>, signal: AbortSignal | undefined, bounded: boolean) {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(new RenderCancelledError());
      const entry: Waiting = {
        bounded,
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          running += 1;
          work()
            .then(resolve, reject)
            .finally(() => {
              running -= 1;
              next();
            });
        },
      };
      const onAbort = () => {
        const i = line.indexOf(entry);
        if (i < 0) return;
        line.splice(i, 1);
        reject(new RenderCancelledError());
      };
      if (running < slots && line.length === 0) return entry.start();
      if (bounded && boundedWaiting() >= opts.maxWaiting) return reject(new RenderBusyError());
      signal?.addEventListener('abort', onAbort, { once: true });
      line.push(entry);
    });
  }

  return {
    // The signal stays here: it cannot cross into a worker thread.
    generate: ({ signal, ...req }) => admit(() => pool.generate(req), signal, true),
    generateFolder: ({ signal, ...req }) => admit(() => pool.generateFolder(req), signal, false),
    close: () => pool.close(),
    full: () => running >= slots && boundedWaiting() >= opts.maxWaiting,
    stats: () => ({ running, waiting: line.length }),
  };
}
