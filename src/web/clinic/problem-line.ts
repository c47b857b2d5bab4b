import type { BatchProblem } from '../../batch/types';
import { translate, type Lang } from '../i18n';
import { messageFor } from '../i18n/issues';

/** A problem for the error summary, in the page's language: its row first when it has one ("Fila 3: …"). */
export function problemLine(lang: Lang, p: BatchProblem): string {
  const message = messageFor({ path: p.field, code: p.code, params: p.params }, lang);
  return p.row !== null ? translate(lang, 'clinic.error.row', { row: p.row, message }) : message;
}
