import { COLUMNS } from '../../src/batch/columns';
import { readBatchCsv } from '../../src/batch/read-csv';
import { csvLine } from '../../src/batch/csv-cell';
import { batchTemplateCsv, exampleRow } from '../../src/batch/template';
import { checkClient } from '../../src/batch/to-case';
import { DEFAULT_LIMITS } from '../../src/batch/types';
import { loadPacks } from '../../src/jurisdictions/load-packs';
import { TODAY, csvOf, goodRow, registry, streamOf, type Row } from './helpers';

/** One client's rows through the real reader and the case check. */
async function check(rows: Row[], columns: readonly string[] = COLUMNS, reg = registry) {
  const read = await readBatchCsv(streamOf(csvOf(rows, columns)), DEFAULT_LIMITS);
  if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('; '));
  const client = read.clients[0];
  if (!client) throw new Error('no client');
  return { checked: checkClient(client, reg, TODAY, DEFAULT_LIMITS), warnings: read.warnings };
}

async function firstRecord(overrides: Row) {
  const { checked } = await check([goodRow('A', overrides)]);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.value.convictions[0];
}

describe('the optional record columns', () => {
  it('come after the contract columns, so the template only grows at the end', () => {
    expect(COLUMNS.slice(-5)).toEqual([
      'disposition',
      'imprisoned',
      'offense_date',
      'child_victim',
      'arrest_place',
    ]);
    expect(batchTemplateCsv(loadPacks()).split('\r\n')[0]).toMatch(
      /,documentation,disposition,imprisoned,offense_date,child_victim,arrest_place$/,
    );
  });

  it('are read into the case', async () => {
    expect(
      await firstRecord({
        conviction_date: '',
        disposition: 'Dismissed on government motion',
        offense_date: '2012-02-28',
        child_victim: 'no',
        arrest_place: 'Newark, New Jersey',
      }),
    ).toMatchObject({
      convictionDate: null,
      disposition: 'dismissed-on-government-motion',
      offenseDate: '2012-02-28',
      childVictim: false,
      arrestPlace: 'Newark, New Jersey',
    });
  });

  it('read imprisoned as yes/no or true/false, and blank as not known', async () => {
    expect((await firstRecord({ imprisoned: 'yes' }))?.imprisoned).toBe(true);
    expect((await firstRecord({ imprisoned: 'TRUE' }))?.imprisoned).toBe(true);
    expect((await firstRecord({ imprisoned: 'false' }))?.imprisoned).toBe(false);
    expect((await firstRecord({ imprisoned: 'No' }))?.imprisoned).toBe(false);
    expect((await firstRecord({ imprisoned: '' }))?.imprisoned).toBeUndefined();
  });

  it('read "unknown" in child_victim as not known', async () => {
    expect((await firstRecord({ child_victim: 'unknown' }))?.childVictim).toBeUndefined();
    expect((await firstRecord({ child_victim: 'yes' }))?.childVictim).toBe(true);
  });

  it('take "convicted" with a conviction date as a conviction', async () => {
    const r = await firstRecord({ disposition: 'convicted' });
    expect(r?.convictionDate).toBe('2012-03-02');
    expect(r?.disposition).toBeUndefined();
  });

  it('are optional: a file with only the contract columns is read as before, with no warning', async () => {
    const { checked, warnings } = await check([goodRow('A')], COLUMNS.slice(0, -5));
    expect(warnings).toEqual([]);
    expect(checked.ok && checked.value.convictions[0]).toMatchObject({
      convictionDate: '2012-03-02',
    });
    expect(checked.ok && checked.value.convictions[0]?.disposition).toBeUndefined();
  });

  it('still warn about a column batch mode does not read', async () => {
    const { warnings } = await check([goodRow('A')], [...COLUMNS, 'sentence']);
    expect(warnings.map((w) => w.message)).toEqual([
      'The column "sentence" is not one batch mode reads, so it was ignored. Check the spelling if it should be one of the template\'s columns.',
    ]);
  });
});

