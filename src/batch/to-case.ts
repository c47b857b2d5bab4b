import { DISPOSITIONS, type Case } from '../domain/case-schema';
import type { CaseIssue, IssueParams } from '../domain/issues';
import type { Pack } from '../domain/pack-schema';
import { checkCase } from '../jurisdictions/check-case';
import type { PackRegistry } from '../jurisdictions/load-packs';
import { batchIssueEn, batchProblem, csvCaseIssueEn, type BatchIssueCode } from './batch-issues';
import { CLIENT_COLUMNS, COLUMNS, DATE_COLUMNS, cellOfPath, type Column } from './columns';
import type { BatchLimits, BatchProblem, ClientRows, SourceRow } from './types';

const INDEX = Object.fromEntries(COLUMNS.map((c, i) => [c, i])) as Record<Column, number>;

function cell(row: SourceRow, column: Column): string {
  return (row.cells[INDEX[column]] ?? '').trim();
}

/** Compare client-level values the way a person would: spacing and Unicode form do not matter. */
function sameValue(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

function blankToUndefined(value: string): string | undefined {
  return value === '' ? undefined : value;
}

function splitList(value: string, separator: RegExp): string[] {
  return value
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

function yesNo(value: string): boolean | string | undefined {
  const v = value.toLowerCase();
  if (v === '') return undefined;
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return value;
}

/** Blank, "unknown" or "don't know" leave the fact unset; otherwise like yes/no. */
function yesNoUnknown(value: string): boolean | string | undefined {
  return /^(?:unknown|not known|don'?t know|n\/?a)$/i.test(value) ? undefined : yesNo(value);
}

/** "Dismissed on government motion" and dismissed_on_government_motion read as the schema's value. */
function disposition(value: string): string | undefined {
  const v = value.toLowerCase().replace(/[\s_]+/g, '-');
  // A conviction is told by conviction_date; the word alone adds nothing to the case.
  return v === '' || v === 'convicted' ? undefined : v;
}

function documentation(value: string) {
  return splitList(value, /;/).map((item) => {
    const parts = item.split(':').map((p) => p.trim());
    const kind = (parts.shift() ?? '').toLowerCase();
    const last = parts.length > 1 || /^\d{4}-/.test(parts[0] ?? '') ? parts.pop() : undefined;
    const issuer = parts.join(':');
    return { kind, ...(issuer ? { issuer } : {}), ...(last ? { date: last } : {}) };
  });
}

function traffickingTypes(value: string): string[] {
  return splitList(value.toLowerCase(), /[;,/&+]|\band\b|\s+/).map((t) =>
    t === 'labour' ? 'labor' : t,
  );
}

/** The client-level values (first non-blank across the client's rows) and the row each came from. */
function clientValues(client: ClientRows) {
  const values = new Map<Column, { value: string; row: number }>();
  const problems: BatchProblem[] = [];
  for (const row of client.rows) {
    for (const column of CLIENT_COLUMNS) {
      const value = cell(row, column);
      if (!value) continue;
      const first = values.get(column);
      if (!first) values.set(column, { value, row: row.row });
      else if (!sameValue(first.value, value))
        problems.push(
          batchProblem(
            'differs',
            { column, first: first.row },
            { row: row.row, clientId: client.clientId, field: column },
          ),
        );
    }
  }
  return { values, problems };
}

/** Contract §5 rows → a contract v1 case (unvalidated: the schema decides). */
export function rowsToCaseInput(
  client: ClientRows,
  values: Map<Column, { value: string }>,
): unknown {
  const v = (column: Column) => values.get(column)?.value ?? '';
  const address = ['address_line1', 'address_line2', 'city', 'state', 'postal_code'].some((c) =>
    v(c as Column),
  )
    ? {
        line1: v('address_line1'),
        line2: blankToUndefined(v('address_line2')),
        city: v('city'),
        state: v('state'),
        postalCode: v('postal_code'),
      }
    : undefined;
  const traffickingColumns: Column[] = [
    'trafficking_types',
    'trafficking_start',
    'trafficking_end',
    'services_sought_date',
    'narrative',
    'documentation',
  ];
  const trafficking = traffickingColumns.some((c) => v(c))
    ? {
        types: traffickingTypes(v('trafficking_types')),
        startDate: blankToUndefined(v('trafficking_start')),
        endDate: blankToUndefined(v('trafficking_end')),
        servicesSoughtDate: blankToUndefined(v('services_sought_date')),
        narrative: v('narrative'),
        documentation: documentation(v('documentation')),
      }
    : undefined;
  return {
    version: 1,
    jurisdiction: v('jurisdiction'),
    relief: v('relief').toLowerCase(),
    petitioner: {
      legalName: v('legal_name'),
      otherNames: splitList(v('other_names'), /;/),
      dateOfBirth: blankToUndefined(v('date_of_birth')),
      address,
      phone: blankToUndefined(v('phone')),
      email: blankToUndefined(v('email')),
    },
    representation: { mode: 'self' },
    convictions: client.rows.map((row) => ({
      offense: cell(row, 'offense'),
      description: blankToUndefined(cell(row, 'offense_description')),
      level: blankToUndefined(cell(row, 'level').toLowerCase()),
      arrestDate: cell(row, 'arrest_date'),
      convictionDate: blankToUndefined(cell(row, 'conviction_date')) ?? null,
      court: blankToUndefined(cell(row, 'court')),
      county: blankToUndefined(cell(row, 'county')),
      docketNumber: blankToUndefined(cell(row, 'docket_number')),
      juvenile: yesNo(cell(row, 'juvenile')),
      offenseDate: blankToUndefined(cell(row, 'offense_date')),
      disposition: disposition(cell(row, 'disposition')),
      imprisoned: yesNo(cell(row, 'imprisoned')),
      childVictim: yesNoUnknown(cell(row, 'child_victim')),
      arrestPlace: blankToUndefined(cell(row, 'arrest_place')),
    })),
    trafficking,
  };
}

/**
 * A case issue said for the spreadsheet: a batch code where the column has its own wording, else
 * the case issue with what spreadsheets commonly get wrong as a hint in its params.
 */
function csvIssue(
  column: Column,
  value: string,
  issue: CaseIssue,
  relief: string,
): { code: string; params: IssueParams; message: string } {
  const own = (code: BatchIssueCode, params: IssueParams = {}) => ({
    code,
    params,
    message: batchIssueEn(code, params),
  });
  if (column === 'juvenile') return own('juvenile');
  if (column === 'imprisoned') return own('imprisoned');
  if (column === 'child_victim') return own('child-victim');
  if (
    column === 'disposition' &&
    issue.code !== 'dated-but-not-convicted' &&
    issue.code !== 'dated-but-pending'
  )
    return own('disposition', { choices: DISPOSITIONS.join(', ') });
  if (issue.path === 'restitution' || (column === 'relief' && relief === 'restitution'))
    return own('restitution');
  if (column === 'trafficking_types') return own('trafficking-types');
  const params: Record<string, string | number> = { ...issue.params };
  if (DATE_COLUMNS.includes(column) && /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(value))
    params['spreadsheetDate'] = value;
  if (column === 'documentation' && issue.path.endsWith('kind'))
    params['hint'] = 'documentation-format';
  const withHint = { ...issue, params };
  return { code: issue.code, params, message: csvCaseIssueEn(withHint) };
}

export type ClientCheck =
  { ok: true; value: Case; pack: Pack; problems: [] } | { ok: false; problems: BatchProblem[] };

/**
 * One client's rows → a validated case, or every problem found mapped back to its row and column
 * (`convictions.1.arrestDate` → the client's second row, `arrest_date`).
 */
export function checkClient(
  client: ClientRows,
  registry: PackRegistry,
  today: string,
  limits: BatchLimits,
): ClientCheck {
  const first = client.rows[0]?.row ?? null;
  if (client.rows.length > limits.maxRecordsPerClient)
    return {
      ok: false,
      problems: [
        batchProblem(
          'too-many-records',
          { rows: client.rows.length, max: limits.maxRecordsPerClient },
          {
            row: client.rows[limits.maxRecordsPerClient]?.row ?? first,
            clientId: client.clientId,
            field: 'client_id',
          },
        ),
      ],
    };
  const { values, problems } = clientValues(client);
  const undecodable = client.rows.flatMap((row) =>
    COLUMNS.filter((c) => cell(row, c).includes('\uFFFD')).map((column) =>
      batchProblem('unreadable', {}, { row: row.row, clientId: client.clientId, field: column }),
    ),
  );
  const convictedUndated = client.rows
    .filter((row) => /^convicted$/i.test(cell(row, 'disposition')) && !cell(row, 'conviction_date'))
    .map((row) =>
      batchProblem(
        'convicted-undated',
        {},
        { row: row.row, clientId: client.clientId, field: 'conviction_date' },
      ),
    );
  const checked = checkCase(rowsToCaseInput(client, values), registry, today);
  const relief = (values.get('relief')?.value ?? '').toLowerCase();
  const mapped: BatchProblem[] = checked.ok
    ? []
    : checked.issues.map((issue) => {
        const ref = cellOfPath(issue.path);
        const row = ref.record !== undefined ? client.rows[ref.record] : undefined;
        const rowNumber = row?.row ?? values.get(ref.column)?.row ?? first;
        const value = row ? cell(row, ref.column) : (values.get(ref.column)?.value ?? '');
        return {
          row: rowNumber,
          clientId: client.clientId,
          field: ref.column,
          ...csvIssue(ref.column, value, issue, relief),
        };
      });
  const seen = new Set<string>();
  const all = [...problems, ...undecodable, ...convictedUndated, ...mapped].filter((p) => {
    const key = `${p.row}|${p.field}|${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  if (all.length || !checked.ok) return { ok: false, problems: all };
  return { ok: true, value: checked.value, pack: checked.pack, problems: [] };
}
