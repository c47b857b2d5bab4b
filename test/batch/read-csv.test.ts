import { COLUMNS } from '../../src/batch/columns';
import { readBatchCsv } from '../../src/batch/read-csv';
import { checkBatch } from '../../src/batch/run-batch';
import { DEFAULT_LIMITS } from '../../src/batch/types';
import { TODAY, csvOf, goodRow, registry, streamOf } from './helpers';

const read = (text: string, limits = DEFAULT_LIMITS) => readBatchCsv(streamOf(text), limits);

async function readOk(text: string) {
  const outcome = await read(text);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome;
}

describe('reading the CSV', () => {
  it('reads a BOM, CRLF, quoted commas, quoted line breaks and blank lines', async () => {
    const text = `\uFEFF${csvOf([goodRow('A')])}\r\n\r\n${csvOf([goodRow('B')])
      .split('\r\n')
      .slice(1)
      .join('\r\n')}`;
    const outcome = await readOk(text);
    expect(outcome.clients.map((c) => c.clientId)).toEqual(['A', 'B']);
    const narrative = outcome.clients[0]!.rows[0]!.cells[COLUMNS.indexOf('narrative')];
    expect(narrative).toBe('In my own words, with a comma, and "quotes"\nand a second line.');
    // Row numbers are spreadsheet rows: the header is row 1 and the blank lines count.
    expect(outcome.clients[0]!.rows[0]!.row).toBe(2);
    expect(outcome.clients[1]!.rows[0]!.row).toBe(5);
  });

  it('accepts columns in any order and in any case', async () => {
    const columns = [...COLUMNS].reverse().map((c) => c.toUpperCase());
    const row = goodRow('A');
    const text = `${columns.join(',')}\r\n${[...COLUMNS]
      .reverse()
      .map((c) => JSON.stringify(row[c] ?? ''))
      .join(',')}\r\n`;
    const outcome = await readOk(text);
    expect(outcome.clients[0]!.rows[0]!.cells[COLUMNS.indexOf('legal_name')]).toBe(
      'Nguyễn Thị Ánh',
    );
  });

  it('warns about an unknown column and still reads the rows', async () => {
    const outcome = await readOk(csvOf([goodRow('A')], [...COLUMNS, 'favourite_colour']));
    expect(outcome.warnings).toEqual([
      expect.objectContaining({
        row: 1,
        field: 'favourite_colour',
        message: expect.stringContaining('ignored'),
      }),
    ]);
    expect(outcome.clients).toHaveLength(1);
  });

  it('names every missing required column and reads nothing', async () => {
    const columns = COLUMNS.filter((c) => c !== 'arrest_date' && c !== 'legal_name');
    const outcome = await read(csvOf([goodRow('A')], columns));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.reason).toBe('bad-file');
    expect(outcome.problems[0]!.message).toMatch(/missing the columns legal_name, arrest_date/);
  });

  it('tells someone who uploaded a spreadsheet file instead of CSV to save it as CSV', async () => {
    const outcome = await read('PK\u0003\u0004\u0014\u0000binary,junk\r\n');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]!.message).toMatch(/CSV UTF-8/);
  });

  it('refuses a duplicated column', async () => {
    const outcome = await read(csvOf([goodRow('A')], [...COLUMNS, 'offense']));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]!.message).toMatch(/offense appears twice/);
  });

  it('reports an unclosed quote as a file problem with where to look', async () => {
    const outcome = await read(`${csvOf([goodRow('A')])}B,"US-NY,vacatur\r\n`);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]!.message).toMatch(/never closed/);
  });

  it('refuses a file over the size limit, and one over the row limit', async () => {
    const text = csvOf([goodRow('A'), goodRow('B'), goodRow('C')]);
    const big = await read(text, { ...DEFAULT_LIMITS, maxBytes: 100 });
    expect(big).toMatchObject({ ok: false, reason: 'too-large' });
    const many = await read(text, { ...DEFAULT_LIMITS, maxRows: 2 });
    expect(many).toMatchObject({ ok: false, reason: 'too-many-rows' });
    expect(await read(text, { ...DEFAULT_LIMITS, maxRows: 3 })).toMatchObject({ ok: true });
  });

  it('reports an empty file', async () => {
    expect(await read('')).toMatchObject({ ok: false, reason: 'bad-file' });
  });

  it('reports a row without a client_id and keeps reading', async () => {
    const outcome = await readOk(csvOf([goodRow('A'), goodRow(''), goodRow('B')]));
    expect(outcome.clients.map((c) => c.clientId)).toEqual(['A', 'B']);
    expect(outcome.rowProblems).toEqual([expect.objectContaining({ row: 3, field: 'client_id' })]);
  });

  it('reports a row with more cells than the header (a stray comma)', async () => {
    const outcome = await readOk(
      `${csvOf([goodRow('A')])}${csvOf([goodRow('B')]).split('\r\n')[1]},extra\r\n`,
    );
    expect(outcome.rowProblems).toEqual([expect.objectContaining({ row: 3, clientId: 'B' })]);
  });
});

