import type { BatchProblem } from '../../batch/types';
import { translate, type Lang, type MessageKey } from '../i18n';
import { caseCheckText } from '../wizard/check-errors';

/** A message to show and the language it is in (a message the clinic cannot translate stays English). */
export interface ShownText {
  text: string;
  lang: Lang;
}

interface Recognizer {
  pattern: RegExp;
  text(lang: Lang, m: RegExpExecArray): string;
}

const simple = (pattern: RegExp, key: MessageKey): Recognizer => ({
  pattern,
  text: (lang) => translate(lang, key),
});

/** " near line 12 of the file", in the language, or nothing. */
function where(lang: Lang, line: string | undefined): string {
  return line ? translate(lang, 'clinic.error.nearLine', { line }) : '';
}

/**
 * The batch reader's own messages (src/batch), by their English wording. Checked against the real
 * reader in test/batch/clinic.test.ts, so a change of wording there fails a test here.
 */
const RECOGNIZERS: Recognizer[] = [
  simple(/^Choose a CSV file to upload\b/, 'clinic.error.noFile'),
  {
    pattern: /^The file is larger than (.+)\. Split it into smaller files\.$/,
    text: (lang, m) => translate(lang, 'clinic.error.tooLarge', { size: m[1] ?? '' }),
  },
  {
    pattern: /^The file has more than ([\d,.]+) rows\./,
    text: (lang, m) => translate(lang, 'clinic.error.tooManyRows', { max: m[1] ?? '' }),
  },
  simple(/^The file is empty\./, 'clinic.error.empty'),
  {
    pattern: /^The file is missing the columns? (.+?)\. (None of the template columns)?/,
    text: (lang, m) => {
      const columns = m[1] ?? '';
      const key = columns.includes(',')
        ? 'clinic.error.missingColumns'
        : 'clinic.error.missingColumn';
      const then = m[2] ? 'clinic.error.noColumns' : 'clinic.error.addColumns';
      return `${translate(lang, key, { columns })} ${translate(lang, then)}`;
    },
  },
  {
    pattern: /^The column (\S+) appears twice \(columns (\d+) and (\d+)\)\./,
    text: (lang, m) =>
      translate(lang, 'clinic.error.duplicate', {
        column: m[1] ?? '',
        first: m[2] ?? '',
        second: m[3] ?? '',
      }),
  },
  {
    pattern: /^A quote mark opened(?: near line (\d+) of the file)? is never closed\b/,
    text: (lang, m) => translate(lang, 'clinic.error.quoteNotClosed', { where: where(lang, m[1]) }),
  },
  {
    pattern: /^A quoted cell(?: near line (\d+) of the file)? has text after its closing quote\./,
    text: (lang, m) => translate(lang, 'clinic.error.quoteText', { where: where(lang, m[1]) }),
  },
  {
    pattern: /^The file could not be read as CSV(?: near line (\d+) of the file)?\./,
    text: (lang, m) => translate(lang, 'clinic.error.notCsv', { where: where(lang, m[1]) }),
  },
  simple(/^Enter a client_id on this row\b/, 'clinic.error.clientId'),
  {
    pattern: /^This row has (\d+) cells but the header has (\d+)\./,
    text: (lang, m) =>
      translate(lang, 'clinic.error.cells', { cells: m[1] ?? '', header: m[2] ?? '' }),
  },
  {
    pattern: /^This row's (\S+) differs from row (\d+) for the same client\./,
    text: (lang, m) =>
      translate(lang, 'clinic.error.differs', { column: m[1] ?? '', first: m[2] ?? '' }),
  },
  {
    pattern: /^This client has (\d+) rows; one case can hold at most (\d+) records\./,
    text: (lang, m) =>
      translate(lang, 'clinic.error.tooManyRecords', { rows: m[1] ?? '', max: m[2] ?? '' }),
  },
  simple(/^This cell has characters that could not be read\./, 'clinic.error.unreadable'),
  simple(/^Write yes or no in juvenile\b/, 'clinic.error.juvenile'),
  simple(/^Write yes or no in imprisoned\b/, 'clinic.error.imprisoned'),
  simple(/^Write yes, no or unknown in child_victim\b/, 'clinic.error.childVictim'),
  simple(/^Write how the case ended in disposition\b/, 'clinic.error.disposition'),
  simple(/^disposition says convicted: write the date\b/, 'clinic.error.convictedUndated'),
  simple(/^Batch rows carry no restitution details\b/, 'clinic.error.restitution'),
  simple(
    /^Write sex, labor, or sex;labor in trafficking_types\.$/,
    'clinic.error.traffickingTypes',
  ),
  {
    pattern: /^The column "(.*)" is not one batch mode reads\b/,
    text: (lang, m) => translate(lang, 'clinic.warning.unknownColumn', { column: m[1] ?? '' }),
  },
];

/**
 * One of the batch reader's own messages, written again in the language; undefined when the
 * message is not one of them (`problemText` then tries the case check's date rules).
 */
export function translateBatchMessage(lang: Lang, message: string): string | undefined {
  for (const r of RECOGNIZERS) {
    const m = r.pattern.exec(message);
    if (m) return r.text(lang, m);
  }
  return undefined;
}

/**
 * A batch message in the page's language. English is shown exactly as the batch reader wrote it;
 * in Spanish a message that cannot be translated is kept as it is and marked as English.
 */
export function problemText(lang: Lang, message: string): ShownText {
  if (lang === 'en') return { text: message, lang };
  // The case check's date rules are said again as the wizard says them; the row names the record.
  const text = translateBatchMessage(lang, message) ?? caseCheckText(lang, message);
  return text === undefined ? { text: message, lang: 'en' } : { text, lang };
}

/** A problem for the error summary: its row first when it has one ("Fila 3: …"). */
export function problemLine(lang: Lang, p: BatchProblem): string {
  const message = problemText(lang, p.message).text;
  return p.row !== null ? translate(lang, 'clinic.error.row', { row: p.row, message }) : message;
}
