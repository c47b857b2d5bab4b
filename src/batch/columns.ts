/**
 * The batch CSV columns (contract §5). Header names are fixed; order is free. One row per record;
 * rows sharing a `client_id` form one case.
 */
export const COLUMNS = [
  'client_id',
  'jurisdiction',
  'relief',
  'legal_name',
  'other_names',
  'date_of_birth',
  'address_line1',
  'address_line2',
  'city',
  'state',
  'postal_code',
  'phone',
  'email',
  'offense',
  'offense_description',
  'level',
  'arrest_date',
  'conviction_date',
  'court',
  'county',
  'docket_number',
  'juvenile',
  'trafficking_types',
  'trafficking_start',
  'trafficking_end',
  'services_sought_date',
  'narrative',
  'documentation',
  // Optional additions to contract §5, at the end so the contract's order is kept.
  'disposition',
  'imprisoned',
  'offense_date',
  'child_victim',
  'arrest_place',
] as const;

export type Column = (typeof COLUMNS)[number];

/**
 * Without these no case can be made; `conviction_date` is required because a missing column would
 * silently turn every record into one without a conviction, which changes what the law offers.
 */
export const REQUIRED_COLUMNS: readonly Column[] = [
  'client_id',
  'jurisdiction',
  'relief',
  'legal_name',
  'offense',
  'arrest_date',
  'conviction_date',
  'trafficking_types',
  'trafficking_start',
];

/** Columns that describe one record (one charge): they may differ from row to row. */
export const RECORD_COLUMNS: readonly Column[] = [
  'offense',
  'offense_description',
  'level',
  'arrest_date',
  'conviction_date',
  'court',
  'county',
  'docket_number',
  'juvenile',
  'disposition',
  'imprisoned',
  'offense_date',
  'child_victim',
  'arrest_place',
];

/** Columns that describe the client: the same on every row of a client (or left blank). */
export const CLIENT_COLUMNS: readonly Column[] = COLUMNS.filter(
  (c) => c !== 'client_id' && !RECORD_COLUMNS.includes(c),
);

export const DATE_COLUMNS: readonly Column[] = [
  'date_of_birth',
  'arrest_date',
  'conviction_date',
  'offense_date',
  'trafficking_start',
  'trafficking_end',
  'services_sought_date',
];

const RECORD_FIELD_COLUMN: Record<string, Column> = {
  offense: 'offense',
  description: 'offense_description',
  level: 'level',
  arrestDate: 'arrest_date',
  convictionDate: 'conviction_date',
  court: 'court',
  county: 'county',
  docketNumber: 'docket_number',
  juvenile: 'juvenile',
  disposition: 'disposition',
  imprisoned: 'imprisoned',
  offenseDate: 'offense_date',
  childVictim: 'child_victim',
  arrestPlace: 'arrest_place',
};

const CLIENT_FIELD_COLUMN: Record<string, Column> = {
  version: 'client_id',
  jurisdiction: 'jurisdiction',
  relief: 'relief',
  representation: 'client_id',
  requests: 'client_id',
  restitution: 'relief',
  petitioner: 'legal_name',
  'petitioner.legalName': 'legal_name',
  'petitioner.otherNames': 'other_names',
  'petitioner.dateOfBirth': 'date_of_birth',
  'petitioner.address': 'address_line1',
  'petitioner.address.line1': 'address_line1',
  'petitioner.address.line2': 'address_line2',
  'petitioner.address.city': 'city',
  'petitioner.address.state': 'state',
  'petitioner.address.postalCode': 'postal_code',
  'petitioner.phone': 'phone',
  'petitioner.email': 'email',
  trafficking: 'trafficking_start',
  'trafficking.types': 'trafficking_types',
  'trafficking.startDate': 'trafficking_start',
  'trafficking.endDate': 'trafficking_end',
  'trafficking.servicesSoughtDate': 'services_sought_date',
  'trafficking.narrative': 'narrative',
  'trafficking.documentation': 'documentation',
  'trafficking.safetyConcerns': 'narrative',
  convictions: 'offense',
};

/** Where a case field came from: the column, and for a record field which record (0-based). */
export interface CellRef {
  column: Column;
  record?: number;
}

/**
 * A case path (`convictions.1.arrestDate`) → the CSV cell it came from (`arrest_date` of the
 * client's second record). Paths inside lists of client fields map to the list's column.
 */
export function cellOfPath(path: string): CellRef {
  const parts = path.split('.');
  if (parts[0] === 'convictions' && parts.length >= 2 && /^\d+$/.test(parts[1] ?? '')) {
    const record = Number(parts[1]);
    const column = RECORD_FIELD_COLUMN[parts[2] ?? ''] ?? 'offense';
    return { column, record };
  }
  const withoutIndexes = parts.filter((p) => !/^\d+$/.test(p));
  for (let n = withoutIndexes.length; n > 0; n--) {
    const column = CLIENT_FIELD_COLUMN[withoutIndexes.slice(0, n).join('.')];
    if (column) return { column };
  }
  return { column: 'client_id' };
}
