import type { FolderFile } from './render/folder';
import type { GeneratedFile, GenerateRequest, OutputFormat } from './generate';
import type { Lang } from './labels';

/**
 * The one render contract: what web, batch and the CLI ask of the renderer (the worker pool, the
 * gate in front of it, or a fake in tests). Every layer imports these types from here.
 */
export type { FolderFile, GeneratedFile, Lang, OutputFormat };

/** One packet: the case, the format, the date it is prepared for and the papers' language. */
export type RenderRequest = GenerateRequest & {
  /** Aborts when the person has gone: a render still waiting for a worker is dropped. */
  signal?: AbortSignal;
};

/** A batch client's folder: a packet request without a format. */
export type FolderRenderRequest = Omit<RenderRequest, 'format' | 'creationDate'>;

export interface RenderService {
  /** One case's packet as one file. Throws GenerateError for a case the packs cannot serve. */
  generate(req: RenderRequest): Promise<GeneratedFile>;
  /** A batch client's packet PDF, packet DOCX and filing instructions, in one render task. */
  generateFolder(req: FolderRenderRequest): Promise<FolderFile[]>;
  close(): Promise<void>;
}

/** What batch needs of the renderer: its folder job. */
export type FolderRenderer = Pick<RenderService, 'generateFolder'>;
