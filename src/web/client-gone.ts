import type { Response } from 'express';

/** Aborts when the connection closes before this response was sent: the person has gone. */
export function clientGone(res: Response): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}
