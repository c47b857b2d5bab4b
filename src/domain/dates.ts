export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when the string is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  // Checked in UTC on both sides, so the answer never depends on the process's time zone.
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Compare two ISO dates as strings: lexical order is date order for YYYY-MM-DD. */
export function isBefore(a: string, b: string): boolean {
  return a < b;
}

/**
 * Today's calendar date as YYYY-MM-DD in `timeZone` (an IANA name), by default where the process
 * runs (its `TZ`). Not UTC: at 8 pm on the US west coast UTC is already tomorrow, which would date a
 * packet a day ahead. Only the shells call this; the domain takes `today` as data.
 */
export function todayIso(now: Date = new Date(), timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Month names, as US courts and Spanish prose write them. */
export const MONTH_NAMES = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
} as const;

/** A date as US courts write it: "March 2, 2012". */
export function courtDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTH_NAMES.en[(m ?? 1) - 1]} ${d}, ${y}`;
}

/** A date as Spanish text writes it: "2 de marzo de 2012". */
export function fechaLarga(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} de ${MONTH_NAMES.es[(m ?? 1) - 1]} de ${y}`;
}
