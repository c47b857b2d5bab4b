import type { Assessment } from '../domain/assessment';
import type { Case } from '../domain/case-schema';
import type { BatchFile, RenderClient } from './types';

interface ClientRequest {
  case: Case;
  today: string;
  lang?: 'en' | 'es';
  /** The caller's assessment of the case for `today` (the worker then does not assess again). */
  assessment?: Assessment;
}

/** What batch needs from the render pool (see src/web/deps.ts): its batch job. */
export interface PacketGenerator {
  /** A client's packet PDF, packet DOCX and filing-instructions PDF, rendered in one pool task. */
  generateFolder(req: ClientRequest): Promise<BatchFile[]>;
}

/**
 * Render a client through the pool, off the event loop: three renders per client (the packet as
 * one PDF and one DOCX, and the filing instructions as a PDF). This thread only copies bytes.
 */
export function poolRenderer(pool: PacketGenerator, lang: 'en' | 'es' = 'en'): RenderClient {
  return (c: Case, today: string, assessment?: Assessment): Promise<BatchFile[]> =>
    pool.generateFolder({ case: c, today, lang, ...(assessment ? { assessment } : {}) });
}
