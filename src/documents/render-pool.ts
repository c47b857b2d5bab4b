import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import {
  GenerateError,
  type GeneratedFile,
  type GenerateRequest,
  type OutputFormat,
} from './generate';
import type { Packet } from './model';
import type { RenderResult, RenderTask } from './render-worker';

export interface RenderPool {
  /** Assess, build and render one case's packet off the event loop. Throws GenerateError for a case the packs cannot serve. */
  generate(req: GenerateRequest): Promise<GeneratedFile>;
  /** Render a ready packet (tests and benchmarks). */
  renderPacket(packet: Packet, format: OutputFormat, creationDate?: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface RenderPoolOptions {
  /** Worker threads; default: the machine's parallelism. */
  threads?: number;
  /** Render in this thread (CLI, small tests): no workers. */
  inProcess?: boolean;
}

function unwrap(result: RenderResult): GeneratedFile {
  if (!result.ok) throw new GenerateError(result.errors);
  return result.file;
}

/** Worker entry: the compiled .js next to this file, or the .ts source loaded through tsx. */
function workerOptions(): { filename: string; execArgv: string[] } {
  const ext = path.extname(__filename);
  const filename = path.join(__dirname, `render-worker${ext}`);
  return { filename, execArgv: ext === '.ts' ? ['--require', require.resolve('tsx/cjs')] : [] };
}

/** A pool of worker threads that render packets, so the server keeps answering while it renders. */
export function createRenderPool(opts: RenderPoolOptions = {}): RenderPool {
  if (opts.inProcess) {
    // Loaded lazily so the main thread of a pooled server never parses fonts.
    const run = (task: RenderTask): Promise<RenderResult> =>
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose (above)
      (require('./render-worker') as typeof import('./render-worker')).runRenderTask(task);
    return {
      generate: async (req) => unwrap(await run({ kind: 'generate', req })),
      renderPacket: async (packet, format, creationDate) =>
        unwrap(
          await run({ kind: 'render', packet, format, ...(creationDate ? { creationDate } : {}) }),
        ).bytes,
      close: async () => undefined,
    };
  }
  const threads = Math.max(1, opts.threads ?? availableParallelism());
  const pool = new Piscina<RenderTask, RenderResult>({
    ...workerOptions(),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  return {
    generate: async (req) => unwrap(await pool.run({ kind: 'generate', req })),
    renderPacket: async (packet, format, creationDate) =>
      unwrap(
        await pool.run({
          kind: 'render',
          packet,
          format,
          ...(creationDate ? { creationDate } : {}),
        }),
      ).bytes,
    close: () => pool.destroy(),
  };
}
