import { todayIso } from '../../../src/domain/dates';

describe('todayIso', () => {
  it('is the local date in California at 8 pm, not the UTC date of the next day', () => {
    expect(todayIso(new Date('2026-03-02T04:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-01');
  });

  it('is the next day once local midnight has passed', () => {
    expect(todayIso(new Date('2026-03-02T08:30:00Z'), 'America/Los_Angeles')).toBe('2026-03-02');
  });

  it('is the UTC date in UTC, with months and days on two digits', () => {
    expect(todayIso(new Date('2026-03-02T04:00:00Z'), 'UTC')).toBe('2026-03-02');
    expect(todayIso(new Date('2026-01-05T12:00:00Z'), 'UTC')).toBe('2026-01-05');
  });

  it("uses the process's own time zone when none is named", () => {
    const now = new Date('2026-07-04T03:30:00Z');
    const local = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(todayIso(now)).toBe(local);
  });
});
