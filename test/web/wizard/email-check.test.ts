import { Checker } from '../../../src/web/wizard/checker';
import { checkAbout } from '../../../src/web/wizard/validate';

const ctx = { lang: 'en' as const, today: '2026-06-01' };
const person = { legalName: 'Lan Nguyen' };

function emailErrors(email: string) {
  const c = new Checker('en', '2026-06-01');
  c.email('email', email, 'field.email');
  return c.errors;
}

describe('the wizard email check', () => {
  it('accepts an ordinary address', () => {
    expect(emailErrors('lan@example.org')).toEqual([]);
    expect(emailErrors('lan.nguyen+court@mail.example.co.uk')).toEqual([]);
  });

  it('refuses an address with no dot in its domain, or an empty domain label', () => {
    expect(emailErrors('lan@localhost')).toHaveLength(1);
    expect(emailErrors('lan@example..org')).toHaveLength(1);
    expect(emailErrors('lan@.example.org')).toHaveLength(1);
  });

  it('answers a huge crafted address at once, with the length error', () => {
    const hostile = `a@${'.'.repeat(60_000)}@`;
    const started = Date.now();
    const r = checkAbout({ ...person, email: hostile }, ctx, false);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(['email']);
  });

  it('answers a huge crafted attorney address at once too', () => {
    const hostile = `a@${'.'.repeat(60_000)}@`;
    const started = Date.now();
    const r = checkAbout(
      { ...person, attorneyName: 'Ana Ruiz', barNumber: '123456', attorneyEmail: hostile },
      ctx,
      true,
    );
    expect(Date.now() - started).toBeLessThan(1000);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(['attorneyEmail']);
    expect(r.ok).toBe(false);
  });
});
