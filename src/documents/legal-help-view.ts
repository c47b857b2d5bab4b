import type { Pack } from '../domain/pack-schema';

/** One place to find free legal help, as every packet's instructions list it. */
export interface LegalHelpView {
  name: string;
  /** The organisation's own name, with what it does in Spanish, for the Spanish pages. */
  nameEs: string;
  url: string;
  phone: string;
}

/** The pack's free legal help, ready for the instructions in either language. */
export function legalHelpView(pack: Pack): LegalHelpView[] {
  return pack.legalHelp.map((h) => ({
    name: h.name,
    nameEs: h.nameEs ?? h.name,
    url: h.url ?? '',
    phone: h.phone ?? '',
  }));
}
