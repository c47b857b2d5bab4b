import http from 'node:http';
import { nyCase } from '../helpers/app';
import { rawRequest, startChildServer } from '../helpers/child-server';

function post(port: number, path: string, body: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent: false,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('a request whose body never finishes', () => {
  it('is answered 408 and its connection closed once the request time is up', async () => {
    const server = await startChildServer(['--request-timeout', '1000']);
    try {
      const answer = await rawRequest(
        server.port,
        'POST /api/v1/eligibility HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
          'Content-Length: 100\r\n\r\n{"version"',
        20_000,
      );
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      await server.stop();
    }
  }, 60_000);
});

describe('shutting down (SIGTERM)', () => {
  it('finishes a download in flight, then exits cleanly', async () => {
    const server = await startChildServer(['--slow', '1500']);
    try {
      const download = post(server.port, '/api/v1/documents?format=pdf', JSON.stringify(nyCase()));
      await server.printed('render-started');
      const exited = new Promise<number | null>((r) =>
        server.child.once('exit', (code) => r(code)),
      );
      server.child.kill('SIGTERM');
      const res = await download;
      expect(res.status).toBe(200);
      expect(res.body).toBe('fake pdf');
      expect(await exited).toBe(0);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
