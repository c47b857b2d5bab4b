import { recordQuestionsOf } from '../../../src/web/wizard/record-questions';
import { packs } from './support';
import { checkRecordRows, rowCount } from '../../../src/web/wizard/validate';

const ctx = {
  lang: 'en' as const,
  today: '2026-06-01',
  asks: recordQuestionsOf(packs().get('US-NY')),
};
const fed = { ...ctx, asks: recordQuestionsOf(packs().get('US-FED')) };
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

  it('reads a filled conviction date with no answer to "how it ended" as a conviction', () => {
    const r = checkRecordRows({ rowCount: '5', ...row0, 'rows-0-imprisoned': 'yes' }, ctx);
    expect(r.ok && r.value[0]).toMatchObject({ disposition: 'convicted', imprisoned: 'yes' });
  });

  it('refuses a conviction date on a dismissed row, naming the row and the column', () => {
    const r = checkRecordRows({ rowCount: '5', ...row0, 'rows-0-disposition': 'dismissed' }, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        {
          path: 'rows-0-disposition',
          message:
            'Row 1: A date of conviction is only for a conviction: choose "Convicted" or remove the date',
        },
      ]);
  });

  it('refuses a prison sentence on a row with no conviction', () => {
    const r = checkRecordRows(
      {
        rowCount: '5',
        'rows-0-offense': 'PL 230.00',
        'rows-0-arrestDate': '03/01/2012',
        'rows-0-disposition': 'acquitted',
        'rows-0-imprisoned': 'yes',
      },
      ctx,
    );
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['rows-0-imprisoned']);
  });

  it('asks a conviction date for a row marked convicted', () => {
    const r = checkRecordRows(
      { rowCount: '5', ...row0, 'rows-0-convictionDate': '', 'rows-0-disposition': 'convicted' },
      ctx,
    );
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['rows-0-convictionDate']);
  });

  it('reads an offense date before the arrest and refuses one after it', () => {
    const good = checkRecordRows(
      { rowCount: '5', ...row0, 'rows-0-offenseDate': '2/28/2012' },
      ctx,
    );
    expect(good.ok && good.value[0]?.offenseDate).toBe('02/28/2012');
    const bad = checkRecordRows({ rowCount: '5', ...row0, 'rows-0-offenseDate': '3/5/2012' }, ctx);
    expect(bad.ok ? [] : bad.errors.map((e) => e.message)).toEqual([
      'Row 1: The date of the offense must be on or before the date of arrest',
    ]);
  });

  it('keeps the federal place of arrest and child-victim answer, and only for federal records', () => {
    const body = {
      rowCount: '5',
      ...row0,
      'rows-0-arrestPlace': 'Newark, New Jersey',
      'rows-0-childVictim': 'no',
    };
    const f = checkRecordRows(body, fed);
    expect(f.ok && f.value[0]).toMatchObject({
      arrestPlace: 'Newark, New Jersey',
      childVictim: 'no',
    });
    const ny = checkRecordRows(body, ctx);
    expect(ny.ok && ny.value[0]).toMatchObject({ arrestPlace: '', childVictim: '' });
    const wrong = checkRecordRows({ ...body, 'rows-0-childVictim': 'maybe' }, fed);
    expect(wrong.ok ? [] : wrong.errors.map((e) => e.path)).toEqual(['rows-0-childVictim']);
  });
});
