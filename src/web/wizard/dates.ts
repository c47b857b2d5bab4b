import { courtDate, fechaLarga, isIsoDate, MONTH_NAMES } from '../../domain/dates';

/** A date as typed (03/01/2012, 3/1/2012, 2012-03-01) → ISO, or undefined when it is not a real date. */
export function typedDateToIso(typed: string): string | undefined {
  const s = typed.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const us = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : us ? [us[3], us[1], us[2]] : [];
  if (!y || !m || !d) return undefined;
  const out = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(out) ? out : undefined;
}

/** ISO → the way the wizard shows dates: MM/DD/YYYY. */
export function isoToTyped(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[2]}/${m[3]}/${m[1]}` : iso;
}

/**
 * The day / month / year boxes of a date question, joined into the wizard's typed form
 * ("m/d/yyyy", empty parts left empty so the check can say which one is missing). A form without
 * the boxes (the attorney table, a saved file, the tests' plain posts) is left as it is.
 */
export function joinDateParts(body: Record<string, unknown>): void {
  for (const key of Object.keys(body)) {
    const m = /^(.+)-year$/.exec(key);
    if (!m) continue;
    const id = m[1]!;
    const part = (p: string) => {
      const v = body[`${id}-${p}`];
      return typeof v === 'string' ? v.trim().replace(/^0+(?=\d)/, '') : '';
    };
    const [day, month, year] = [part('day'), part('month'), part('year')];
    body[id] = day || month || year ? `${month}/${day}/${year}` : '';
  }
}

/** A typed date split into its boxes: m/d/yyyy or yyyy-mm-dd; anything else keeps only a year it holds. */
export function dateParts(typed: string): { day: string; month: string; year: string } {
  const s = typed.trim();
  const us = /^(\d{0,2})[/.-](\d{0,2})[/.-](\d*)$/.exec(s);
  if (us)
    return { month: String(Number(us[1]) || ''), day: String(Number(us[2]) || ''), year: us[3]! };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return { year: iso[1]!, month: String(Number(iso[2])), day: String(Number(iso[3])) };
  return { day: '', month: '', year: /\b(\d{4})\b/.exec(s)?.[1] ?? '' };
}

export function monthNames(lang: 'en' | 'es'): readonly string[] {
  return MONTH_NAMES[lang];
}

/** A typed date in words for review pages: "March 13, 2015" / "13 de marzo de 2015"; text that is not a date stays as typed. */
export function dateInWords(typed: string, lang: 'en' | 'es'): string {
  const iso = typedDateToIso(typed);
  if (!iso) return typed;
  return lang === 'es' ? fechaLarga(iso) : courtDate(iso);
}
