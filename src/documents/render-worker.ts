import { Piscina } from 'piscina';
import { assess } from '../domain/assess';
import type { Assessment } from '../domain/assessment';
import { loadPacks, type PackRegistry } from '../jurisdictions/load-packs';
import {
  checkGeneratable,
  GenerateError,
  generatePacketFile,
  type GeneratedFile,
  type GenerateRequest,
  type OutputFormat,
} from './generate';
import type { FieldError } from '../domain/case-schema';
import type { Packet } from './model';
import { buildPacket } from './packet';
import { renderDocx } from './render/docx';
import { renderFolder, type FolderFile } from './render/folder';
import { renderPdf } from './render/pdf';
import { renderZip } from './render/zip';

/**
 * A batch client's folder: the case and dates of a `generate` request, without a format, and
 * the caller's assessment of the case for `today` when it has one (the batch checks every client
 * before rendering it), so the worker does not assess a second time.
 */
export type FolderRequest = Omit<GenerateRequest, 'format'> & { assessment?: Assessment };

/**
 * What the pool asks a worker to do. `render` draws a ready packet (tests and the benchmark);
 * `folder` makes a batch client's files (packet PDF, packet DOCX, instructions PDF).
 */
export type RenderTask =
  | { kind: 'generate'; req: GenerateRequest }
  | { kind: 'render'; packet: Packet; format: OutputFormat; creationDate?: string };

export type WorkerTask = RenderTask | { kind: 'folder'; req: FolderRequest };

/** Expected failures travel back as values: a thrown error loses its fields between threads. */
export type RenderResult = { ok: true; file: GeneratedFile } | { ok: false; errors: FieldError[] };

export type FolderResult = { ok: true; files: FolderFile[] } | { ok: false; errors: FieldError[] };

// Loaded once per worker thread; fonts are parsed and cached on first use.
let registry: PackRegistry | undefined;

export async function runRenderTask(task: RenderTask): Promise<RenderResult> {
  if (task.kind === 'render') {
    const opts = task.creationDate ? { creationDate: new Date(task.creationDate) } : {};
    const render = { pdf: renderPdf, docx: renderDocx, zip: renderZip }[task.format];
    const bytes = await render(task.packet, opts);
    return { ok: true, file: { filename: `packet.${task.format}`, contentType: '', bytes } };
  }
  registry ??= loadPacks();
  try {
    return { ok: true, file: await generatePacketFile(task.req, registry) };
  } catch (err) {
    if (err instanceof GenerateError) return { ok: false, errors: err.errors };
    throw err;
  }
}

/** Assess, build and render one batch client's folder (three files, see renderFolder). */
export async function runFolderTask(req: FolderRequest): Promise<FolderResult> {
  registry ??= loadPacks();
  const errors = checkGeneratable(req.case, registry);
  const pack = registry.get(req.case.jurisdiction);
  if (errors.length || !pack) return { ok: false, errors };
  const assessment = req.assessment ?? assess(req.case, pack, req.today);
  const packet = buildPacket(req.case, assessment, pack, {
    today: req.today,
    lang: req.lang ?? 'en',
  });
  const opts = req.creationDate ? { creationDate: new Date(req.creationDate) } : {};
  return { ok: true, files: await renderFolder(packet, opts) };
}

/** The worker's one entry: every kind of task. */
export function runWorkerTask(task: WorkerTask): Promise<RenderResult | FolderResult> {
  return task.kind === 'folder' ? runFolderTask(task.req) : runRenderTask(task);
}

/** A view that owns its whole buffer, so moving the buffer moves nothing else. */
function owned(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? bytes
    : bytes.slice();
}

/**
 * The result with its files' buffers moved to the calling thread rather than copied (a client's
 * files are about 100 KB). Each buffer is made the file's own first, so nothing shared (a pooled
 * buffer) is ever detached.
 */
export function movedResult(result: RenderResult | FolderResult): unknown {
  if (!result.ok) return result;
  const views: Uint8Array[] = [];
  if ('files' in result)
    for (const file of result.files) {
      file.bytes = owned(file.bytes);
      views.push(file.bytes);
    }
  else {
    result.file.bytes = owned(result.file.bytes);
    views.push(result.file.bytes);
  }
  const buffers = [...new Set(views.map((v) => v.buffer))];
  const movable = {
    get [Piscina.transferableSymbol]() {
      return buffers;
    },
    get [Piscina.valueSymbol]() {
      return result;
    },
  };
  return Piscina.move(movable as unknown as Parameters<typeof Piscina.move>[0]);
}

/** What piscina runs in a worker thread: a task, its bytes moved out. */
export async function runMovedTask(task: WorkerTask): Promise<unknown> {
  return movedResult(await runWorkerTask(task));
}

// piscina calls a worker file's default export.
// eslint-disable-next-line import/no-default-export
export default runMovedTask;
