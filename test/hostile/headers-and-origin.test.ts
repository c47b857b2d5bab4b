import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { testApp } from '../helpers/app';

describe('security headers', () => {
  it('send a Permissions-Policy and an X-Frame-Options that agrees with frame-ancestors none', async () => {
    const { app } = testApp();
    for (const path of ['/', '/healthz', '/api/v1/jurisdictions', '/no-such-page']) {
      const res = await request(app).get(path);
      expect(res.headers['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(\)/);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    }
  });
});

describe('the batch API and other sites', () => {
  it("refuses a browser's cross-site post (Origin of another site) before reading it", async () => {
    const { app, deps } = testApp();
    const res = await request(app)
      .post('/api/v1/batch')
      .set('Origin', 'http://evil.example')
      .set('Content-Type', 'text/csv')
      .send('client_id,jurisdiction\r\n');
    expect(res.status).toBe(403);
    expect(JSON.parse(res.text)).toMatchObject({ status: 403 });
    expect((deps.pool as unknown as { calls: unknown[] }).calls).toHaveLength(0);
  });

  it('still takes a script with no Origin, and a same-site post', async () => {
    const { app } = testApp();
    const template = await request(app).get('/clinic/template.csv');
    const bare = await request(app)
      .post('/api/v1/batch?check=1')
      .set('Content-Type', 'text/csv')
      .send(template.text);
    expect(bare.status).toBe(200);
    const sameSite = await request(app)
      .post('/api/v1/batch?check=1')
      .set('Host', 'relief.example')
      .set('Origin', 'https://relief.example')
      .set('Content-Type', 'text/csv')
      .send(template.text);
    expect(sameSite.status).toBe(200);
  });
});

describe('the request log', () => {
  it('records a request the reader abandoned, as aborted, with no body or address', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const { app } = testApp({
      logger: { info: (event, f) => lines.push({ event, ...f }), error: () => undefined },
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as AddressInfo;
    const body = JSON.stringify({ version: 1 });
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/v1/eligibility',
      agent: false,
      headers: { 'Content-Type': 'application/json', 'Content-Length': 1000 },
    });
    req.on('error', () => undefined);
    req.write(body);
    while (!lines.length) {
      await new Promise((r) => setTimeout(r, 20));
      if (!req.destroyed) req.destroy();
    }
    server.close();
    expect(lines[0]).toMatchObject({ event: 'request', method: 'POST', aborted: true });
    expect(JSON.stringify(lines)).not.toMatch(/version|127\.0\.0\.1/);
  });
});
