import { z } from 'zod';
import { coded, type FieldKey } from './issues';

// C0/C1 controls except tab and newline, plus bidi overrides that can disguise text on paper.
const CONTROL_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Normalise user text at the boundary: NFC, CRLF to LF, control characters removed. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '');
}

/** A single-line field: also folds newlines and tabs into spaces and trims. */
export function cleanLine(value: string): string {
  return cleanText(value).replace(/\s+/g, ' ').trim();
}

/** Zod string for a one-line field, cleaned, with a required message and a length cap. */
export function lineField(field: FieldKey, max = 200) {
  return z
    .string({ error: coded('required', { field }) })
    .transform(cleanLine)
    .pipe(
      z
        .string()
        .min(1, { error: coded('required', { field }) })
        .max(max, { error: coded('too-long', { field, max }) }),
    );
}

/** Zod string for an optional one-line field: empty becomes undefined. */
export function optionalLine(field: FieldKey, max = 200) {
  return z
    .string({ error: coded('not-text', { field }) })
    .transform(cleanLine)
    .pipe(z.string().max(max, { error: coded('too-long', { field, max }) }))
    .optional()
    .transform((v) => (v ? v : undefined));
}

/** Zod string for free text (several lines allowed). */
export function longText(field: FieldKey, max = 20000) {
  return z
    .string({ error: coded('not-text', { field }) })
    .transform(cleanText)
    .transform((s) => s.trim())
    .pipe(z.string().max(max, { error: coded('too-long', { field, max }) }));
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
