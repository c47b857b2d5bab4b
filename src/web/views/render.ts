import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { isLang, isMessageKey, translate, type Lang } from '../i18n';
import { assetUrl } from '../static-assets';
import { dateParts, monthNames } from '../wizard/dates';

/** The views folder: beside this module, in src/ and in dist/ alike (the build copies views). */
export const VIEWS_DIR = __dirname;

export interface ViewRenderer {
  /** Render `pages/<page>.hbs` inside `layouts/<layout>.hbs`; the page becomes `{{{body}}}` in the layout. */
  render(page: string, model: Record<string, unknown>, layout?: string): string;
}

function hbsFiles(dir: string): { name: string; text: string }[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.hbs'))
      .map((f) => ({ name: f.slice(0, -4), text: readFileSync(path.join(dir, f), 'utf8') }));
  } catch {
    return [];
  }
}

function whoOf(options: Handlebars.HelperOptions): unknown {
  const root: unknown = options.data?.root;
  return root && typeof root === 'object' ? (root as { who?: unknown }).who : undefined;
}

function langOf(options: Handlebars.HelperOptions): Lang {
  const root: unknown = options.data?.root;
  const lang = root && typeof root === 'object' ? (root as { lang?: unknown }).lang : undefined;
  return isLang(lang) ? lang : 'en';
}

/**
 * A small view engine over the `handlebars` package: everything compiled once at start-up,
 * HTML escaping on ({{value}}), layouts and partials by file name. Other routers (clinic) can pass
 * their own pages folder and share the layout and partials.
 */
export function createViewRenderer(opts: { pagesDirs?: string[] } = {}): ViewRenderer {
  const hbs = Handlebars.create();
  hbs.registerHelper(
    't',
    function (this: unknown, key: unknown, options: Handlebars.HelperOptions) {
      const k = String(key);
      if (!isMessageKey(k)) throw new Error(`Unknown message key ${k}`);
      const vars: Record<string, string | number> = {};
      for (const [name, value] of Object.entries(options.hash as Record<string, unknown>))
        if (typeof value === 'string' || typeof value === 'number') vars[name] = value;
      // The attorney path speaks of "the client" where a message says "you" (a `key@client` twin).
      const client = `${k}@client`;
      const attorney = whoOf(options) === 'attorney' && isMessageKey(client);
      return translate(langOf(options), attorney ? client : k, vars);
    },
  );
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper(
    'includes',
    (list: unknown, v: unknown) => Array.isArray(list) && list.includes(v),
  );
  hbs.registerHelper('inc', (n: unknown) => Number(n) + 1);
  hbs.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).find(Boolean) ?? '');
  hbs.registerHelper('and', (...args: unknown[]) => {
    const values = args.slice(0, -1);
    return values.every(Boolean) ? values[values.length - 1] : '';
  });
  hbs.registerHelper('not', (v: unknown) => !v);
  // A static file's URL with its content hash, so it can be cached for a year (static-assets.ts).
  hbs.registerHelper('asset', (p: unknown) => assetUrl(String(p)));
  hbs.registerHelper('dateParts', (v: unknown) => dateParts(typeof v === 'string' ? v : ''));
  hbs.registerHelper(
    'monthOptions',
    function (this: unknown, chosen: unknown, options: Handlebars.HelperOptions) {
      return monthNames(langOf(options)).map((label, i) => ({
        value: String(i + 1),
        label,
        selected: String(chosen) === String(i + 1),
      }));
    },
  );
  hbs.registerHelper('lookupField', (obj: unknown, key: unknown) =>
    obj && typeof obj === 'object' ? (obj as Record<string, unknown>)[String(key)] : undefined,
  );

  for (const { name, text } of hbsFiles(path.join(VIEWS_DIR, 'partials')))
    hbs.registerPartial(name, text);
  const compile = (text: string) => hbs.compile(text, { noEscape: false });
  const layouts = new Map(
    hbsFiles(path.join(VIEWS_DIR, 'layouts')).map((f) => [f.name, compile(f.text)]),
  );
  const pages = new Map<string, Handlebars.TemplateDelegate>();
  for (const dir of [path.join(VIEWS_DIR, 'pages'), ...(opts.pagesDirs ?? [])])
    for (const f of hbsFiles(dir)) pages.set(f.name, compile(f.text));

  return {
    render(page, model, layout = 'main') {
      const pageTpl = pages.get(page);
      const layoutTpl = layouts.get(layout);
      if (!pageTpl || !layoutTpl) throw new Error(`No view ${page} in layout ${layout}`);
      const body = pageTpl(model);
      return layoutTpl({ ...model, body: new hbs.SafeString(body) });
    },
  };
}
