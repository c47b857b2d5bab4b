import request from 'supertest';
import { nyCase, testApp } from '../helpers/app';

describe('HTTP API v1', () => {
  const { app, deps } = testApp();

  it('answers the health check', async () => {
    const res = await request(app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('lists the jurisdictions with code, name, reliefs, remedy and verifiedOn', async () => {
    const res = await request(app).get('/api/v1/jurisdictions');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const codes = (res.body as { code: string }[]).map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['US-CA', 'US-FED', 'US-NY']));
    for (const p of res.body)
      expect(Object.keys(p).sort()).toEqual(['code', 'name', 'reliefs', 'remedy', 'verifiedOn']);
  });

  it('gives one pack’s public facts, case-insensitively', async () => {
    const res = await request(app).get('/api/v1/jurisdictions/us-ny');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ code: 'US-NY', authority: expect.stringContaining('440.10') });
    expect(res.body.offenses.length).toBeGreaterThanOrEqual(60);
    expect(res.body.sources.length).toBeGreaterThan(0);
  });

  it('answers an unknown jurisdiction with 404 problem details', async () => {
    const res = await request(app).get('/api/v1/jurisdictions/US-ZZ');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 404,
      title: expect.any(String),
      detail: expect.stringContaining('US-NY'),
    });
  });

  it('assesses the contract example as eligible with citations', async () => {
    const res = await request(app).post('/api/v1/eligibility').send(nyCase());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      jurisdiction: 'US-NY',
      relief: 'vacatur',
      overall: 'eligible',
      authority: expect.stringContaining('440.10'),
      convictions: [
        { index: 0, status: 'eligible', offense: { citation: expect.stringContaining('230.00') } },
      ],
    });
    for (const reason of res.body.convictions[0].reasons) expect(reason.citation).toBeTruthy();
  });

  it('answers an invalid case with 422 and the field errors', async () => {
    const bad = nyCase();
    (bad.convictions as Record<string, unknown>[])[0]!.arrestDate = '03/01/2012';
    const res = await request(app).post('/api/v1/eligibility').send(bad);
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual([
      { path: 'convictions.0.arrestDate', message: expect.stringMatching(/YYYY-MM-DD/) },
    ]);
  });

  it('answers a jurisdiction with no pack with a field error', async () => {
    const res = await request(app)
      .post('/api/v1/eligibility')
      .send({ ...nyCase(), jurisdiction: 'US-ZZ' });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({
      path: 'jurisdiction',
      message: expect.stringContaining('US-ZZ'),
    });
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await request(app)
      .post('/api/v1/eligibility')
      .set('Content-Type', 'application/json')
      .send('{"version": 1,');
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/JSON/);
    expect(res.text).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers a body over the limit with 413', async () => {
    const res = await request(app)
      .post('/api/v1/eligibility')
      .send({ ...nyCase(), padding: 'x'.repeat(1_100_000) });
    expect(res.status).toBe(413);
  });

  it('answers a non-JSON body with 415', async () => {
    const res = await request(app)
      .post('/api/v1/eligibility')
      .set('Content-Type', 'text/plain')
      .send('hello');
    expect(res.status).toBe(415);
  });

  it.each(['pdf', 'docx', 'zip'])(
    'returns the %s packet as an attachment named from the title',
    async (format) => {
      const res = await request(app).post(`/api/v1/documents?format=${format}`).send(nyCase());
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="?packet\./);
      expect(res.headers['content-disposition']).not.toMatch(/Lopez/);
      expect(res.headers['cache-control']).toBe('no-store');
    },
  );

  it('refuses an unknown document format with 400', async () => {
    const res = await request(app).post('/api/v1/documents?format=rtf').send(nyCase());
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/pdf/);
  });

  it('answers an unknown API path with 404 problem details', async () => {
    const res = await request(app).get('/api/v1/nothing');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('sends a strict Content-Security-Policy', async () => {
    const res = await request(app).get('/healthz');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['content-security-policy']).not.toMatch(/unsafe-inline/);
    expect(deps).toBeDefined();
  });
});
