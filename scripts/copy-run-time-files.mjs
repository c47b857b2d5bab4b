// The build's second half: copy every file the server and the CLI read at run time next to the
// compiled code, so that dist/ mirrors the repository root. The lookup code then finds each file
// relative to its own module, the same way from src/ and from dist/, and the image copies dist/
// alone. This is the one place that knows the run-time files.
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');

// Read whole at run time: the document templates, the jurisdiction packs, the browser assets.
const FOLDERS = ['templates', 'jurisdictions', 'public'];

function files(dir, rel = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const r = path.join(rel, e.name);
    return e.isDirectory() ? files(path.join(dir, e.name), r) : [r];
  });
}

for (const folder of FOLDERS) {
  rmSync(path.join(dist, folder), { recursive: true, force: true });
  cpSync(path.join(root, folder), path.join(dist, folder), { recursive: true });
}

// Every file under src/ that is not TypeScript (the views), beside its compiled module; copies of
// files since deleted from src/ go first.
for (const f of files(path.join(dist, 'src')))
  if (!/\.(js|map)$/.test(f)) rmSync(path.join(dist, 'src', f));
for (const f of files(path.join(root, 'src'))) {
  if (f.endsWith('.ts')) continue;
  mkdirSync(path.dirname(path.join(dist, 'src', f)), { recursive: true });
  copyFileSync(path.join(root, 'src', f), path.join(dist, 'src', f));
}
