import { resolveOffense } from '../../domain/citations';
import type { Pack } from '../../domain/pack-schema';
import type { Lang } from '../i18n';

export interface CatalogueOption {
  value: string;
  label: string;
  /** The label is the catalogue's English name on a Spanish page (shown with `lang="en"`). */
  en: boolean;
}

/**
 * The pack's offenses as the charge field offers them: a short spelling the engine resolves, and a
 * label (the Spanish name of a common charge on a Spanish page).
 */
export function catalogueOf(pack: Pack, lang: Lang = 'en'): CatalogueOption[] {
  return pack.offenses.map((o) => {
    const alias = pack.codes.find((c) => c.key === o.code)?.aliases[0] ?? o.code;
    const es = lang === 'es' ? o.nameEs : undefined;
    return {
      value: `${alias} ${o.section}`,
      label: `${es ?? o.name} (${o.citation})`,
      en: lang !== 'en' && !es,
    };
  });
}

/** Is this charge one the pack's catalogue identifies? Unknown ones are kept and flagged. */
export function isKnownCharge(charge: string, pack: Pack): boolean {
  return resolveOffense(charge, pack).kind === 'found';
}
