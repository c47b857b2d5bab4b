import { REQUIRED_COLUMNS, RECORD_COLUMNS, type Column } from '../../batch/columns';

/** What each batch column holds, for the clinic page (contract §5). */
const HELP: Record<Column, string> = {
  client_id:
    'Your own reference for the client (not their name). Rows with the same client_id are one client. It names the client’s folder in the ZIP.',
  jurisdiction: 'Where the records are: US-NY, US-CA, … (one jurisdiction per client).',
  relief: 'vacatur (clearing records). Restitution requests are made one at a time in the form.',
  legal_name: 'The client’s full legal name, as it should appear on the papers.',
  other_names: 'Other names on the records, separated by ; (Mary Lopez;M. Lopez).',
  date_of_birth: 'YYYY-MM-DD, like 1990-04-12.',
  address_line1:
    'Mailing address for court papers (optional; leave the address blank to fill in by hand).',
  address_line2: 'Apartment, suite (optional).',
  city: 'City.',
  state: 'State, like NY.',
  postal_code: 'ZIP code.',
  phone: 'Phone number (optional).',
  email: 'Email (optional).',
  offense: 'The charge as printed on the record, like PL 230.00.',
  offense_description: 'What the charge is called, like Prostitution (optional).',
  level: 'felony, misdemeanor, violation, infraction or petty-offense (optional).',
  arrest_date: 'YYYY-MM-DD.',
  conviction_date:
    'YYYY-MM-DD; leave blank when there was no conviction (an arrest or a dismissal).',
  court: 'The court that handled the charge.',
  county: 'The county of that court.',
  docket_number: 'The docket or case number.',
  juvenile: 'yes if it was a juvenile adjudication; blank or no otherwise.',
  trafficking_types: 'sex, labor, or sex;labor.',
  trafficking_start: 'When the trafficking started, YYYY-MM-DD.',
  trafficking_end: 'When it ended, YYYY-MM-DD (blank if it has not ended).',
  services_sought_date: 'When the client first sought help or services, YYYY-MM-DD (optional).',
  narrative:
    'In the client’s own words: how the charges were a result of being trafficked. Line breaks are fine inside quotes.',
  documentation:
    'Papers that support it, as kind:issuer:date separated by ; (t-visa:USCIS:2016-05-01). Kinds: t-visa, u-visa, continued-presence, certification-letter, law-enforcement, service-provider, court-finding, other.',
};

export interface ColumnHelp {
  name: Column;
  help: string;
  required: boolean;
  perRecord: boolean;
}

export function columnHelp(): ColumnHelp[] {
  return (Object.keys(HELP) as Column[]).map((name) => ({
    name,
    help: HELP[name],
    required: REQUIRED_COLUMNS.includes(name),
    perRecord: RECORD_COLUMNS.includes(name),
  }));
}
