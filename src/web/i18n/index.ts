import { en, type MessageKey } from './messages-en';
import { es } from './messages-es';

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export type { MessageKey };

const TABLES: Record<Lang, Record<MessageKey, string>> = { en, es };

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'es';
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, value);
}

/**
 * A message in the language, with `{name}` filled; `{Name}` fills the value with a capital first
 * letter. When `n` is 1 and the key has a `.one` form (`records.count.one`), that form is used:
 * real plurals, never "(s)".
 */
export function translate(
  lang: Lang,
  key: MessageKey,
  vars: Record<string, string | number> = {},
): string {
  const one = `${key}.one`;
  const form = Number(vars.n) === 1 && isMessageKey(one) ? one : key;
  return TABLES[lang][form].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    const value = vars[name] ?? vars[lower];
    if (value === undefined) return whole;
    const text = String(value);
    return name === lower ? text : text.charAt(0).toUpperCase() + text.slice(1);
  });
}
