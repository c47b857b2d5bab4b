import type { BatchProblem, BatchReport } from '../../batch/types';
import { isMessageKey, translate, type Lang } from '../i18n';
import { shownIssue } from '../i18n/issues';

/** A status or overall code as a word in the language (an unknown code is shown as it is). */
function statusLabel(lang: Lang, kind: 'status' | 'overall', code: string): string {
  const key = `clinic.${kind}.${code}`;
  return isMessageKey(key) ? translate(lang, key) : code;
}

/** "row 2: eligible" from the batch summary, in the language. */
function recordLine(lang: Lang, line: string): string {
  const m = /^row (\S+): (\S+)$/.exec(line);
  if (!m) return line;
  return translate(lang, 'clinic.report.record', {
    row: m[1] ?? '',
    status: statusLabel(lang, 'status', m[2] ?? ''),
  });
}

function shown(lang: Lang, p: BatchProblem) {
  const { text, lang: textLang } = shownIssue(
    { path: p.field, code: p.code, params: p.params },
    lang,
  );
  return {
    row: p.row ?? '',
    clientId: p.clientId,
    field: p.field,
    message: text,
    // Marked so a screen reader reads an English message with English sounds.
    messageLang: textLang === lang ? undefined : textLang,
  };
}

/** What the check-only report page shows, every word in the language. */
export function reportModel(lang: Lang, report: BatchReport) {
  const ready = report.clients - report.failed;
  const plural = (n: number) => (n === 1 ? 'one' : 'other');
  const problems = report.problems.map((p) => shown(lang, p));
  const warnings = report.warnings.map((p) => shown(lang, p));
  return {
    counts: translate(lang, 'clinic.report.counts', {
      clients: translate(lang, `clinic.report.client.${plural(report.clients)}`, {
        n: report.clients,
      }),
      rows: translate(lang, `clinic.report.row.${plural(report.rows)}`, { n: report.rows }),
    }),
    readyText: translate(lang, `clinic.report.ready.${plural(ready)}`, { n: ready }),
    ready,
    draftReadyText: translate(lang, `clinic.report.draftReady.${plural(ready)}`, { n: ready }),
    notReadyText: translate(lang, 'clinic.report.notReady', { n: report.failed }),
    problems,
    warnings,
    someEnglish: [...problems, ...warnings].some((p) => p.messageLang !== undefined),
    summary: report.summary.map((s) => ({
      clientId: s.clientId,
      jurisdiction: s.jurisdiction,
      ready: s.result !== 'not-drafted',
      overall: s.overall ? statusLabel(lang, 'overall', s.overall) : '',
      records: s.records.map((r) => recordLine(lang, r)),
    })),
  };
}
