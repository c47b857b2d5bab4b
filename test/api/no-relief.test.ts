import request from 'supertest';
import { registryOf } from '../../src/jurisdictions/load-packs';
import { noReliefPack } from '../helpers/no-relief-pack';
import { registry, testApp } from '../helpers/app';
import { testCase } from '../helpers/test-pack';

describe('a state with no trafficking-specific relief for adults, in the API', () => {
  const pack = noReliefPack();
  const others = registry.packs.filter((p) => p.code !== pack.code);
  const { app } = testApp({ registry: registryOf([...others, pack]) });

  it('is listed by GET /api/v1/jurisdictions with reliefs ["none"] and remedy "none"', async () => {
    const res = await request(app).get('/api/v1/jurisdictions');
    expect(res.status).toBe(200);
    const row = (res.body as { code: string }[]).find((p) => p.code === 'US-IA');
    expect(row).toEqual({
      code: 'US-IA',
      name: 'Testland',
      reliefs: ['none'],
      remedy: 'none',
      verifiedOn: pack.verifiedOn,
    });
  });

  it('gives its finding, other options and sources in its public facts', async () => {
    const res = await request(app).get('/api/v1/jurisdictions/us-ia');
    expect(res.status).toBe(200);
    expect(res.body.authority).toBe(pack.reliefs.none?.authority);
    expect(res.body.none.finding).toBe('none-for-adults');
    expect(res.body.none.otherOptions.map((o: { citation: string }) => o.citation)).toEqual([
      'Test Code § 9',
      'Test Code § 10',
    ]);
    expect(res.body.vacatur).toBeNull();
    expect(res.body.sources[0].url).toBe('https://example.org/statute');
  });

  it('assesses a record-relief case: every record needs review, with the reason code', async () => {
    const res = await request(app)
      .post('/api/v1/eligibility')
      .send(testCase({ jurisdiction: 'US-IA' }));
    expect(res.status).toBe(200);
    expect(res.body.overall).toBe('needs-review');
    expect(res.body.convictions[0].reasons[0].code).toBe('no-adult-trafficking-relief');
  });
});