describe('grouping rows into clients', () => {
  it('puts rows with the same client_id into one case, even when they are not next to each other', async () => {
    const text = csvOf([
      goodRow('A'),
      goodRow('B'),
      goodRow('A', {
        offense: 'PL 120.10',
        legal_name: '',
        arrest_date: '2013-05-01',
        conviction_date: '',
      }),
    ]);
    const outcome = await readOk(text);
    expect(outcome.clients.map((c) => [c.clientId, c.rows.map((r) => r.row)])).toEqual([
      ['A', [2, 4]],
      ['B', [3]],
    ]);
    const report = checkBatch(outcome, { registry, today: TODAY });
    expect(report.problems).toEqual([]);
    expect(report.summary[0]).toMatchObject({
      clientId: 'A',
      overall: 'partially-eligible',
      records: ['row 2: eligible', 'row 4: ineligible'],
    });
  });

  it('reports a client-level value that differs between a client’s rows, naming the row and field', async () => {
    const text = csvOf([goodRow('A'), goodRow('A', { date_of_birth: '1991-01-01' }), goodRow('B')]);
    const report = checkBatch(await readOk(text), { registry, today: TODAY });
    expect(report.problems).toEqual([
      expect.objectContaining({
        row: 3,
        clientId: 'A',
        field: 'date_of_birth',
        message: expect.stringMatching(/differs from row 2/),
      }),
    ]);
    expect(report.summary.map((s) => [s.clientId, s.result])).toEqual([
      ['A', 'not-drafted'],
      ['B', 'checked'],
    ]);
  });

  it('treats spacing differences in a client-level value as the same value', async () => {
    const text = csvOf([goodRow('A'), goodRow('A', { legal_name: ' Nguyễn  Thị Ánh ' })]);
    expect(checkBatch(await readOk(text), { registry, today: TODAY }).problems).toEqual([]);
  });

  it('maps each case error back to the row and column it came from', async () => {
    const text = csvOf([
      goodRow('A'),
      goodRow('A', { arrest_date: '2012-13-40' }),
      goodRow('B', { legal_name: '' }),
      goodRow('C', { juvenile: 'maybe', trafficking_types: 'other' }),
      goodRow('D', { documentation: 'passport:Somewhere:2016-05-01' }),
      goodRow('E', { arrest_date: '3/1/2012' }),
    ]);
    const report = checkBatch(await readOk(text), { registry, today: TODAY });
    const brief = report.problems.map((p) => [p.row, p.clientId, p.field]);
    expect(brief).toEqual([
      [3, 'A', 'arrest_date'],
      [4, 'B', 'legal_name'],
      [5, 'C', 'juvenile'],
      [5, 'C', 'trafficking_types'],
      [6, 'D', 'documentation'],
      [7, 'E', 'arrest_date'],
    ]);
    expect(report.problems[2]!.message).toMatch(/yes or no/);
    expect(report.problems[5]!.message).toMatch(/format the column as text/);
  });

  it('explains that restitution is not made in batch', async () => {
    const report = checkBatch(await readOk(csvOf([goodRow('A', { relief: 'restitution' })])), {
      registry,
      today: TODAY,
    });
    expect(report.problems[0]).toMatchObject({
      field: 'relief',
      message: expect.stringMatching(/restitution/),
    });
  });

  it('reports a jurisdiction with no pack on the jurisdiction column', async () => {
    const report = checkBatch(await readOk(csvOf([goodRow('A', { jurisdiction: 'US-ZZ' })])), {
      registry,
      today: TODAY,
    });
    expect(report.problems[0]).toMatchObject({ row: 2, field: 'jurisdiction' });
  });

  it('refuses more records for one client than the limit', async () => {
    const text = csvOf([goodRow('A'), goodRow('A'), goodRow('A')]);
    const limits = { ...DEFAULT_LIMITS, maxRecordsPerClient: 2 };
    const report = checkBatch(await readOk(text), { registry, today: TODAY, limits });
    expect(report.problems).toEqual([
      expect.objectContaining({
        row: 4,
        clientId: 'A',
        message: expect.stringMatching(/at most 2/),
      }),
    ]);
    expect(checkBatch(await readOk(text), { registry, today: TODAY }).problems).toEqual([]);
  });

  it('reads a blank conviction date as a record without conviction, and yes/no juvenile', async () => {
    const report = checkBatch(
      await readOk(
        csvOf([
          goodRow('A', { conviction_date: '', juvenile: 'yes' }),
          goodRow('B', { juvenile: 'No' }),
        ]),
      ),
      {
        registry,
        today: TODAY,
      },
    );
    expect(report.problems).toEqual([]);
    expect(report.summary.map((s) => s.records[0])).toEqual([
      'row 2: ineligible',
      'row 3: eligible',
    ]);
  });

  it('flags characters that were not UTF-8', async () => {
    const text = csvOf([goodRow('A', { legal_name: 'Mar\uFFFDa' })]);
    const report = checkBatch(await readOk(text), { registry, today: TODAY });
    expect(report.problems).toEqual([
      expect.objectContaining({ field: 'legal_name', message: expect.stringMatching(/CSV UTF-8/) }),
    ]);
  });
});
