import { isIsoDate } from '../../domain/dates';

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
