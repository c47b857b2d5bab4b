import { catalogueOf } from '../catalogue';
import { CASE_ENDS, courtName, recordQuestionsOf } from '../record-questions';
import { emptyRecord, MAX_RECORDS, RECORD_FIELDS, type RecordDraft } from '../draft';
import { checkRecordRows, rowCount } from '../validate';
import { blank, kept } from '../keep-on-back';
import type { PageCtx, PageSpec } from '../page-types';
import { next, packOf, pick, show, t } from './helpers';
import type { StepModule } from './types';

function recordsTablePage(ctx: PageCtx): PageSpec {
  const pack = packOf(ctx);
  const lang = ctx.draft.lang;
  const asks = recordQuestionsOf(pack);
  const typed = Array.isArray(ctx.typed) ? (ctx.typed as RecordDraft[]) : ctx.draft.records;
  const count = Math.min(Math.max(ctx.rows ?? 0, typed.length + 2, 5), MAX_RECORDS);
  const fieldErrors = Object.fromEntries(ctx.errors.map((e) => [e.path, e.message]));
  const yesNo = ['yes', 'no'].map((v) => ({
    value: v,
    label: t(lang, v === 'yes' ? 'yes' : 'no'),
  }));
  const rows = Array.from({ length: count }, (_, i) => {
    const r = typed[i] ?? emptyRecord();
    const id = (f: string) => `rows-${i}-${f}`;
    const cell = (f: keyof RecordDraft) => ({
      id: id(f),
      name: id(f),
      // A court chosen from a list (a record from the one-record page or a saved file) shows its name.
      value: f === 'court' ? courtName(asks, r.courtKind, r.court) : r[f],
      error: fieldErrors[id(f)],
    });
    const select = (f: keyof RecordDraft, opts: { value: string; label: string }[]) => ({
      ...cell(f),
      options: opts.map((o) => ({ ...o, selected: o.value === r[f] })),
    });
    return {
      i,
      n: i + 1,
      label: t(lang, 'table.row', { n: i + 1 }),
      offense: cell('offense'),
      arrestDate: cell('arrestDate'),
      offenseDate: cell('offenseDate'),
      disposition: select(
        'disposition',
        CASE_ENDS.map((v) => ({ value: v, label: t(lang, `endShort.${v}`) })),
      ),
      convictionDate: cell('convictionDate'),
      imprisoned: select('imprisoned', yesNo),
      court: cell('court'),
      county: cell('county'),
      docketNumber: cell('docketNumber'),
      arrestPlace: cell('arrestPlace'),
      childVictim: select('childVictim', yesNo),
      juvenile: { id: id('juvenile'), name: id('juvenile'), checked: r.juvenile === 'yes' },
    };
  });
  const options = pack ? catalogueOf(pack, ctx.draft.lang) : [];
  return {
    view: 'records-table',
    titleKey: 'table.title',
    step: 'records-table',
    // The table takes the page's full width: its columns do not fit the reading column.
    model: {
      rows,
      rowCount: count,
      options,
      example: options[0]?.value ?? 'PL 230.00',
      asks,
      wide: true,
    },
  };
}

export const recordsTable: StepModule = {
  page: recordsTablePage,
  submit(s) {
    const r = checkRecordRows(s.body, s);
    if (!r.ok)
      return show('records-table', s.draft, {
        errors: r.errors,
        typed: r.typed,
        rows: rowCount(s.body),
      });
    return next({ ...s.draft, records: r.value, recordsDone: true, outcomeSeen: false });
  },
  keep(s) {
    const rows = kept(checkRecordRows(s.body, s)).filter((r: RecordDraft) => !blank(r));
    const d = { ...s.draft, returnTo: undefined };
    return rows.length ? { ...d, records: rows, outcomeSeen: false } : d;
  },
  typed(s) {
    const rows = rowCount(s.body);
    const typed = Array.from({ length: rows }, (_, i) => pick(s.body, RECORD_FIELDS, `rows-${i}-`));
    return { typed, rows };
  },
  actions: {
    'add-rows'(s) {
      const r = checkRecordRows(s.body, s);
      const typed = r.ok ? r.value : r.typed;
      return show('records-table', s.draft, { typed, rows: rowCount(s.body) + 5 });
    },
  },
};
