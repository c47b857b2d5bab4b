import type { Checked } from './validate';

/**
 * The page's own Back: what was typed on the page is kept in the draft, checked or not, so nothing
 * is lost (each step's `keep`, steps/). A page that passes its checks keeps the checked answer,
 * exactly as Continue would; one that does not keeps the text as typed, and its checks run when
 * the person goes on. An item page left empty changes nothing.
 */

/** The signed draft's own caps (codec.ts): longer text would make the draft unreadable. */
const MAX_TEXT = 20000;

function clamp<T>(value: T): T {
  if (typeof value === 'string') return value.slice(0, MAX_TEXT) as T;
  if (Array.isArray(value)) return value.slice(0, 20).map(clamp) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clamp(v)])) as T;
  return value;
}

/** The checked answer when it passes, else what was typed, unchecked (as text only). */
export function kept<T>(r: Checked<T>): T {
  return clamp(r.ok ? r.value : r.typed);
}

export function blank(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(blank);
  if (value && typeof value === 'object') return Object.values(value).every(blank);
  return value === undefined;
}

/** An item put back in its list; an emptied page changes nothing (a new item is not added, an old one is kept). */
export function putItem<T>(list: readonly T[], i: number, item: T): T[] {
  const out = [...list];
  if (blank(item)) return out;
  out[i] = item;
  return out;
}
