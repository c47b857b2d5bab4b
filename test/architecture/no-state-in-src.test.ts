import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * A jurisdiction is data: no state code, state name or state-specific string in `src/`. A new
 * state is a pack, its templates and its fixtures; code that names a state would make it four.
 */
const SRC = path.join(__dirname, '..', '..', 'src');
const NEEDLES = ['US-NY', 'US-CA', 'US-FED', 'New York', 'California'];

// TODO(wizard branch): the wizard and its New York court questions and court hints still name
// states; the wizard branch moves them to packs, and this exclusion goes when it is merged.
const SKIPPED_DIRS = [path.join('web', 'wizard') + path.sep];
const SKIPPED_KEYS = /^\s*'(?:nycourt\.[\w.-]+|criminalCase\.courtHint\w*)':/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : [full];
  });
}

/** `file:line: text` for each line of `text` that names a state, outside the skipped message keys. */
function stateMentions(file: string, text: string): string[] {
  const lines = text.split('\n');
  const found: string[] = [];
  let key = '';
  lines.forEach((line, i) => {
    // A catalogue entry's value may start on the line after its key.
    if (/^\s*'[\w.-]+':/.test(line)) key = line;
    else if (!/^\s+['"`]/.test(line)) key = '';
    if (SKIPPED_KEYS.test(key)) return;
    const needle = NEEDLES.find((n) => line.includes(n));
    if (needle) found.push(`${file}:${i + 1}: ${needle}: ${line.trim()}`);
  });
  return found;
}

describe('src/ names no state', () => {
  it('has no state code or state name in any file under src/ (outside the wizard, for now)', () => {
    const files = filesUnder(SRC).filter((f) => {
      const rel = path.relative(SRC, f);
      return !SKIPPED_DIRS.some((d) => rel.startsWith(d));
    });
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) =>
      stateMentions(path.relative(SRC, f), readFileSync(f, 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('finds a state name in a line, and in a catalogue value on the line after a key not skipped', () => {
    expect(stateMentions('x.ts', "const a = 1;\nconst code = 'US-FED';")).toEqual([
      "x.ts:2: US-FED: const code = 'US-FED';",
    ]);
    expect(stateMentions('m.ts', "  'a.b':\n    'In California, …',")).toEqual([
      "m.ts:2: California: 'In California, …',",
    ]);
    expect(stateMentions('m.ts', "  'nycourt.city':\n    'New York City',")).toEqual([]);
  });
});
