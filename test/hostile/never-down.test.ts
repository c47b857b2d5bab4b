import request from 'supertest';
import {
  rawRequest,
  startChildServer,
  truncatedMultipart,
  type ChildServer,
} from '../helpers/child-server';
import { newCsrfToken } from '../../src/web/wizard/csrf';
import { testApp } from '../helpers/app';

describe('a truncated multipart upload (no closing boundary)', () => {
  let server: ChildServer;
  // A fresh process per route, so each route shows on its own whether it can kill the server.
  beforeEach(async () => {
    server = await startChildServer();
  }, 60_000);
  afterEach(() => server.stop());

  // The clinic reads an upload only with a form cookie, so this one carries a good one.
  const cookie = `Cookie: csrf=${newCsrfToken(Buffer.alloc(32, 7))}\r\n`;
  // /continue has no token in this upload, so after reading it the answer is 403.
  const cases: Array<[string, string, string, string, number]> = [
    ['/api/v1/batch', 'file', 'client_id,jurisdiction\r\nC-1,US-NY\r\n', '', 400],
    ['/clinic', 'file', 'client_id,jurisdiction\r\nC-1,US-NY\r\n', cookie, 400],
    ['/continue', 'savedFile', '{"version":1', '', 403],
  ];

  it.each(cases)(
    'on %s gets a 4xx (not a crash), and the server goes on serving with nothing unhandled',
    async (route, field, content, headers, status) => {
      const answer = await rawRequest(
        server.port,
        truncatedMultipart(route, field, content, headers),
      );
      expect(answer).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
      // Give a late rejection or stream error time to surface before asking again.
      await new Promise((r) => setTimeout(r, 300));
      const health = await rawRequest(
        server.port,
        'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
      );
      expect(health).toMatch(/^HTTP\/1\.1 200 /);
      expect(server.child.exitCode).toBeNull();
      expect(server.stderr()).not.toMatch(/unhandled|uncaught/i);
    },
  );
});

describe('an error no handler catches', () => {
  it('is logged by name only and the process goes on serving', async () => {
    const server = await startChildServer();
    try {
      const answer = await rawRequest(
        server.port,
        'PUT /boom HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
      );
      expect(answer).toMatch(/^HTTP\/1\.1 204 /);
      await new Promise((r) => setTimeout(r, 300));
      const health = await rawRequest(
        server.port,
        'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
      );
      expect(health).toMatch(/^HTTP\/1\.1 200 /);
      expect(server.stderr()).toMatch(/"event":"unhandled-rejection","name":"Error"/);
      expect(server.stderr()).toMatch(/"event":"uncaught-exception","name":"TypeError"/);
      expect(server.stderr()).not.toMatch(/secret words/);
    } finally {
      await server.stop();
    }
  }, 60_000);
});

describe('an unsupported charset or Content-Encoding', () => {
  const { app } = testApp();

  it('is a 415 problem on the API for a charset it cannot decode', async () => {
    const res = await request(app)
      .post('/api/v1/eligibility')
      .set('Content-Type', 'application/json; charset=bogus')
      .send('{}');
    expect(res.status).toBe(415);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.parse(res.text)).toMatchObject({ status: 415 });
  });

  it('is a 415 problem on the API for a Content-Encoding it cannot undo', async () => {
    const res = await request(app)
      .post('/api/v1/documents?format=pdf')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'xyz')
      .send('{}');
    expect(res.status).toBe(415);
    expect(JSON.parse(res.text)).toMatchObject({ status: 415 });
  });

  it('is a 415 on a wizard step, not a 500', async () => {
    const res = await request(app)
      .post('/start')
      .set('Content-Type', 'application/x-www-form-urlencoded; charset=bogus')
      .send('a=b');
    expect(res.status).toBe(415);
  });
});
