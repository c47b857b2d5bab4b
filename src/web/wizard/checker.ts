import type { FieldError } from '../../domain/case-schema';
import { translate, type Lang, type MessageKey } from '../i18n';
import { typedDateToIso } from './dates';
import { centsToPlain, parseDollars, parseNumber } from './money';

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

const EMAIL_MAX = 200;
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

interface TextOpts {
  label: MessageKey;
  required?: boolean;
  max?: number;
}

/**
 * Collects a page's errors in the person's language, each on the id of its field.
 * Rules are named (required, date, future, …) and translated here, not in the case schema.
 */
/**
 * Why a date did not read, most helpful first. The day / month / year boxes arrive joined as
 * "m/d/yyyy" with empty parts left empty (see `joinDateParts`).
 */
function dateProblem(typed: string): MessageKey {
  const parts = /^(\d*)\/(\d*)\/(\d*)$/.exec(typed);
  if (!parts) return 'rule.date';
  const [, m, d, y] = parts as unknown as [string, string, string, string];
  if (!d) return 'date.needDay';
  if (!m) return 'date.needMonth';
  if (!y) return 'date.needYear';
  // Month above 12 is a text field's order mix-up (the boxes offer 12 months): say the format.
  if (Number(m) > 12) return 'rule.date';
  if (y.length !== 4) return 'date.year4';
  return 'date.real';
}

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
      this.add(id, dateProblem(typed), { label: name });
      return undefined;
    }
    if (iso > this.today) {
      this.add(id, 'rule.future', { label: name });
      return undefined;
    }
    return iso;
  }

  /**
   * An amount of money: returns plain dollars ("1200.50") when valid, '' when empty and allowed.
   * `positive` refuses $0 (a loss of nothing is not a loss).
   */
  money(
    id: string,
    value: string,
    label: MessageKey,
    opts: { required: boolean; positive?: boolean },
  ): string | undefined {
    const name = this.label(label);
    if (!value.trim()) {
      if (opts.required) this.add(id, 'rule.required', { label: name });
      return opts.required ? undefined : '';
    }
    const m = parseDollars(value);
    if (!m.ok) {
      const key =
        m.problem === 'negative'
          ? 'rule.moneyNegative'
          : m.problem === 'too-large'
            ? 'rule.moneyTooLarge'
            : 'rule.money';
      this.add(id, key, { label: name });
      return undefined;
    }
    if (opts.positive && m.cents === 0) {
      this.add(id, 'rule.moneyPositive', { label: name });
      return undefined;
    }
    return centsToPlain(m.cents);
  }

  /** A number in a range (hours 1–168, days 1–7); whole numbers only when `whole`. */
  count(
    id: string,
    value: string,
    label: MessageKey,
    range: { min: number; max: number; whole?: boolean },
  ): number | undefined {
    const name = this.label(label);
    if (!value.trim()) {
      this.add(id, 'rule.required', { label: name });
      return undefined;
    }
    const n = parseNumber(value);
    if (
      n === undefined ||
      n < range.min ||
      n > range.max ||
      (range.whole && !Number.isInteger(n))
    ) {
      this.add(id, range.whole ? 'rule.wholeRange' : 'rule.range', {
        label: name,
        min: range.min,
        max: range.max,
      });
      return undefined;
    }
    return n;
  }

  email(id: string, value: string, label: MessageKey): string {
    const clean = this.text(id, value, { label, max: EMAIL_MAX });
    // Checked only within the length cap, and with dot-free domain labels so no input backtracks.
    if (clean && clean.length <= EMAIL_MAX && !EMAIL.test(clean))
      this.add(id, 'rule.email', { label: this.label(label) });
    return clean;
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }
}
