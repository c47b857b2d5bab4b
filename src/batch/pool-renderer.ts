import type { Case } from '../domain/case-schema';
import type { BatchFile, RenderClient } from './types';
import { unzipFiles } from './unzip';

interface ClientRequest {
  case: Case;
  today: string;
  lang?: 'en' | 'es';
}

/** What batch needs from the render pool: the same `generate` the API uses (see src/web/deps.ts). */
export interface PacketGenerator {
  generate(req: ClientRequest & { format: 'zip' }): Promise<{
    filename: string;
    contentType: string;
    bytes: Uint8Array;
  }>;
  /** The render pool's batch job: a client's packet PDF, packet DOCX and instructions PDF. */
  generateFolder?(req: ClientRequest): Promise<BatchFile[]>;
}

/**
 * Render a client through the pool, off the event loop. With the pool's `generateFolder` a client
 * is three renders (the packet as one PDF and one DOCX, and the filing instructions as a PDF);
 * a generator without it (a stand-in) is asked for the per-document packet ZIP, whose files are
 * re-filed under the client's folder. This thread only copies bytes.
 */
export function poolRenderer(pool: PacketGenerator, lang: 'en' | 'es' = 'en'): RenderClient {
  return async (c: Case, today: string): Promise<BatchFile[]> => {
    if (pool.generateFolder) return pool.generateFolder({ case: c, today, lang });
    const packet = await pool.generate({ case: c, format: 'zip', today, lang });
    return unzipFiles(packet.bytes);
  };
}
