import type { Case } from '../domain/case-schema';
import type { BatchFile, RenderClient } from './types';
import { unzipFiles } from './unzip';

/** What batch needs from the render pool: the same `generate` the API uses (see src/web/deps.ts). */
export interface PacketGenerator {
  generate(req: {
    case: Case;
    format: 'zip';
    today: string;
    lang?: 'en' | 'es';
  }): Promise<{ filename: string; contentType: string; bytes: Uint8Array }>;
}

/**
 * Render a client through the pool: the packet ZIP (each document as PDF and DOCX, plus the
 * filing instructions) is made off the event loop and its files are re-filed under the client's
 * folder. The pool does the heavy work in parallel; this thread only copies bytes.
 */
export function poolRenderer(pool: PacketGenerator, lang: 'en' | 'es' = 'en'): RenderClient {
  return async (c: Case, today: string): Promise<BatchFile[]> => {
    const packet = await pool.generate({ case: c, format: 'zip', today, lang });
    return unzipFiles(packet.bytes);
  };
}
