import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import { GenerateError, type GeneratedFile, type OutputFormat } from './generate';
import type { Packet } from './model';
import type { RenderService } from './render-service';
import type { FolderFile } from './render/folder';
import type { FolderResult, RenderResult, RenderTask, WorkerTask } from './render-worker';

export type { FolderFile } from './render/folder';
export type { FolderRequest } from './render-worker';

/** The render service (documents/render-service.ts), off the event loop, plus a test hook. */
export interface RenderPool extends RenderService {
  /** Render a ready packet (tests and benchmarks). */
  renderPacket(packet: Packet, format: OutputFormat, creationDate?: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface RenderPoolOptions {
  /** Worker threads; default: the machine's parallelism. */
  threads?: number;
  /** Render in this thread (CLI, small tests): no workers. */
  inProcess?: boolean;
  /**
   * Old-generation heap limit of each worker, in MB (default 256). A worker's live data is small
   * (parsed fonts, templates, bounded word caches: about 60 MB), so a cap makes V8 collect
   * garbage early instead of letting each thread's heap grow toward the process default.
   */
  maxOldGenerationMb?: number;
  /**
   * Young-generation size of each worker, in MB (default 32). Rendering allocates many short-lived
   * objects; a larger nursery than V8's worker default cut a batch client's time by about 15 % in
   * the benchmark, for about 30 MB more per worker.
   */
  maxYoungGenerationMb?: number;
}

function unwrap(result: RenderResult): GeneratedFile {
  if (!result.ok) throw new GenerateError(result.errors);
  return result.file;
}

function unwrapFolder(result: FolderResult): FolderFile[] {
  if (!result.ok) throw new GenerateError(result.errors);
  return result.files;
}

/** Worker entry: the compiled .js next to this file, or the .ts source loaded through tsx. */
function workerOptions(): { filename: string; execArgv: string[] } {
  const ext = path.extname(__filename);
  const filename = path.join(__dirname, `render-worker${ext}`);
  return { filename, execArgv: ext === '.ts' ? ['--require', require.resolve('tsx/cjs')] : [] };
}

function renderTask(packet: Packet, format: OutputFormat, creationDate?: string): RenderTask {
  return { kind: 'render', packet, format, ...(creationDate ? { creationDate } : {}) };
}

/** A pool of worker threads that render packets, so the server keeps answering while it renders. */
export function createRenderPool(opts: RenderPoolOptions = {}): RenderPool {
  if (opts.inProcess) {
    // Loaded lazily so the main thread of a pooled server never parses fonts.
    const worker = (): typeof import('./render-worker') =>
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose (above)
      require('./render-worker') as typeof import('./render-worker');
    return {
      generate: async (req) => unwrap(await worker().runRenderTask({ kind: 'generate', req })),
      generateFolder: async (req) => unwrapFolder(await worker().runFolderTask(req)),
      renderPacket: async (packet, format, creationDate) =>
        unwrap(await worker().runRenderTask(renderTask(packet, format, creationDate))).bytes,
      close: async () => undefined,
    };
  }
  const threads = Math.max(1, opts.threads ?? availableParallelism());
  const pool = new Piscina<WorkerTask, RenderResult | FolderResult>({
    ...workerOptions(),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    resourceLimits: {
      maxOldGenerationSizeMb: opts.maxOldGenerationMb ?? 256,
      maxYoungGenerationSizeMb: opts.maxYoungGenerationMb ?? 32,
    },
  });
  const run = (task: RenderTask) => pool.run(task) as Promise<RenderResult>;
  return {
    generate: async (req) => unwrap(await run({ kind: 'generate', req })),
    generateFolder: async (req) =>
      unwrapFolder((await pool.run({ kind: 'folder', req })) as FolderResult),
    renderPacket: async (packet, format, creationDate) =>
      unwrap(await run(renderTask(packet, format, creationDate))).bytes,
    close: () => pool.destroy(),
  };
}
