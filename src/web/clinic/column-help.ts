import { COLUMNS, REQUIRED_COLUMNS, RECORD_COLUMNS, type Column } from '../../batch/columns';
import { translate, type Lang } from '../i18n';

export interface ColumnHelp {
  name: Column;
  help: string;
  required: boolean;
  perRecord: boolean;
}

/**
 * What each batch column holds, for the clinic page (contract §5), in the page's language. The
 * column names stay as the contract fixes them; a column without help text fails to compile.
 * `codes`: the jurisdictions a batch can draft for (the loaded packs with record relief).
 */
export function columnHelp(lang: Lang, codes: readonly string[]): ColumnHelp[] {
  return COLUMNS.map((name) => ({
    name,
    help: translate(lang, `clinic.col.${name}`, { codes: codes.join(', ') }),
    required: REQUIRED_COLUMNS.includes(name),
    perRecord: RECORD_COLUMNS.includes(name),
  }));
}
