import type { Response } from 'express';

/** Aborts when the connection closes before this response was sent: the person has gone. */
export function clientGone(res: Response): AbortSignal {
  const controller = new AbortController();
  // Under load a reader may leave before the handler gets here: 'close' has already fired.
  if (res.destroyed || !res.socket || res.socket.destroyed) {
    controller.abort();
    return controller.signal;
  }
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}
