// The parts of USWDS the app uses: its stylesheet with every rule whose classes appear nowhere in
// the views, the wizard's script or the web code dropped (PurgeCSS), saved as
// public/css/uswds-subset.css. Run `npm run css:uswds` after adding a USWDS class; a test fails
// while the saved file differs from what this makes. Font and image URLs are rewritten to reach
// USWDS's own files at /assets/uswds/, so nothing else of USWDS is copied.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PurgeCSS } from 'purgecss';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
export const SUBSET_FILE = path.join(root, 'public', 'css', 'uswds-subset.css');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

/** Words as class names are written, `tablet-lg:grid-col-9` included, and their parts. */
function words(content) {
  const whole = content.match(/[A-Za-z0-9_:-]+/g) ?? [];
  return [...whole, ...whole.flatMap((w) => w.split(':'))];
}

export async function makeSubset() {
  const content = [
    ...files(path.join(root, 'src', 'web')).filter((f) => /\.(hbs|ts)$/.test(f)),
    ...files(path.join(root, 'public', 'js')),
  ];
  const cssFile = require.resolve('@uswds/uswds/css/uswds.min.css');
  const [result] = await new PurgeCSS().purge({
    content,
    css: [cssFile],
    defaultExtractor: words,
    // Kept whatever the views say: the page roots, the focus ring and the print rules' targets.
    safelist: { standard: ['html', 'body', /^usa-focus$/, /^usa-sr-only$/], greedy: [] },
    fontFace: true,
    variables: false,
  });
  const css = result.css.replace(/url\((["']?)\.\.\//g, 'url($1../uswds/');
  // @charset must stay the file's first bytes.
  const body = css.replace(/^@charset "UTF-8";\s*/, '');
  return `@charset "UTF-8";\n/* USWDS ${JSON.parse(readFileSync(path.join(path.dirname(cssFile), '..', '..', 'package.json'), 'utf8')).version}, the rules this app uses; made by scripts/uswds-subset.mjs */\n${body}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const made = await makeSubset();
  const name = path.relative(root, SUBSET_FILE);
  if (process.argv.includes('--check')) {
    const saved = existsSync(SUBSET_FILE) ? readFileSync(SUBSET_FILE, 'utf8') : '';
    if (saved !== made) {
      console.error(`${name} is stale: run \`npm run css:uswds\` and commit it`);
      process.exit(1);
    }
    console.log(`${name} is up to date`);
  } else {
    writeFileSync(SUBSET_FILE, made);
    console.log(`${name}: ${Buffer.byteLength(made)} bytes`);
  }
}
