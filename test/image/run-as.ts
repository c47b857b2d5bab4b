import { spawn, type ChildProcess } from 'node:child_process';
import { homedir } from 'node:os';

/**
 * CI runs as root: the image's processes then run as an unprivileged user with no name, as a
 * container runtime runs an image's numeric USER. Its uid is this test process's own (100000 + pid),
 * so that two runs of the image test at once (two clones on one machine) never share an owner, and
 * "the server wrote no file anywhere" can be asked of this run's server alone.
 */
export const AS_ROOT = process.getuid?.() === 0;
export const NOBODY = { uid: 100_000 + process.pid, gid: 100_000 + process.pid };

/**
 * The argv that runs `argv` as a non-root user: `setpriv` to NOBODY when the test is root (CI);
 * a non-root test is already a non-root user, and runs it as itself.
 */
export function asNonRoot(argv: string[]): string[] {
  return AS_ROOT
    ? [
        'setpriv',
        `--reuid=${NOBODY.uid}`,
        `--regid=${NOBODY.gid}`,
        '--clear-groups',
        '--inh-caps=-all',
        '--',
        ...argv,
      ]
    : argv;
}

/** What a container's process sees: PATH and HOME, then the image's ENV and the given extras. */
export function containerEnv(
  imageEnv: Record<string, string>,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: AS_ROOT ? '/nonexistent' : homedir(),
    ...imageEnv,
    ...extra,
  };
}

export interface Finished {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/** Run to the end, as the non-root user. */
export function runAs(
  argv: string[],
  opts: { cwd: string; env: Record<string, string> },
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const [cmd, ...args] = asNonRoot(argv);
    const child = spawn(cmd!, args, { cwd: opts.cwd, env: opts.env });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => (err = (err + b.toString('utf8')).slice(-20_000)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: err }));
  });
}

/** Start a long-running process as the non-root user, keeping the tail of its output. */
export function startAs(
  argv: string[],
  opts: { cwd: string; env: Record<string, string> },
): { child: ChildProcess; output: () => string } {
  const [cmd, ...args] = asNonRoot(argv);
  const child = spawn(cmd!, args, { cwd: opts.cwd, env: opts.env });
  let output = '';
  const keep = (b: Buffer) => (output = (output + b.toString('utf8')).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => output };
}
