import request from 'supertest';
import { testApp } from '../helpers/app';

describe('behind a TLS proxy', () => {
  it('sets a Secure __Host- CSRF cookie when the proxy is trusted and says the request was https', async () => {
    const { app } = testApp({ trustProxy: true });
    const res = await request(app).get('/').set('X-Forwarded-Proto', 'https');
    const cookie = String(res.headers['set-cookie']?.[0] ?? '');
    expect(cookie).toMatch(/^__Host-csrf=/);
    expect(cookie).toMatch(/; Secure/);
  });

  it('ignores X-Forwarded-Proto from an untrusted client', async () => {
    const { app } = testApp();
    const res = await request(app).get('/').set('X-Forwarded-Proto', 'https');
    const cookie = String(res.headers['set-cookie']?.[0] ?? '');
    expect(cookie).toMatch(/^csrf=/);
    expect(cookie).not.toMatch(/; Secure/);
  });
});
