import type { Pack } from '../../src/domain/pack-schema';
import { loadPacks } from '../../src/jurisdictions/load-packs';

/** A pack as the server loads it, or a failure naming the file that did not load. */
export function loadedPack(code: string): Pack {
  const pack = loadPacks().get(code);
  if (!pack) throw new Error(`jurisdictions/${code.toLowerCase()}.json did not load`);
  return pack;
}
