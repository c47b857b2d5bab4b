import type { Assessment } from '../domain/assessment';
import type { Case } from '../domain/case-schema';
import type { FolderRenderer } from '../documents/render-service';
import type { BatchFile, RenderClient } from './types';

/** What batch needs from the render pool: its batch job (the contract is documents/render-service.ts). */
export type PacketGenerator = FolderRenderer;

/**
 * Render a client through the pool, off the event loop: three renders per client (the packet as
 * one PDF and one DOCX, and the filing instructions as a PDF). This thread only copies bytes.
 */
export function poolRenderer(pool: PacketGenerator, lang: 'en' | 'es' = 'en'): RenderClient {
  return (c: Case, today: string, assessment?: Assessment): Promise<BatchFile[]> =>
    pool.generateFolder({ case: c, today, lang, ...(assessment ? { assessment } : {}) });
}
