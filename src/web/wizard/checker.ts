import type { FieldError } from '../../domain/case-schema';
import { translate, type Lang, type MessageKey } from '../i18n';
import { typedDateToIso } from './dates';

export type FormBody = Record<string, unknown>;

/** One text value from a urlencoded body (a repeated key keeps its first value). */
export function field(body: FormBody, name: string): string {
  const v = body[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first.normalize('NFC').replace(/\r\n?/g, '\n') : '';
}

/** Every value of a key (checkboxes). */
export function fieldList(body: FormBody, name: string): string[] {
  const v = body[name];
  const all = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return all.filter((x): x is string => typeof x === 'string');
}

interface TextOpts {
  label: MessageKey;
  required?: boolean;
  max?: number;
}

/**
 * Collects a page's errors in the person's language, each on the id of its field.
 * Rules are named (required, date, future, …) and translated here, not in the case schema.
 */
export class Checker {
  readonly errors: FieldError[] = [];

  constructor(
    private readonly lang: Lang,
    private readonly today: string,
    private readonly rowPrefix?: number,
  ) {}

  add(id: string, key: MessageKey, vars: Record<string, string | number> = {}): void {
    if (this.errors.some((e) => e.path === id)) return;
    const message = translate(this.lang, key, vars);
    this.errors.push({
      path: id,
      message:
        this.rowPrefix === undefined
          ? message
          : translate(this.lang, 'rule.row', { n: this.rowPrefix, message }),
    });
  }

  private label(key: MessageKey): string {
    return translate(this.lang, key);
  }

  text(id: string, value: string, opts: TextOpts): string {
    const clean = opts.max && opts.max > 1000 ? value.trim() : value.replace(/\s+/g, ' ').trim();
    const label = this.label(opts.label);
    if (opts.required && !clean) this.add(id, 'rule.required', { label });
    else if (clean.length > (opts.max ?? 200))
      this.add(id, 'rule.tooLong', { label, max: opts.max ?? 200 });
    return clean;
  }

  choice(id: string, value: string, options: readonly string[], label: MessageKey): string {
    if (!options.includes(value)) this.add(id, 'rule.choose', { label: this.label(label) });
    return value;
  }

  /** A date field: returns the ISO date when valid; the typed text is kept by the caller. */
  date(id: string, value: string, label: MessageKey, required: boolean): string | undefined {
    const typed = value.trim();
    const name = this.label(label);
    if (!typed) {
      if (required) this.add(id, 'rule.required', { label: name });
      return undefined;
    }
    const iso = typedDateToIso(typed);
    if (!iso) {
      this.add(id, 'rule.date', { label: name });
      return undefined;
    }
    if (iso > this.today) {
      this.add(id, 'rule.future', { label: name });
      return undefined;
    }
    return iso;
  }

  email(id: string, value: string, label: MessageKey): string {
    const clean = this.text(id, value, { label, max: 200 });
    if (clean && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(clean))
      this.add(id, 'rule.email', { label: this.label(label) });
    return clean;
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }
}
