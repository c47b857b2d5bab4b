import type { Offense, Pack } from '../../domain/pack-schema';
import type { Lang } from '../i18n';

/** A pack's text in the page's language; `en` marks English shown on a Spanish page (`lang="en"`). */
export interface LocalText {
  text: string;
  en: boolean;
}

/** One free legal help entry as a page shows it. */
export interface LegalHelpView {
  name: string;
  en: boolean;
  url?: string;
  phone?: string;
}

function local(en: string, es: string | undefined, lang: Lang): LocalText {
  if (lang === 'en') return { text: en, en: false };
  return es ? { text: es, en: false } : { text: en, en: true };
}

/** The place a pack covers: "Nueva York", "Tribunal federal de EE. UU. …". */
export function packName(pack: Pack, lang: Lang): LocalText {
  return local(pack.name, pack.nameEs, lang);
}

/** The remedy of a relief, in the glossary's words on a Spanish page. */
export function remedyName(
  relief: { remedyName: string; remedyNameEs?: string | undefined },
  lang: Lang,
): LocalText {
  return local(relief.remedyName, relief.remedyNameEs, lang);
}

/** A charge's name from the catalogue: Spanish for the common charges, else the English, marked. */
export function offenseName(
  offense: Pick<Offense, 'name' | 'nameEs'> | undefined,
  fallback: string,
  lang: Lang,
): LocalText {
  return offense
    ? local(offense.name, offense.nameEs, lang)
    : { text: fallback, en: lang !== 'en' };
}

/** The pack's offense with this citation, to find its Spanish name. */
export function offenseByCitation(pack: Pack | undefined, citation: string | undefined) {
  return citation ? pack?.offenses.find((o) => o.citation === citation) : undefined;
}

/** The pack's free legal help, each line in the page's language (organisation names stay as they are). */
export function legalHelpOf(pack: Pack | undefined, lang: Lang): LegalHelpView[] {
  return (pack?.legalHelp ?? []).map((h) => {
    const name = local(h.name, h.nameEs, lang);
    return {
      name: name.text,
      en: name.en,
      ...(h.url ? { url: h.url } : {}),
      ...(h.phone ? { phone: h.phone } : {}),
    };
  });
}
