import request from 'supertest';
import { wizardApp, packs } from './support';

describe('the coverage page', () => {
  it('lists every pack with its law, court, date checked and papers, in English', async () => {
    const res = await request(wizardApp()).get('/coverage');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Where this tool can help');
    for (const p of packs().packs) {
      expect(res.text).toContain(p.name);
      if (p.reliefs.vacatur) expect(res.text).toContain(p.reliefs.vacatur.authority);
    }
    expect(res.text).toContain('Notice of Motion to Vacate Judgment');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('is in Spanish on the Spanish side: names, remedies and dates in Spanish, paper titles marked English', async () => {
    const res = await request(wizardApp()).get('/coverage?lang=es');
    expect(res.text).toContain('Dónde puede ayudar esta herramienta');
    expect(res.text).toContain('Nueva York');
    expect(res.text).toMatch(/\d+ de [a-z]+ de \d{4}/);
    expect(res.text).toContain('lang="en">Notice of Motion');
  });

  it('is linked from every page footer in the page’s language', async () => {
    const en = await request(wizardApp()).get('/');
    expect(en.text).toContain('href="/coverage"');
    const es = await request(wizardApp()).get('/?lang=es');
    expect(es.text).toContain('href="/coverage?lang=es"');
  });
});
