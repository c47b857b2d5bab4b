import { assess } from '../domain/assess';
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

/** A batch client's folder: the case and dates of a `generate` request, without a format. */
export type FolderRequest = Omit<GenerateRequest, 'format'>;

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
  const assessment = assess(req.case, pack, req.today);
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

// piscina calls a worker file's default export.
// eslint-disable-next-line import/no-default-export
export default runWorkerTask;
