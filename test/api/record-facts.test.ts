import request from 'supertest';
import { nyCase, testApp } from '../helpers/app';

/** A federal case using every optional record fact of the contract additions. */
function fedCase(records: Record<string, unknown>[]): Record<string, unknown> {
  const c = nyCase();
  return {
    ...c,
    jurisdiction: 'US-FED',
    convictions: records,
    trafficking: { ...(c.trafficking as object), endDate: null },
  };
}

const CARJACKING = {
  offense: '18 U.S.C. § 2119',
  arrestDate: '2014-05-02',
  offenseDate: '2014-05-01',
  convictionDate: '2015-01-10',
  court: 'United States District Court for the District of New Jersey',
  arrestPlace: 'Newark, New Jersey',
  childVictim: false,
  imprisoned: true,
};

const OPEN_CHARGE = {
  offense: '18 U.S.C. § 1028',
  arrestDate: '2016-02-01',
  convictionDate: null,
  disposition: 'pending',
};

type Reasons = { reasons: { code: string }[] }[];
const codes = (body: { convictions: Reasons }) =>
  body.convictions.map((r) => r.reasons.map((x) => x.code));

describe('the API takes the optional record facts (contract v1 additions)', () => {
  const { app } = testApp();

  it('accepts disposition, imprisoned, offenseDate, childVictim and arrestPlace, and the law uses them', async () => {
    const res = await request(app)
      .post('/api/v1/eligibility')
      .send(fedCase([CARJACKING, OPEN_CHARGE]));
    expect(res.status).toBe(200);
    const [carjacking, open] = codes(res.body);
    expect(carjacking).toContain('level-b-sentence-reduction');
    expect(open).toContain('charge-pending');
  });

  it('assesses the same conviction differently without the prison answer', async () => {
    const { imprisoned: _dropped, ...notAsked } = CARJACKING;
    const res = await request(app)
      .post('/api/v1/eligibility')
      .send(fedCase([notAsked]));
    expect(res.status).toBe(200);
    expect(codes(res.body)[0]).not.toContain('level-b-sentence-reduction');
  });

  it('refuses a conviction date on an acquittal, naming the field', async () => {
    const res = await request(app)
      .post('/api/v1/eligibility')
      .send(fedCase([{ ...CARJACKING, disposition: 'acquitted' }]));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      { path: 'convictions.0.disposition', message: expect.stringContaining('acquitted') },
    ]);
  });

  it('refuses a disposition it does not know, and an offense date after the arrest', async () => {
    const res = await request(app)
      .post('/api/v1/eligibility')
      .send(
        fedCase([
          { ...CARJACKING, offenseDate: '2014-06-01' },
          { ...OPEN_CHARGE, disposition: 'vacated' },
        ]),
      );
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'convictions.1.disposition',
    ]);
    const second = await request(app)
      .post('/api/v1/eligibility')
      .send(fedCase([{ ...CARJACKING, offenseDate: '2014-06-01' }]));
    expect(second.body.errors).toEqual([
      {
        path: 'convictions.0.offenseDate',
        message: 'The date of the offense must be on or before the date of arrest',
      },
    ]);
  });

  it('refuses a child-victim or prison answer that is not true or false', async () => {
    const res = await request(app)
      .post('/api/v1/eligibility')
      .send(fedCase([{ ...CARJACKING, childVictim: 'no', imprisoned: 'yes' }]));
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'convictions.0.childVictim',
      'convictions.0.imprisoned',
    ]);
  });

  it('makes documents from a case with the facts', async () => {
    const res = await request(app)
      .post('/api/v1/documents?format=pdf')
      .send(fedCase([CARJACKING, OPEN_CHARGE]));
    expect(res.status).toBe(200);
  });
});
