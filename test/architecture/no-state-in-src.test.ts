import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * A jurisdiction is data: no state code, state name or state-specific string in `src/`. A new
 * state is a pack, its templates and its fixtures; code that names a state would make it four.
 */
const SRC = path.join(__dirname, '..', '..', 'src');
const NEEDLES = ['US-NY', 'US-CA', 'US-FED', 'New York', 'California'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : [full];
  });
}

/** `file:line: text` for each line of `text` that names a state. */
function stateMentions(file: string, text: string): string[] {
  const lines = text.split('\n');
  const found: string[] = [];
  lines.forEach((line, i) => {
    const needle = NEEDLES.find((n) => line.includes(n));
    if (needle) found.push(`${file}:${i + 1}: ${needle}: ${line.trim()}`);
  });
  return found;
}

describe('src/ names no state', () => {
  it('has no state code or state name in any file under src/', () => {
    const files = filesUnder(SRC);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) =>
      stateMentions(path.relative(SRC, f), readFileSync(f, 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('finds a state name in a line, and in a catalogue value on the line after its key', () => {
    expect(stateMentions('x.ts', "const a = 1;\nconst code = 'US-FED';")).toEqual([
      "x.ts:2: US-FED: const code = 'US-FED';",
    ]);
    expect(stateMentions('m.ts', "  'a.b':\n    'In California, …',")).toEqual([
      "m.ts:2: California: 'In California, …',",
    ]);
  });
});
