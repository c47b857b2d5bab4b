/** The most the case format accepts for one amount (see the case schema's money rule). */
export const MAX_DOLLARS = 100_000_000;

export type TypedMoney =
  { ok: true; cents: number } | { ok: false; problem: 'format' | 'negative' | 'too-large' };

/**
 * Money as people type it: "$1,200.50", "1200.50", "1,200", "$ 75", "1200.5". Commas must group
 * thousands; at most two decimals. Integer cents out, so no float ever carries a typed amount.
 */
export function parseDollars(typed: string): TypedMoney {
  const s = typed.replace(/\s+/g, '');
  if (/^-|^\$-|^\(.*\)$/.test(s)) return { ok: false, problem: 'negative' };
  const m = /^\$?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d{1,2}))?$/.exec(s);
  if (!m || (m[1] === undefined && m[2] === undefined)) return { ok: false, problem: 'format' };
  const dollars = Number((m[1] ?? '0').replace(/,/g, ''));
  const cents = dollars * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || cents > MAX_DOLLARS * 100)
    return { ok: false, problem: 'too-large' };
  return { ok: true, cents };
}

/** Cents → the plain dollars the draft keeps and the case carries: "1200.50". */
export function centsToPlain(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** A typed number of hours or days: digits with at most two decimals, or undefined. */
export function parseNumber(typed: string): number | undefined {
  // "60 hours", "60 hrs a week", "about 60", "unas 60 horas por semana" read as 60.
  const s = typed
    .trim()
    .toLowerCase()
    .replace(/^(about|around|approx\.?|approximately|~|unas|unos|aproximadamente|como)\s*/, '')
    .replace(
      /\s*(hours?|hrs?\.?|h|horas?|days?|d[ií]as?)?\s*((a|per|each|every|por|a la|al|\/)\s*(the\s+)?(week|wk|semana))?\.?$/,
      '',
    );
  if (!/^\d+(?:\.\d{1,2})?$/.test(s) && !/^\.\d{1,2}$/.test(s)) return undefined;
  return Number(s);
}
