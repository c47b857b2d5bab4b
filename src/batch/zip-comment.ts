import type { BatchReport } from './types';

/** The comment stays far below the ZIP format's 65,535 bytes: ids past this are only counted. */
export const COMMENT_MAX_CHARS = 8000;

/** JSON with every character past ASCII, and any control character, as a \u escape. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0000-\u001f\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The drafts ZIP's own comment (the end of the file, written after the last folder): how many
 * clients were drafted and which were not, as one line of ASCII JSON. The clinic page reads it
 * after a download to say what the ZIP holds; `unzip -z drafts.zip` shows it too. It says nothing
 * that summary.csv and errors.csv in the same ZIP do not already say. ASCII because yazl writes a
 * string comment in CP437, and a raw control byte could spell the ZIP's end-record signature.
 */
export function zipComment(report: BatchReport): string {
  const notDrafted = report.summary
    .filter((s) => s.result === 'not-drafted')
    .map((s) => s.clientId);
  const named: string[] = [];
  let size = 0;
  for (const id of notDrafted) {
    size += asciiJson(id).length + 1;
    if (size > COMMENT_MAX_CHARS) break;
    named.push(id);
  }
  return asciiJson({
    relief: 'drafts',
    clients: report.clients,
    drafted: report.drafted,
    notDrafted: named,
    more: notDrafted.length - named.length,
  });
}
