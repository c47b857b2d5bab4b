import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { courtDate } from '../domain/dates';
import { literal, parseMarkup, type MarkupContext } from './markup';
import type { Block, CaptionBlock } from './model';
import { AppError } from '../domain/app-error';

/** A template that cannot be used (missing file, forbidden construct). */
export class TemplateError extends AppError {
  constructor(
    readonly template: string,
    message: string,
  ) {
    super(`Template ${template}: ${message}`);
  }
}

/** `templates/` at the repository root, or in dist/ once built (the build copies it there). */
export const DEFAULT_TEMPLATE_DIR = path.resolve(__dirname, '..', '..', 'templates');

// Triple-stash and `{{&` print without escaping, which would let user text become markup.
const UNESCAPED = /\{\{\s*[{&]/;

/** "$1,234.56" from a whole number of cents. */
export function formatMoney(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  const dollars = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}

/** Handlebars passes its options object as the last argument; drop it. */
function args(list: unknown[]): unknown[] {
  return list.slice(0, -1);
}

function registerHelpers(hb: typeof Handlebars): void {
  hb.registerHelper('courtDate', (value: unknown) =>
    typeof value === 'string' && value ? courtDate(value) : '',
  );
  hb.registerHelper('upper', (value: unknown) =>
    value == null ? '' : String(value).toUpperCase(),
  );
  hb.registerHelper('join', (...list: unknown[]) => {
    const [items, separator] = args(list);
    if (!Array.isArray(items)) return '';
    return items
      .filter((x) => x !== null && x !== undefined && x !== '')
      .join(typeof separator === 'string' ? separator : ', ');
  });
  hb.registerHelper('money', (value: unknown) =>
    typeof value === 'number' ? formatMoney(value) : '',
  );
  hb.registerHelper('eq', (...list: unknown[]) => {
    const [a, b] = args(list);
    return a === b;
  });
  hb.registerHelper('plural', (...list: unknown[]) => {
    const [count, singular, pluralForm] = args(list);
    const one = String(singular ?? '');
    const many = typeof pluralForm === 'string' ? pluralForm : `${one}s`;
    const n = Array.isArray(count) ? count.length : Number(count);
    return n === 1 ? one : many;
  });
  hb.registerHelper('inc', (value: unknown) => Number(value) + 1);
  hb.registerHelper(
    'not',
    (value: unknown) => !value || (Array.isArray(value) && value.length === 0),
  );
  hb.registerHelper('and', (...list: unknown[]) => args(list).every(Boolean));
  hb.registerHelper('or', (...list: unknown[]) => args(list).some(Boolean));
}

/**
 * An isolated Handlebars environment whose `{{value}}` output is a literal span (see markup.ts).
 * Handlebars reads `Utils.escapeExpression` when a compiled template is first instantiated, so the
 * swap happens only inside that synchronous call and never leaks to other Handlebars users.
 */
function createEnvironment(): typeof Handlebars {
  const hb = Handlebars.create();
  const utils = Handlebars.Utils as { escapeExpression: (value: unknown) => string };
  const template = hb.template.bind(hb);
  hb.template = ((spec: TemplateSpecification) => {
    const saved = utils.escapeExpression;
    utils.escapeExpression = literal;
    try {
      return template(spec);
    } finally {
      utils.escapeExpression = saved;
    }
  }) as typeof hb.template;
  registerHelpers(hb);
  return hb;
}

export interface TemplateEngine {
  /** Fill the template's markup only (for tests and debugging). */
  renderMarkup(name: string, view: object): string;
  /** Fill and parse: the blocks of one document. */
  render(name: string, view: object, ctx?: MarkupContext): Block[];
}

/** A template engine reading `<dir>/<name>.hbs`, with partials from `<dir>/partials/*.hbs`. */
export function createTemplateEngine(dir: string = DEFAULT_TEMPLATE_DIR): TemplateEngine {
  const hb = createEnvironment();
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  let partialsLoaded = false;

  const checkSource = (name: string, source: string): void => {
    if (UNESCAPED.test(source))
      throw new TemplateError(
        name,
        'uses {{{ }}} or {{& }}, which would print user text as markup',
      );
  };

  const loadPartials = (): void => {
    if (partialsLoaded) return;
    partialsLoaded = true;
    const partialDir = path.join(dir, 'partials');
    if (!existsSync(partialDir)) return;
    for (const file of readdirSync(partialDir).sort()) {
      if (!file.endsWith('.hbs')) continue;
      const source = readFileSync(path.join(partialDir, file), 'utf8');
      checkSource(`partials/${file}`, source);
      hb.registerPartial(file.slice(0, -'.hbs'.length), hb.compile(source, { strict: true }));
    }
  };

  const get = (name: string): HandlebarsTemplateDelegate => {
    const cached = compiled.get(name);
    if (cached) return cached;
    if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(name))
      throw new TemplateError(name, 'is not a template name');
    const file = path.join(dir, `${name}.hbs`);
    if (!existsSync(file)) throw new TemplateError(name, `no file ${file}`);
    loadPartials();
    const source = readFileSync(file, 'utf8');
    checkSource(name, source);
    const fn = hb.compile(source, { strict: true });
    compiled.set(name, fn);
    return fn;
  };

  const renderMarkup = (name: string, view: object): string => get(name)(view);
  return {
    renderMarkup,
    render: (name, view, ctx = {}) => parseMarkup(renderMarkup(name, view), ctx),
  };
}

let defaultEngine: TemplateEngine | undefined;

/**
 * Compile `templates/<name>.hbs` in strict mode, fill it with the view and parse the markup.
 * `::caption` inserts `ctx.caption`, or else `view.caption` when that is a CaptionBlock.
 */
export function renderTemplate(name: string, view: object, ctx?: MarkupContext): Block[] {
  defaultEngine ??= createTemplateEngine();
  const caption = (view as { caption?: unknown }).caption;
  return defaultEngine.render(name, view, ctx ?? (isCaption(caption) ? { caption } : {}));
}

function isCaption(value: unknown): value is CaptionBlock {
  return (
    typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'caption'
  );
}
