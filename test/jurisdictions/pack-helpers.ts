import type { Pack, VacaturRelief } from '../../src/domain/pack-schema';
import { loadPacks } from '../../src/jurisdictions/load-packs';

/** A pack as the server loads it, or a failure naming the file that did not load. */
export function loadedPack(code: string): Pack {
  const pack = loadPacks().get(code);
  if (!pack) throw new Error(`jurisdictions/${code.toLowerCase()}.json did not load`);
  return pack;
}

/** A pack and its vacatur relief, or a failure saying the pack has none. */
export function loadedVacatur(code: string): { pack: Pack; vacatur: VacaturRelief } {
  const pack = loadedPack(code);
  const vacatur = pack.reliefs.vacatur;
  if (!vacatur) throw new Error(`${code} has no vacatur relief`);
  return { pack, vacatur };
}

/** A "law explained" pack: the packet is the instructions and the cover, with no court paper. */
export function expectDraftsNoPapers(vacatur: VacaturRelief | undefined): void {
  expect(vacatur?.documents).toEqual(['instructions', 'cover']);
  expect(vacatur?.papers).toEqual({});
}
