import fc from 'fast-check';
import request from 'supertest';
import { assess } from '../../src/domain/assess';
import { checkCase } from '../../src/jurisdictions/check-case';
import { nyCase, registry, testApp, TODAY } from '../helpers/app';

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '{{x}}',
    '<script>alert(1)</script>',
    '=cmd|x',
    '\u202Eevil',
    'PL',
    '§',
    '9999-99-99',
    '2012-02-30',
    '__proto__',
    'constructor',
  ),
  fc.string({ unit: 'binary' }),
);
const anyJson = fc.oneof(fc.jsonValue(), hostile);

/** Replace one value somewhere inside a valid case with something arbitrary. */
function mutate(base: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0 || base === null || typeof base !== 'object') return value;
  const [head, ...rest] = path;
  if (Array.isArray(base)) {
    if (base.length === 0) return base;
    const i = Math.abs(Number(head)) % base.length;
    return base.map((v, j) => (j === i ? mutate(v, rest, value) : v));
  }
  const keys = Object.keys(base);
  const key =
    typeof head === 'string' && head in base
      ? head
      : keys[Math.abs(Number(head) || 0) % keys.length]!;
  return {
    ...(base as Record<string, unknown>),
    [key]: mutate((base as Record<string, unknown>)[key], rest, value),
  };
}

const mutatedCase = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.nat(20),
        fc.constantFrom('convictions', 'trafficking', 'petitioner', 'offense', 'arrestDate'),
      ),
      { maxLength: 4 },
    ),
    anyJson,
    fc.constantFrom('US-NY', 'US-CA', 'US-FED'),
  )
  .map(([path, value, jurisdiction]) => mutate({ ...nyCase(), jurisdiction }, path, value));

describe('hostile input', () => {
  it('never crashes the engine: every input is either a list of field errors or an assessment', () => {
    fc.assert(
      fc.property(fc.oneof(anyJson, mutatedCase), (input) => {
        const checked = checkCase(input, registry, TODAY);
        if (!checked.ok) {
          expect(checked.errors.length).toBeGreaterThan(0);
          for (const e of checked.errors) expect(typeof e.message).toBe('string');
          return;
        }
        const a = assess(checked.value, checked.pack, TODAY);
        for (const r of a.convictions) expect(r.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never answers 5xx from the eligibility endpoint', async () => {
    const { app } = testApp();
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyJson, mutatedCase), async (input) => {
        const res = await request(app)
          .post('/api/v1/eligibility')
          .set('Content-Type', 'application/json')
          .send(JSON.stringify(input));
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });
});
