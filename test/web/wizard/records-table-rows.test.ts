import { checkRecordRows, rowCount } from '../../../src/web/wizard/validate';

const ctx = { lang: 'en' as const, today: '2026-06-01' };
const row0 = {
  'rows-0-offense': 'PL 230.00',
  'rows-0-arrestDate': '03/01/2012',
  'rows-0-convictionDate': '03/02/2012',
};

describe("the attorney's records table", () => {
  it('reads the rows the page says it has', () => {
    expect(rowCount({ rowCount: '7' })).toBe(7);
    expect(rowCount({ rowCount: 'seven' })).toBe(0);
  });

  it('keeps the typed records when the table has grown past 100 rows', () => {
    expect(rowCount({ rowCount: '105' })).toBe(100);
    const r = checkRecordRows({ rowCount: '105', ...row0 }, ctx);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.map((x) => x.offense)).toEqual(['PL 230.00']);
  });
});
