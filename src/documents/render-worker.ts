import { loadPacks, type PackRegistry } from '../jurisdictions/load-packs';
import {
  GenerateError,
  generatePacketFile,
  type GeneratedFile,
  type GenerateRequest,
  type OutputFormat,
} from './generate';
import type { FieldError } from '../domain/case-schema';
import type { Packet } from './model';
import { renderDocx } from './render/docx';
import { renderPdf } from './render/pdf';
import { renderZip } from './render/zip';

/** What the pool asks a worker to do. `render` draws a ready packet (tests and the benchmark). */
export type RenderTask =
  | { kind: 'generate'; req: GenerateRequest }
  | { kind: 'render'; packet: Packet; format: OutputFormat; creationDate?: string };

/** Expected failures travel back as values: a thrown error loses its fields between threads. */
export type RenderResult = { ok: true; file: GeneratedFile } | { ok: false; errors: FieldError[] };

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

// piscina calls a worker file's default export.
// eslint-disable-next-line import/no-default-export
export default runRenderTask;