describe('errors in the optional record columns name the column', () => {
  async function problems(overrides: Row) {
    const { checked } = await check([goodRow('A'), goodRow('A', overrides)]);
    return checked.ok
      ? []
      : checked.problems.map((p) => ({ row: p.row, field: p.field, message: p.message }));
  }

  it('an unknown disposition', async () => {
    expect(await problems({ disposition: 'vacated' })).toEqual([
      {
        row: 3,
        field: 'disposition',
        message:
          'Write how the case ended in disposition: pending, dismissed, dismissed-on-government-motion, acquitted, not-prosecuted, other, or convicted with a conviction_date (blank if not known).',
      },
    ]);
  });

  it('a conviction date on an acquittal', async () => {
    expect(await problems({ disposition: 'acquitted' })).toEqual([
      {
        row: 3,
        field: 'disposition',
        message:
          'A record with a conviction date cannot also be acquitted: remove the conviction date, or choose how the case really ended',
      },
    ]);
  });

  it('"convicted" with no conviction date', async () => {
    expect(await problems({ disposition: 'convicted', conviction_date: '' })).toEqual([
      {
        row: 3,
        field: 'conviction_date',
        message:
          'disposition says convicted: write the date of conviction in conviction_date (YYYY-MM-DD), or change the disposition.',
      },
    ]);
  });

  it('imprisoned that is not yes or no', async () => {
    expect(await problems({ imprisoned: 'maybe' })).toEqual([
      {
        row: 3,
        field: 'imprisoned',
        message:
          'Write yes or no in imprisoned: was the person sentenced to prison or jail for this conviction (blank means not known).',
      },
    ]);
  });

  it('child_victim that is not yes, no or unknown', async () => {
    expect((await problems({ child_victim: 'perhaps' })).map((p) => p.field)).toEqual([
      'child_victim',
    ]);
  });

  it('an offense date after the arrest, or in a spreadsheet date format', async () => {
    expect(await problems({ offense_date: '2012-03-05' })).toEqual([
      {
        row: 3,
        field: 'offense_date',
        message: 'The date of the offense must be on or before the date of arrest',
      },
    ]);
    const [excel] = await problems({ offense_date: '2/28/2012' });
    expect(excel).toMatchObject({ row: 3, field: 'offense_date' });
    expect(excel?.message).toContain('Spreadsheets often rewrite dates as 2/28/2012');
  });

  it('a place of arrest that is too long', async () => {
    expect((await problems({ arrest_place: 'x'.repeat(201) })).map((p) => p.field)).toEqual([
      'arrest_place',
    ]);
  });
});

describe('the template', () => {
  it("passes the real packs' check with the new columns", async () => {
    const read = await readBatchCsv(streamOf(batchTemplateCsv(loadPacks())), DEFAULT_LIMITS);
    if (!read.ok) throw new Error('template unreadable');
    const client = read.clients[0];
    if (!client) throw new Error('no client');
    const checked = checkClient(client, loadPacks(), TODAY, DEFAULT_LIMITS);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(checked.ok && checked.value.convictions[0]?.imprisoned).toBe(false);
  });
});

describe("each pack's example row", () => {
  const packs = loadPacks().packs.filter((p) => p.csvExample);

  it.each(packs.map((p) => [p.code, p] as const))(
    '%s names only batch columns and passes its own check',
    async (_code, pack) => {
      expect(
        Object.keys(pack.csvExample ?? {}).filter((k) => !COLUMNS.includes(k as never)),
      ).toEqual([]);
      const example = exampleRow([pack]);
      expect(example.jurisdiction).toBe(pack.code);
      const csv = `${csvLine([...COLUMNS])}${csvLine(COLUMNS.map((c) => example[c]))}`;
      const read = await readBatchCsv(streamOf(csv), DEFAULT_LIMITS);
      if (!read.ok) throw new Error('example unreadable');
      const checked = checkClient(read.clients[0]!, loadPacks(), TODAY, DEFAULT_LIMITS);
      expect(checked.ok ? [] : checked.problems).toEqual([]);
    },
  );
});
