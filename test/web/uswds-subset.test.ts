import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

describe('the USWDS subset the pages load', () => {
  it('is what scripts/uswds-subset.mjs makes from the views today (run `npm run css:uswds` when a USWDS class is added)', () => {
    const run = spawnSync(process.execPath, ['scripts/uswds-subset.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
