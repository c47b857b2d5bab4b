import { assess } from '../domain/assess';
import type { Case, FieldError } from '../domain/case-schema';
import { answersRelief } from '../domain/pack-schema';
import type { PackRegistry } from '../jurisdictions/load-packs';
import { packetFilename } from './filenames';
import { buildPacket } from './packet';
import { renderDocx } from './render/docx';
import { renderPdf } from './render/pdf';
import { renderZip } from './render/zip';
import { AppError } from '../domain/app-error';

export type OutputFormat = 'pdf' | 'docx' | 'zip';

export interface GenerateRequest {
  case: Case;
  format: OutputFormat;
  /** The date the packet is prepared for (YYYY-MM-DD). */
  today: string;
  lang?: 'en' | 'es';
  /** Fixed creation date (ISO) for reproducible output. */
  creationDate?: string;
}

export interface GeneratedFile {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

export const CONTENT_TYPES: Readonly<Record<OutputFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
};

/** A request the packs cannot serve (no pack for the jurisdiction, or no such relief in it). */
export class GenerateError extends AppError {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  }
}

/** Which pack and relief a case needs; a list of errors when the packs have none. */
export function checkGeneratable(c: Case, registry: PackRegistry): FieldError[] {
  const pack = registry.get(c.jurisdiction);
  if (!pack)
    return [
      {
        path: 'jurisdiction',
        message: `There is no packet for ${c.jurisdiction} yet. Choose one of: ${registry.packs.map((p) => p.code).join(', ')}`,
      },
    ];
  if (!answersRelief(pack, c.relief))
    return [
      {
        path: 'relief',
        message: `${pack.name} has no ${c.relief === 'vacatur' ? 'record relief' : 'restitution'} packet yet. Choose another relief or jurisdiction`,
      },
    ];
  return [];
}

/**
 * Assess, build and render one case's packet in memory. The file name comes from the packet
 * title ("motion-to-vacate-packet.pdf"), never from the person's name.
 */
export async function generatePacketFile(
  req: GenerateRequest,
  registry: PackRegistry,
): Promise<GeneratedFile> {
  const errors = checkGeneratable(req.case, registry);
  const pack = registry.get(req.case.jurisdiction);
  if (errors.length || !pack) throw new GenerateError(errors);
  const assessment = assess(req.case, pack, req.today);
  const packet = buildPacket(req.case, assessment, pack, {
    today: req.today,
    lang: req.lang ?? 'en',
  });
  const opts = req.creationDate ? { creationDate: new Date(req.creationDate) } : {};
  const render = { pdf: renderPdf, docx: renderDocx, zip: renderZip }[req.format];
  return {
    filename: packetFilename(packet.title, req.format),
    contentType: CONTENT_TYPES[req.format],
    bytes: await render(packet, opts),
  };
}
