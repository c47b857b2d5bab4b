/**
 * A reader for the parts of the Dockerfile syntax the project's Dockerfile uses, so the image test
 * proves the file as written: stages, WORKDIR, ENV, COPY (with --from), RUN, USER, EXPOSE,
 * HEALTHCHECK and CMD. Anything else it does not know is an error, so a new instruction cannot be
 * silently ignored by the test.
 */

export type Command = { form: 'exec'; argv: string[] } | { form: 'shell'; script: string };

export type Instruction =
  | { op: 'WORKDIR'; dir: string; line: number }
  | { op: 'ENV'; vars: Record<string, string>; line: number }
  | { op: 'COPY'; from?: string; sources: string[]; dest: string; line: number }
  | { op: 'RUN'; command: Command; line: number }
  | { op: 'USER'; user: string; line: number }
  | { op: 'EXPOSE'; ports: string[]; line: number }
  | { op: 'HEALTHCHECK'; options: Record<string, string>; command: Command; line: number }
  | { op: 'CMD'; command: Command; line: number };

export interface Stage {
  base: string;
  name?: string;
  instructions: Instruction[];
}

export class DockerfileError extends Error {
  constructor(line: number, message: string) {
    super(`Dockerfile line ${line}: ${message}`);
    this.name = 'DockerfileError';
  }
}

/** Logical lines: comments dropped, `\` continuations joined; each keeps its first line number. */
function logicalLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let current: { line: number; text: string } | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (!current && (trimmed === '' || trimmed.startsWith('#'))) return;
    if (current && trimmed.startsWith('#')) return;
    const continued = /\\\s*$/.test(raw);
    const piece = continued ? raw.replace(/\\\s*$/, '') : raw;
    if (current) current.text += ` ${piece.trim()}`;
    else current = { line: i + 1, text: piece.trim() };
    if (!continued) {
      out.push(current);
      current = undefined;
    }
  });
  if (current) out.push(current);
  return out;
}

function commandOf(rest: string, line: number): Command {
  if (rest.startsWith('[')) {
    let argv: unknown;
    try {
      argv = JSON.parse(rest);
    } catch {
      throw new DockerfileError(line, `not a JSON array: ${rest}`);
    }
    if (!Array.isArray(argv) || !argv.every((a) => typeof a === 'string'))
      throw new DockerfileError(line, `not an array of strings: ${rest}`);
    return { form: 'exec', argv: argv as string[] };
  }
  return { form: 'shell', script: rest };
}

/** `KEY=value KEY2="two words"` (or the old `KEY value` form). */
function envOf(rest: string, line: number): Record<string, string> {
  const vars: Record<string, string> = {};
  if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(rest)) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)\s+(.*)$/.exec(rest);
    if (!m) throw new DockerfileError(line, `cannot read ENV ${rest}`);
    vars[m[1]!] = m[2]!;
    return vars;
  }
  const re = /([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)\s*/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = re.exec(rest))) {
    const value = m[2]!;
    vars[m[1]!] =
      value.startsWith('"') || value.startsWith("'")
        ? value.slice(1, -1).replace(/\\(.)/g, '$1')
        : value;
    at = re.lastIndex;
  }
  if (at !== rest.length) throw new DockerfileError(line, `cannot read ENV ${rest}`);
  return vars;
}

/** Leading `--name=value` flags, then the words that follow. */
function flagsOf(rest: string): { flags: Record<string, string>; words: string[] } {
  const words = rest.split(/\s+/).filter(Boolean);
  const flags: Record<string, string> = {};
  while (words[0]?.startsWith('--')) {
    const [k, v = ''] = words.shift()!.slice(2).split('=');
    flags[k!] = v;
  }
  return { flags, words };
}

export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const { line, text: l } of logicalLines(text)) {
    const m = /^(\S+)\s*(.*)$/.exec(l)!;
    const op = m[1]!.toUpperCase();
    const rest = m[2]!.trim();
    if (op === 'FROM') {
      const from = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(rest);
      if (!from) throw new DockerfileError(line, `cannot read FROM ${rest}`);
      stages.push({
        base: from[1]!,
        ...(from[2] ? { name: from[2] } : {}),
        instructions: [],
      });
      continue;
    }
    const stage = stages[stages.length - 1];
    if (!stage) throw new DockerfileError(line, `${op} before the first FROM`);
    const add = (i: Instruction) => stage.instructions.push(i);
    switch (op) {
      case 'WORKDIR':
        add({ op, dir: rest, line });
        break;
      case 'ENV':
        add({ op, vars: envOf(rest, line), line });
        break;
      case 'COPY': {
        const { flags, words } = flagsOf(rest);
        const unknown = Object.keys(flags).filter((f) => f !== 'from' && f !== 'chown');
        if (unknown.length)
          throw new DockerfileError(line, `COPY --${unknown[0]} is not supported`);
        if (words.length < 2)
          throw new DockerfileError(line, 'COPY needs a source and a destination');
        add({
          op,
          ...(flags['from'] ? { from: flags['from'] } : {}),
          sources: words.slice(0, -1),
          dest: words[words.length - 1]!,
          line,
        });
        break;
      }
      case 'RUN':
        add({ op, command: commandOf(rest, line), line });
        break;
      case 'USER':
        add({ op, user: rest, line });
        break;
      case 'EXPOSE':
        add({ op, ports: rest.split(/\s+/), line });
        break;
      case 'CMD':
        add({ op, command: commandOf(rest, line), line });
        break;
      case 'HEALTHCHECK': {
        const { flags, words } = flagsOf(rest);
        if (words[0]?.toUpperCase() !== 'CMD')
          throw new DockerfileError(line, 'HEALTHCHECK must be HEALTHCHECK [options] CMD …');
        const command = rest.slice(rest.search(/\bCMD\b/i) + 3).trim();
        add({ op, options: flags, command: commandOf(command, line), line });
        break;
      }
      default:
        throw new DockerfileError(line, `${op} is not understood by the image test: teach it`);
    }
  }
  return stages;
}

/** The value of the last instruction of a kind in a stage (USER, WORKDIR, CMD …). */
export function lastOf<K extends Instruction['op']>(
  stage: Stage,
  op: K,
): Extract<Instruction, { op: K }> | undefined {
  const all = stage.instructions.filter((i): i is Extract<Instruction, { op: K }> => i.op === op);
  return all[all.length - 1];
}

/** Every ENV of a stage, later ones winning. */
export function envOfStage(stage: Stage): Record<string, string> {
  return Object.assign(
    {},
    ...stage.instructions.filter((i) => i.op === 'ENV').map((i) => (i.op === 'ENV' ? i.vars : {})),
  ) as Record<string, string>;
}
