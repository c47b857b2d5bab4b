import request from 'supertest';
import { testApp } from '../helpers/app';

describe('GET /api/v1/jurisdictions/:code', () => {
  const { app } = testApp();

  it('names the requirements at the top level, as contract §3 lists them', async () => {
    const res = await request(app).get('/api/v1/jurisdictions/US-CA');
    expect(res.status).toBe(200);
    const codes = (res.body.requirements as { code: string }[]).map((r) => r.code);
    expect(codes).toContain('prosecutor-response');
    expect(res.body.requirements).toEqual(res.body.vacatur.requirements);
  });

  it('gives the restitution requirements of a pack that offers restitution', async () => {
    const res = await request(app).get('/api/v1/jurisdictions/US-FED');
    const codes = (res.body.restitution.requirements as { code: string }[]).map((r) => r.code);
    expect(codes).toContain('give-statement-to-prosecutor-and-probation');
  });
});
