import express from 'express';
import request from 'supertest';
import { assetUrl, compressPages, createStaticAssets, YEAR } from '../../src/web/static-assets';
import { wizardApp } from './wizard/support';
import { walkToCheck, Walker } from './wizard/journey';

/** The app as it runs with the one-line change in app.ts: assets and compression in front. */
function lightApp() {
  const app = express();
  app.use(createStaticAssets());
  app.use(compressPages());
  app.use(wizardApp());
  return app;
}

/** The raw bytes of a response, not decoded. */
function raw(req: request.Test): request.Test {
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

describe('static assets', () => {
  it('caches a fingerprinted USWDS stylesheet for a year and sends it Brotli-compressed', async () => {
    const url = assetUrl('/assets/uswds/css/uswds.min.css');
    expect(url).toMatch(/^\/assets\/uswds\/css\/uswds\.min\.css\?v=[\w-]{12}$/);
    const res = await raw(request(lightApp()).get(url).set('Accept-Encoding', 'br, gzip'));
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe(YEAR);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/css/);
    expect(res.headers['vary']).toBe('Accept-Encoding');
    // Bytes on the wire (the test client decodes the body itself).
    expect(Number(res.headers['content-length'])).toBeLessThan(100_000);
  });

  it('sends gzip to a browser without Brotli, and the plain file to one without either', async () => {
    const url = assetUrl('/assets/css/wizard.css');
    const gz = await raw(request(lightApp()).get(url).set('Accept-Encoding', 'gzip'));
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await raw(request(lightApp()).get(url).set('Accept-Encoding', 'identity'));
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect((plain.body as Buffer).toString('utf8')).toContain('.relief-exit-bar');
  });

  it('lets an address without the current hash be revalidated, and answers 304 when unchanged', async () => {
    const app = lightApp();
    const first = await request(app).get('/assets/js/wizard.js?v=old');
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = String(first.headers['etag']);
    const again = await request(app).get('/assets/js/wizard.js').set('If-None-Match', etag);
    expect(again.status).toBe(304);
  });

  it("caches USWDS's fonts, which its CSS names without a hash, for a week", async () => {
    const res = await request(lightApp()).get(
      '/assets/uswds/fonts/source-sans-pro/sourcesanspro-regular-webfont.woff2',
    );
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=604800');
    expect(res.headers['content-type']).toBe('font/woff2');
  });

  it('serves nothing outside the asset folders', async () => {
    const res = await request(lightApp()).get('/assets/..%2f..%2fpackage.json');
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('"dependencies"');
  });
});

describe('compressed pages', () => {
  it('compresses the HTML of each step and keeps it no-store', async () => {
    const res = await raw(request(lightApp()).get('/').set('Accept-Encoding', 'gzip'));
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['vary']).toMatch(/Accept-Encoding/);
  });

  it('walks the journey through the compressed pages, and leaves a download as it is', async () => {
    const w = await walkToCheck(new Walker(lightApp()));
    expect(w.h1).toBe('Check your answers');
    const saved = await raw(
      request(w.app)
        .post('/check')
        .type('form')
        .set('Cookie', w.cookie)
        .set('Accept-Encoding', 'br, gzip')
        .send(new URLSearchParams({ ...w.state(), _action: 'save' }).toString()),
    );
    expect(saved.headers['content-disposition']).toMatch(/attachment/);
    expect(saved.headers['content-encoding']).toBeUndefined();
    expect(saved.headers['cache-control']).toBe('no-store');
  });
});
