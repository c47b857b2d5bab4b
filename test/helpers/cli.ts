import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/main';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

/** Run the `relief` command in-process with captured streams. */
export async function runCli(argv: string[], stdin = ''): Promise<CliResult> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const code = await main(argv, {
    stdout,
    stderr,
    stdin: Readable.from([stdin]),
    today: '2026-11-27',
  });
  const stdoutBytes = Buffer.concat(out);
  return {
    code,
    stdout: stdoutBytes.toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
    stdoutBytes,
  };
}
