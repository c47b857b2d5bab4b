/** Progress on stderr: a bar redrawn in place on a terminal, plain lines every so often otherwise. */
export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

export function createProgress(
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
  now: () => number = () => Date.now(),
): Progress {
  const started = now();
  let lastDraw = 0;
  let lastLine = 0;
  let drawn = false;
  const line = (done: number, total: number) => {
    const seconds = Math.max((now() - started) / 1000, 1e-3);
    const rate = done / seconds;
    const eta = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
    return { rate: rate.toFixed(1), eta: duration(eta), elapsed: duration(seconds) };
  };
  return {
    update(done, total) {
      const t = now();
      if (stream.isTTY) {
        if (t - lastDraw < 100 && done < total) return;
        lastDraw = t;
        const { rate, eta } = line(done, total);
        const width = 24;
        const filled = total ? Math.round((done / total) * width) : width;
        stream.write(
          `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} clients  ${rate}/s  ETA ${eta}  `,
        );
        drawn = true;
        return;
      }
      const every = Math.max(1, Math.min(100, Math.ceil(total / 10)));
      if (done - lastLine >= every || done === total) {
        lastLine = done;
        const { rate, eta } = line(done, total);
        stream.write(`${done}/${total} clients (${rate}/s, about ${eta} left)\n`);
      }
    },
    finish() {
      if (stream.isTTY && drawn) stream.write('\n');
    },
  };
}
