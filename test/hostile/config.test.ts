import { ConfigError, readConfig } from '../../src/web/config';

const LONG = 'k'.repeat(32);

describe('the server configuration', () => {
  it('refuses a RELIEF_SECRET shorter than 32 bytes, in any mode', () => {
    expect(() => readConfig({ RELIEF_SECRET: 'x' })).toThrow(/1 bytes; it must be at least 32/);
    expect(() => readConfig({ RELIEF_SECRET: 'x' })).toThrow(/openssl rand/);
    expect(() => readConfig({ NODE_ENV: 'production', RELIEF_SECRET: 'k'.repeat(31) })).toThrow(
      ConfigError,
    );
  });

  it('starts with a 32-byte secret; without one, refuses in production and elsewhere uses a per-process key', () => {
    const prod = readConfig({ NODE_ENV: 'production', RELIEF_SECRET: LONG });
    expect(prod.secret.toString('utf8')).toBe(LONG);
    expect(prod.ephemeralSecret).toBe(false);
    expect(() => readConfig({ NODE_ENV: 'production' })).toThrow(/RELIEF_SECRET is not set/);
    const none = readConfig({});
    expect(none.ephemeralSecret).toBe(true);
    expect(none.secret).toHaveLength(32);
  });

  it('reads the proxy, the limits and the render line, with 0 turning a limit off', () => {
    const c = readConfig({
      RELIEF_TRUST_PROXY: '1',
      RELIEF_GENERATE_PER_MINUTE: '0',
      RELIEF_BATCH_PER_MINUTE: '3',
      RELIEF_RENDER_QUEUE: '8',
      PORT: '0',
    });
    expect(c).toMatchObject({
      trustProxy: 1,
      rateLimits: { generatePerMinute: Number.MAX_SAFE_INTEGER, batchPerMinute: 3 },
      renderQueue: 8,
      port: 0,
    });
    expect(readConfig({ RELIEF_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(readConfig({ RELIEF_TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
    expect(readConfig({}).rateLimits).toEqual({ generatePerMinute: 30, batchPerMinute: 10 });
  });
});
