import { COLUMNS, type Column } from './columns';
import { csvLine } from './csv-cell';

/** One example row: a made-up person, so a clinic sees the format of every column. */
const EXAMPLE: Record<Column, string> = {
  client_id: 'C-0001',
  jurisdiction: 'US-NY',
  relief: 'vacatur',
  legal_name: 'Maria Elena Lopez',
  other_names: 'Mary Lopez;M. Lopez',
  date_of_birth: '1990-04-12',
  address_line1: '12 Main St',
  address_line2: 'Apt 3',
  city: 'Albany',
  state: 'NY',
  postal_code: '12207',
  phone: '518-555-0100',
  email: 'maria@example.org',
  offense: 'PL 230.00',
  offense_description: 'Prostitution',
  level: 'misdemeanor',
  arrest_date: '2012-03-01',
  conviction_date: '2012-03-02',
  court: 'Criminal Court of the City of New York',
  county: 'Queens',
  docket_number: '2012QN012345',
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

/** The batch template: the header and one example row (a client with more charges adds a row per charge). */
export function batchTemplateCsv(): string {
  return `${csvLine([...COLUMNS])}${csvLine(COLUMNS.map((c) => EXAMPLE[c]))}`;
}
