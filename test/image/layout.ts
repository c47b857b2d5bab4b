import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import {
  envOfStage,
  lastOf,
  parseDockerfile,
  type Command,
  type Instruction,
  type Stage,
} from './dockerfile';
import { isIgnored, parseDockerignore } from './dockerignore';

/** The final stage laid out in a folder: what `docker run` would see, minus the base image. */
export interface ImageLayout {
  /** The image's `/` on this machine. */
  root: string;
  /** WORKDIR, on this machine. */
  workdir: string;
  /** WORKDIR as the image sees it. */
  imageWorkdir: string;
  env: Record<string, string>;
  cmd: Command;
  user?: string;
  expose: string[];
  healthcheck?: Extract<Instruction, { op: 'HEALTHCHECK' }>;
  stages: Stage[];
}

export class LayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LayoutError';
  }
}

/** A path inside a stage's filesystem, on this machine. */
function inStage(root: string, workdir: string, p: string): string {
  return path.join(root, path.posix.isAbsolute(p) ? p : path.posix.join(workdir, p));
}

/** `package*.json`-style sources: `*` and `?` within the last segment. */
function expand(base: string, source: string): string[] {
  const dir = path.posix.dirname(source);
  const name = path.posix.basename(source);
  if (!/[*?]/.test(name)) return [path.posix.normalize(source)];
  const re = new RegExp(
    `^${name
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')
      .replace(/\?/g, '[^/]')}$`,
  );
  const folder = path.join(base, dir);
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => re.test(f))
        .map((f) => path.posix.join(dir, f))
    : [];
}

/** Copy a file, folder or symlink, keeping modes; `skip` leaves out context paths. */
function copyTree(from: string, to: string, skip: (abs: string) => boolean): void {
  if (skip(from)) return;
  const st = lstatSync(from);
  if (st.isSymbolicLink()) {
    mkdirSync(path.dirname(to), { recursive: true });
    symlinkSync(readlinkSync(from), to);
  } else if (st.isDirectory()) {
    mkdirSync(to, { recursive: true, mode: st.mode & 0o7777 });
    for (const entry of readdirSync(from))
      copyTree(path.join(from, entry), path.join(to, entry), skip);
  } else {
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
}

function run(
  argv: string[],
  opts: { cwd: string; env: Record<string, string> },
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd: opts.cwd, env: opts.env });
    let output = '';
    const keep = (b: Buffer) => {
      output = (output + b.toString('utf8')).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

export function argvOf(command: Command): string[] {
  return command.form === 'exec' ? command.argv : ['/bin/sh', '-c', command.script];
}

/**
 * Build the Dockerfile without a Docker engine: each stage gets a folder for its `/`; COPY takes
 * from the build context (less `.dockerignore`) or from an earlier stage; RUN runs its command
 * with this machine's node and npm in the stage's WORKDIR, with the stage's ENV.
 */
export async function layOutImage(opts: {
  context: string;
  into: string;
  log?: (line: string) => void;
}): Promise<ImageLayout> {
  const dockerfile = readFileSync(path.join(opts.context, 'Dockerfile'), 'utf8');
  const ignoreFile = path.join(opts.context, '.dockerignore');
  const rules = existsSync(ignoreFile) ? parseDockerignore(readFileSync(ignoreFile, 'utf8')) : [];
  const ignored = (abs: string) => {
    const rel = path.relative(opts.context, abs).split(path.sep).join('/');
    return rel !== '' && isIgnored(rules, rel);
  };
  const stages = parseDockerfile(dockerfile);
  const roots = new Map<string, string>();
  let last: ImageLayout | undefined;

  for (const [i, stage] of stages.entries()) {
    const final = i === stages.length - 1;
    const root = path.join(opts.into, final ? 'image' : `stage-${stage.name ?? i}`);
    mkdirSync(root, { recursive: true });
    let workdir = '/';
    let env: Record<string, string> = {};
    for (const ins of stage.instructions) {
      const where = `Dockerfile line ${ins.line}`;
      switch (ins.op) {
        case 'WORKDIR':
          workdir = path.posix.resolve(workdir, ins.dir);
          mkdirSync(inStage(root, '/', workdir), { recursive: true });
          break;
        case 'ENV':
          env = { ...env, ...ins.vars };
          break;
        case 'COPY': {
          const fromRoot = ins.from ? roots.get(ins.from) : opts.context;
          if (!fromRoot) throw new LayoutError(`${where}: no earlier stage named ${ins.from}`);
          const sources = ins.sources.flatMap((s) =>
            ins.from ? [s] : expand(opts.context, s.replace(/^\.\//, '')),
          );
          const dest = inStage(root, workdir, ins.dest);
          const intoFolder = ins.dest.endsWith('/') || ins.sources.length > 1;
          for (const s of sources) {
            const src = ins.from ? path.join(fromRoot, s) : path.join(opts.context, s);
            if (!existsSync(src) || (!ins.from && ignored(src)))
              throw new LayoutError(
                `${where}: COPY ${ins.from ? `--from=${ins.from} ` : ''}${s}: not found${
                  !ins.from && existsSync(src) ? ' (left out by .dockerignore)' : ''
                }`,
              );
            const target =
              statSync(src).isDirectory() || !intoFolder ? dest : path.join(dest, path.basename(s));
            copyTree(src, target, ins.from ? () => false : ignored);
          }
          break;
        }
        case 'RUN': {
          const cwd = inStage(root, '/', workdir);
          opts.log?.(`RUN ${argvOf(ins.command).join(' ')}`);
          const result = await run(argvOf(ins.command), {
            cwd,
            env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: homedir(), ...env },
          });
          if (result.code !== 0)
            throw new LayoutError(
              `${where}: RUN ${argvOf(ins.command).join(' ')} exited ${result.code}:\n${result.output}`,
            );
          break;
        }
        default:
          break;
      }
    }
    if (stage.name) roots.set(stage.name, root);
    roots.set(String(i), root);
    if (final) {
      const cmd = lastOf(stage, 'CMD');
      if (!cmd) throw new LayoutError('The final stage has no CMD');
      const user = lastOf(stage, 'USER')?.user;
      const healthcheck = lastOf(stage, 'HEALTHCHECK');
      last = {
        root,
        workdir: inStage(root, '/', workdir),
        imageWorkdir: workdir,
        env: envOfStage(stage),
        cmd: cmd.command,
        ...(user ? { user } : {}),
        expose: stage.instructions.flatMap((x) => (x.op === 'EXPOSE' ? x.ports : [])),
        ...(healthcheck ? { healthcheck } : {}),
        stages,
      };
    }
  }
  if (!last) throw new LayoutError('The Dockerfile has no stage');
  return last;
}
