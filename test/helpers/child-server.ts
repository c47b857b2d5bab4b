import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export interface ChildServer {
  port: number;
  /** Resolves when the child prints this line (e.g. `render-started`). */
  printed: (line: string) => Promise<void>;
  child: ChildProcess;
  /** Everything the child wrote to stderr (an uncaught error lands here). */
  stderr: () => string;
  stop: () => Promise<void>;
}

/** Start test/helpers/serve-app.ts in its own process and wait for its port. */
export function startChildServer(args: string[] = []): Promise<ChildServer> {
  const child = spawn(
    process.execPath,
    ['--require', require.resolve('tsx/cjs'), path.join(__dirname, 'serve-app.ts'), ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let err = '';
  child.stderr?.on('data', (c: Buffer) => (err += c.toString('utf8')));
  let out = '';
  const printed = (line: string) =>
    new Promise<void>((resolve) => {
      const look = () => {
        if (!out.includes(`${line}\n`)) return;
        child.stdout?.off('data', look);
        resolve();
      };
      child.stdout?.on('data', look);
      look();
    });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const m = /port=(\d+)/.exec(out);
      if (!m) return;
      child.removeAllListeners('exit');
      resolve({
        port: Number(m[1]),
        printed,
        child,
        stderr: () => err,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGKILL');
          }),
      });
    });
  });
}

/** Send raw bytes on a fresh socket and collect the whole answer (the server closes or we time out). */
export function rawRequest(port: number, bytes: string | Buffer, waitMs = 3000): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let got = '';
    const finish = () => {
      socket.destroy();
      resolve(got);
    };
    const timer = setTimeout(finish, waitMs);
    socket.on('data', (c: Buffer) => {
      got += c.toString('latin1');
      // One complete response is enough; the test only needs its status line.
      if (/\r\n\r\n/.test(got)) {
        clearTimeout(timer);
        setTimeout(finish, 50);
      }
    });
    socket.on('error', () => {
      clearTimeout(timer);
      finish();
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(got);
    });
    socket.write(bytes);
  });
}

/** A truncated multipart POST: the closing boundary never comes, but Content-Length is honest. */
export function truncatedMultipart(
  route: string,
  field: string,
  content: string,
  headers = '',
): string {
  const body =
    `--XB\r\nContent-Disposition: form-data; name="${field}"; filename="a.csv"\r\n` +
    `Content-Type: text/csv\r\n\r\n${content}`;
  return (
    `POST ${route} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=XB\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n${headers}\r\n${body}`
  );
}
