import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runBatchCommand } from './batch';
import { assess } from '../domain/assess';
import type { FieldError } from '../domain/case-schema';
import { fieldErrorEn } from '../domain/issues';
import { todayIso } from '../domain/dates';
import { generatePacketFile, type OutputFormat } from '../documents/generate';
import { checkCase } from '../jurisdictions/check-case';
import { loadPacks } from '../jurisdictions/load-packs';
import { startServer } from '../web/server';
import { formatAssessment } from './format-assessment';
import { UsageError } from './usage-error';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  /** Today's date (YYYY-MM-DD); tests pin it. */
  today?: string;
}

const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

const USAGE = `Usage: relief <command>

  relief jurisdictions                         list the jurisdictions and what each offers
  relief check CASE.json [--json]              assess a case (CASE.json may be - for stdin)
  relief generate CASE.json --format pdf|docx|zip --out FILE|- [--lang en|es]
                                               write the filing packet (--out - writes to stdout;
                                               --lang es: the cover and instructions in Spanish)
  relief batch CASES.csv --out DRAFTS.zip      a ZIP of drafts for many clients (see relief batch --help)
  relief batch --template                      print the CSV header with one example row
  relief serve [--port N]                      start the web server (default port 3000)

Exit codes: 0 done, 1 the input was bad (the message says where), 2 usage.
`;

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

async function readCase(
  file: string,
  io: CliIo,
): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  let text: string;
  try {
    text = file === '-' ? await readAll(io.stdin) : readFileSync(file, 'utf8');
  } catch {
    return { ok: false, message: `Cannot read ${file}: check the path.` };
  }
  const json = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (err) {
    return {
      ok: false,
      message: `${file} is not valid JSON${wherePosition(err, json)}. Check quotes and commas.`,
    };
  }
}

/**
 * Where JSON.parse stopped, as a line and column. Never the parser's own message: it quotes a
 * piece of the file, which is the person's answers, and stderr is often kept in a log.
 */
function wherePosition(err: unknown, json: string): string {
  const m = /at position (\d+)/.exec(err instanceof Error ? err.message : '');
  if (!m) return '';
  const before = json.slice(0, Number(m[1]));
  return ` near line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}`;
}

function printErrors(io: CliIo, file: string, errors: FieldError[]): number {
  io.stderr.write(
    `${file} has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`}:\n`,
  );
  for (const e of errors) io.stderr.write(`  ${e.path}: ${e.message}\n`);
  return EXIT.badInput;
}

async function loadChecked(file: string | undefined, io: CliIo, today: string) {
  if (!file) throw new UsageError('Give the case file: relief check CASE.json');
  const raw = await readCase(file, io);
  if (!raw.ok) {
    io.stderr.write(`${raw.message}\n`);
    return undefined;
  }
  const registry = loadPacks();
  const checked = checkCase(raw.value, registry, today);
  if (!checked.ok) {
    printErrors(io, file, checked.issues.map(fieldErrorEn));
    return undefined;
  }
  return { ...checked, registry };
}

async function jurisdictions(io: CliIo): Promise<number> {
  for (const p of loadPacks().packs) {
    const reliefs = Object.keys(p.reliefs).join(', ');
    io.stdout.write(
      `${p.code.padEnd(7)} ${p.name}: ${reliefs} (${p.reliefs.vacatur?.authority ?? p.reliefs.none?.authority ?? p.reliefs.restitution?.authority ?? ''}; verified ${p.verifiedOn})\n`,
    );
  }
  return EXIT.ok;
}

async function check(args: string[], io: CliIo, today: string): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' } },
    allowPositionals: true,
  });
  const loaded = await loadChecked(positionals[0], io, today);
  if (!loaded) return EXIT.badInput;
  const assessment = assess(loaded.value, loaded.pack, today);
  io.stdout.write(
    values.json
      ? `${JSON.stringify(assessment, null, 2)}\n`
      : formatAssessment(assessment, loaded.pack),
  );
  return EXIT.ok;
}

async function generate(args: string[], io: CliIo, today: string): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      format: { type: 'string', default: 'pdf' },
      out: { type: 'string' },
      lang: { type: 'string', default: 'en' },
    },
    allowPositionals: true,
  });
  const format = values.format as OutputFormat;
  if (!['pdf', 'docx', 'zip'].includes(format))
    throw new UsageError('--format must be pdf, docx or zip');
  if (!values.out) throw new UsageError('Give where to write: --out FILE (or --out - for stdout)');
  if (values.lang !== 'en' && values.lang !== 'es') throw new UsageError('--lang must be en or es');
  const loaded = await loadChecked(positionals[0], io, today);
  if (!loaded) return EXIT.badInput;
  const file = await generatePacketFile(
    { case: loaded.value, format, today, lang: values.lang },
    loaded.registry,
  );
  if (values.out === '-') io.stdout.write(Buffer.from(file.bytes));
  else {
    await writeFile(values.out, file.bytes);
    io.stderr.write(`Wrote ${values.out} (${file.bytes.byteLength} bytes).\n`);
  }
  return EXIT.ok;
}

async function serve(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { port: { type: 'string' } } });
  // Without --port the server's config reads PORT (the one place the environment is read).
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535))
    throw new UsageError('--port must be a number from 0 to 65535');
  await startServer(port);
  return new Promise<number>(() => undefined);
}

/** The `relief` command. Returns the exit code rather than exiting, so tests can call it. */
export async function main(
  argv: string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin },
): Promise<number> {
  const [command, ...rest] = argv;
  const today = io.today ?? todayIso();
  try {
    switch (command) {
      case 'jurisdictions':
        return await jurisdictions(io);
      case 'check':
        return await check(rest, io, today);
      case 'generate':
        return await generate(rest, io, today);
      case 'batch':
        return await runBatchCommand(rest, io);
      case 'serve':
        return await serve(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(USAGE);
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (err) {
    if (
      err instanceof UsageError ||
      (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr.write(`${(err as Error).message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw err;
  }
}

// Run directly (`npm run relief -- …`, `tsx src/cli/main.ts …`); bin/relief.js calls main() itself.
if (require.main === module)
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
