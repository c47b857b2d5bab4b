import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/** `npm run relief -- …` runs the source file directly with tsx. */
function runSource(args: string[]) {
  return spawnSync(TSX, [path.join(ROOT, 'src', 'cli', 'main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('src/cli/main.ts run directly (npm run relief)', () => {
  it('runs the command and prints its output', () => {
    const r = runSource(['jurisdictions']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/US-NY\s+New York/);
  });

  it('exits 2 with the usage when no command is given', () => {
    const r = runSource([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/Usage: relief/);
  });
});
