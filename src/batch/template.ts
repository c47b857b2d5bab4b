import type { Pack } from '../domain/pack-schema';
import type { PackRegistry } from '../jurisdictions/load-packs';
import { COLUMNS, type Column } from './columns';
import { csvLine } from './csv-cell';

/** A made-up person, so a clinic sees the format of every column; the record facts come from a pack. */
const NEUTRAL: Record<Column, string> = {
  client_id: 'C-0001',
  jurisdiction: '',
  relief: 'vacatur',
  legal_name: 'Maria Elena Lopez',
  other_names: 'Mary Lopez;M. Lopez',
  date_of_birth: '1990-04-12',
  address_line1: '12 Main St',
  address_line2: 'Apt 3',
  city: '',
  state: '',
  postal_code: '',
  phone: '',
  email: 'maria@example.org',
  offense: '',
  offense_description: '',
  level: 'misdemeanor',
  arrest_date: '2012-03-01',
  conviction_date: '2012-03-02',
  court: '',
  county: '',
  docket_number: '',
  juvenile: 'no',
  trafficking_types: 'sex',
  trafficking_start: '2010-01-01',
  trafficking_end: '2014-06-30',
  services_sought_date: '2015-02-01',
  narrative: 'In my own words: how these arrests were a result of being trafficked.',
  documentation: 't-visa:USCIS:2016-05-01',
  disposition: '',
  imprisoned: 'no',
  offense_date: '',
  child_victim: '',
  arrest_place: '',
};

const isColumn = (k: string): k is Column => (COLUMNS as readonly string[]).includes(k);

/** The example row: the first pack (in code order) that gives a `csvExample`, over the neutral person. */
export function exampleRow(packs: readonly Pack[]): Record<Column, string> {
  const pack = packs.find((p) => p.csvExample && p.reliefs.vacatur);
  const row = { ...NEUTRAL };
  if (!pack) return row;
  row.jurisdiction = pack.code;
  for (const [k, v] of Object.entries(pack.csvExample ?? {})) if (isColumn(k)) row[k] = v;
  return row;
}

/** The batch template: the header and one example row (a client with more charges adds a row per charge). */
export function batchTemplateCsv(registry: PackRegistry): string {
  const example = exampleRow(registry.packs);
  return `${csvLine([...COLUMNS])}${csvLine(COLUMNS.map((c) => example[c]))}`;
}
