import { DOCUMENTATION_KINDS } from '../../domain/case-schema';
import { assess } from '../../domain/assess';
import type { Pack } from '../../domain/pack-schema';
import { translate, type Lang, type MessageKey } from '../i18n';
import { catalogueOf, isKnownCharge } from './catalogue';
import { checkProblem } from './check-errors';
import { legalHelpOf, packName, remedyName } from './pack-text';
import {
  CASE_ENDS,
  CHILD_VICTIM_ANSWERS,
  OWN_COURT_CHOICES,
  courtName,
  recordQuestionsOf,
  type CaseEnd,
  type RecordQuestions,
} from './record-questions';
import { MAX_RECORDS, emptyRecord, reliefOf, type Draft, type RecordDraft } from './draft';
import { dateInWords } from './dates';
import { outcomeView } from './outcome';
import type { PageCtx, PageSpec } from './page-types';
import {
  checkRestitutionPage,
  claimPage,
  criminalCasePage,
  lossPage,
  lossesPage,
  noRestitutionPage,
  periodPage,
  periodsPage,
} from './pages-restitution';
import { stepNumber, type StepId } from './steps';
import { draftToAssessableCase, stepOfCasePath } from './to-case';

type Ctx = PageCtx;

const t = (lang: Lang, key: MessageKey, vars?: Record<string, string | number>) =>
  translate(lang, key, vars);

function packOf(ctx: Ctx): Pack | undefined {
  return ctx.draft.jurisdiction ? ctx.registry.get(ctx.draft.jurisdiction) : undefined;
}

function recordRow(r: RecordDraft, i: number, pack: Pack | undefined, lang: Lang) {
  const asks = recordQuestionsOf(pack);
  const ended = (CASE_ENDS as readonly string[]).includes(r.disposition)
    ? t(lang, `endShort.${r.disposition as CaseEnd}`)
    : '';
  const answer = (v: string) =>
    v === 'yes' ? t(lang, 'yes') : v === 'no' ? t(lang, 'no') : v ? t(lang, 'dontKnow') : '';
  return {
    index: i,
    n: i + 1,
    offense: r.offense,
    description: r.description,
    arrestDate: dateInWords(r.arrestDate, lang),
    offenseDate: dateInWords(r.offenseDate, lang),
    convicted: r.convicted === 'yes',
    convictionDate: dateInWords(r.convictionDate, lang),
    ended: ended || t(lang, 'records.endNotAnswered'),
    imprisoned: answer(r.imprisoned),
    court:
      courtName(asks, r.courtKind, r.court) ||
      (r.courtKind === 'unknown' ? t(lang, 'dontKnow') : ''),
    county: r.county,
    docketNumber: r.docketNumber,
    arrestPlace: r.arrestPlace,
    childVictim: answer(r.childVictim),
    juvenile: r.juvenile === 'yes',
    unknown: pack ? !isKnownCharge(r.offense, pack) : false,
    changeLabel: `${t(lang, 'button.change')} ${t(lang, 'record.titleN', { n: i + 1 })}`,
    removeLabel: `${t(lang, 'button.remove')} ${t(lang, 'record.titleN', { n: i + 1 })}`,
  };
}

export function startPage(ctx: Ctx): PageSpec {
  const typed = ctx.typed as { who?: string; relief?: string } | undefined;
  return {
    view: 'start',
    titleKey: 'start.title',
    step: 'start',
    model: {
      values: {
        who: typed?.who ?? ctx.draft.who ?? '',
        relief: typed?.relief ?? ctx.draft.relief ?? '',
      },
    },
  };
}

/** The places to choose from: for restitution every pack is listed, and one without it says so. */
export function wherePage(ctx: Ctx): PageSpec {
  const lang = ctx.draft.lang;
  const relief = reliefOf(ctx.draft);
  const chosen = typeof ctx.typed === 'string' ? ctx.typed : (ctx.draft.jurisdiction ?? '');
  const options = ctx.registry.packs
    .filter((p) => relief === 'restitution' || p.reliefs.vacatur)
    .map((p) => {
      const r = relief === 'restitution' ? p.reliefs.restitution : p.reliefs.vacatur;
      const name = packName(p, lang);
      return {
        value: p.code,
        id: `jurisdiction-${p.code}`,
        label: name.text,
        labelEn: name.en,
        hint: r
          ? t(lang, 'where.reliefHint', {
              remedy: remedyName(r, lang).text,
              authority: r.authority,
            })
          : t(lang, 'where.noRestitutionHint'),
        checked: chosen === p.code,
      };
    });
  return {
    view: 'where',
    titleKey: relief === 'restitution' ? 'where.titleRestitution' : 'where.title',
    step: 'where',
    model: {
      options,
      restitution: relief === 'restitution',
      otherChecked: chosen === 'other',
      firstId: options[0]?.id ?? 'jurisdiction-other',
    },
  };
}

export function noLawPage(): PageSpec {
  return { view: 'no-law', titleKey: 'nolaw.title', step: 'where', model: {} };
}

/** A radio list for the `choices` partial. */
function choiceList(
  values: readonly string[],
  chosen: string,
  label: (v: string) => string,
  extra: (v: string) => { hint?: string; reveals?: boolean } = () => ({}),
) {
  return values.map((value) => ({
    value,
    label: label(value),
    checked: chosen === value,
    ...extra(value),
  }));
}

/** The pack's courts, then "another court" and "I don't know". */
function courtChoiceList(asks: RecordQuestions, chosen: string, lang: Lang) {
  const label = (id: string) => {
    const c = asks.courtChoices.find((x) => x.id === id);
    if (c) return lang === 'es' && c.labelEs ? c.labelEs : c.label;
    return t(lang, id === 'other' ? 'record.courtOther' : 'dontKnow');
  };
  const ids = [...asks.courtChoices.map((c) => c.id), ...OWN_COURT_CHOICES];
  return choiceList(ids, chosen, label);
}

export function recordPage(ctx: Ctx): PageSpec {
  const pack = packOf(ctx);
  const lang = ctx.draft.lang;
  const index = ctx.index ?? ctx.draft.records.length;
  const values =
    (ctx.typed as RecordDraft | undefined) ?? ctx.draft.records[index] ?? emptyRecord();
  const options = pack ? catalogueOf(pack, ctx.draft.lang) : [];
  const unknown =
    pack && values.offense && ctx.errors.length === 0 && ctx.typed === undefined
      ? !isKnownCharge(values.offense, pack)
      : false;
  const asks = recordQuestionsOf(pack);
  const endings = choiceList(
    CASE_ENDS,
    values.disposition,
    (v) => t(lang, `end.${v as CaseEnd}`),
    (v) =>
      v === 'convicted'
        ? { hint: t(lang, 'end.convictedHint'), reveals: true }
        : v === 'dismissed-on-government-motion'
          ? { hint: t(lang, 'end.governmentHint') }
          : {},
  );
  const courtKinds = courtChoiceList(asks, values.courtKind, lang);
  const childVictims = choiceList(CHILD_VICTIM_ANSWERS, values.childVictim, (v) =>
    t(lang, v === 'unknown' ? 'dontKnow' : v === 'yes' ? 'yes' : 'no'),
  );
  return {
    view: 'record',
    titleKey: 'record.titleN',
    titleVars: { n: index + 1 },
    step: 'record',
    model: {
      index,
      values,
      options,
      example: options[0]?.value ?? 'PL 230.00',
      unknown,
      asks,
      endings,
      courtKinds,
      courtNameHint: asks.courtExample
        ? t(lang, 'record.courtNameHintFor', { example: asks.courtExample })
        : t(lang, 'record.courtNameHintNone'),
      childVictims,
    },
  };
}

export function recordsPage(ctx: Ctx): PageSpec {
  const pack = packOf(ctx);
  return {
    view: 'records',
    titleKey: 'records.title',
    step: 'records',
    model: {
      records: ctx.draft.records.map((r, i) => recordRow(r, i, pack, ctx.draft.lang)),
      count: ctx.draft.records.length,
      values: { another: typeof ctx.typed === 'string' ? ctx.typed : '' },
    },
  };
}

export function recordsTablePage(ctx: Ctx): PageSpec {
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

export function traffickingPage(ctx: Ctx): PageSpec {
  const typed = ctx.typed as
    { trafficking: Draft['trafficking']; narrative?: string; ended?: string } | undefined;
  const tr = typed?.trafficking ?? ctx.draft.trafficking;
  const lang = ctx.draft.lang;
  const values = {
    ended: typed?.ended ?? (tr ? (tr.endDate ? 'yes' : 'no') : ''),
    types: tr?.types ?? [],
    startDate: tr?.startDate ?? '',
    endDate: tr?.endDate ?? '',
    servicesSoughtDate: tr?.servicesSoughtDate ?? '',
    documentation: tr?.documentation ?? [],
    narrative: typed?.narrative ?? ctx.draft.narrative ?? '',
  };
  const docs = DOCUMENTATION_KINDS.map((k) => ({
    value: k,
    id: `documentation-${k}`,
    label: t(lang, `doc.${k}`),
    checked: values.documentation.includes(k),
  }));
  const types = (['sex', 'labor'] as const).map((k) => ({
    value: k,
    id: `types-${k}`,
    label: t(lang, k === 'sex' ? 'trafficking.type.sex' : 'trafficking.type.labor'),
    checked: values.types.includes(k),
  }));
  return {
    view: 'trafficking',
    titleKey: 'trafficking.title',
    step: 'trafficking',
    model: { values, docs, types, withNarrative: ctx.draft.who === 'attorney' },
  };
}

export function accountPage(ctx: Ctx): PageSpec {
  const narrative = typeof ctx.typed === 'string' ? ctx.typed : (ctx.draft.narrative ?? '');
  return {
    view: 'account',
    titleKey: 'account.title',
    step: 'account',
    model: { values: { narrative } },
  };
}

export function outcomePage(ctx: Ctx): PageSpec {
  const pack = packOf(ctx);
  const parsed = draftToAssessableCase(ctx.draft, ctx.today, recordQuestionsOf(pack));
  if (!pack || !parsed.ok) {
    const problems = parsed.ok ? [] : parsed.errors.map((e) => checkProblem(e, ctx.draft));
    return {
      view: 'outcome',
      titleKey: 'outcome.title',
      step: 'outcome',
      model: { problems, outcome: undefined },
    };
  }
  const outcome = outcomeView(assess(parsed.value, pack, ctx.today), pack, ctx.draft.lang);
  return { view: 'outcome', titleKey: 'outcome.title', step: 'outcome', model: { outcome } };
}

export function aboutPage(ctx: Ctx): PageSpec {
  const typed = ctx.typed as { person: Draft['person']; attorney?: Draft['attorney'] } | undefined;
  const values = {
    ...(typed?.person ?? ctx.draft.person ?? {}),
    ...(typed?.attorney ?? ctx.draft.attorney ?? {}),
  };
  const attorney = ctx.draft.who === 'attorney';
  return {
    view: 'about',
    titleKey: attorney ? 'about.titleAttorney' : 'about.title',
    step: 'about',
    model: { values, attorney, restitution: reliefOf(ctx.draft) === 'restitution' },
  };
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function checkPage(ctx: Ctx): PageSpec {
  if (reliefOf(ctx.draft) === 'restitution') return checkRestitutionPage(ctx);
  const d = ctx.draft;
  const lang = d.lang;
  const pack = packOf(ctx);
  const tr = d.trafficking;
  const p = d.person;
  const a = d.attorney;
  const none = t(lang, 'check.none');
  const docs = tr?.documentation
    .map((k) => t(lang, `doc.${k as (typeof DOCUMENTATION_KINDS)[number]}`))
    .join(', ');
  const types = tr?.types
    .map((k) => t(lang, k === 'labor' ? 'trafficking.type.labor' : 'trafficking.type.sex'))
    .join(', ');
  const recordsStep = d.who === 'attorney' ? 'records-table' : 'records';
  const accountStep = d.who === 'attorney' ? 'trafficking' : 'account';
  const address = p
    ? [p.line1, p.line2, p.city && `${p.city}, ${p.state} ${p.postalCode}`].filter(Boolean)
    : [];
  const change = (step: string, label: string) => ({
    action: `change:${step}`,
    label: `${t(lang, 'button.change')} ${label.toLowerCase()}`,
  });
  const problems = ctx.errors.map((e) => {
    const at = stepOfCasePath(e, d);
    return { ...e, step: at.step };
  });
  return {
    view: 'check',
    titleKey: 'check.title',
    step: 'check',
    model: {
      where: pack ? packName(pack, lang).text : (d.jurisdiction ?? ''),
      whereChange: change('where', t(lang, 'check.where')),
      records: d.records.map((r, i) => recordRow(r, i, pack, lang)),
      recordsChange: change(recordsStep, t(lang, 'check.records')),
      trafficking: {
        types: types || none,
        period: tr
          ? `${dateInWords(tr.startDate, lang)} – ${tr.endDate ? dateInWords(tr.endDate, lang) : t(lang, 'check.now')}`
          : '',
        ended: tr ? t(lang, tr.endDate ? 'yes' : 'check.notEnded') : '',
        sought: tr?.servicesSoughtDate
          ? dateInWords(tr.servicesSoughtDate, lang)
          : t(lang, 'check.notGiven'),
        docs: docs || none,
      },
      traffickingChange: change('trafficking', t(lang, 'check.trafficking')),
      account: d.narrative
        ? t(lang, 'check.accountWords', { n: words(d.narrative) })
        : t(lang, 'check.accountEmpty'),
      accountChange: change(accountStep, t(lang, 'check.account')),
      person: p
        ? {
            ...p,
            dateOfBirth: dateInWords(p.dateOfBirth, lang),
            otherNames: p.otherNames.split('\n').filter(Boolean).join(', '),
            address: address.join(', '),
          }
        : undefined,
      personChange: change('about', t(lang, 'check.you')),
      attorney: d.who === 'attorney' ? a : undefined,
      problems,
    },
  };
}

export function downloadPage(ctx: Ctx): PageSpec {
  const pack = packOf(ctx);
  return {
    view: 'download',
    titleKey: 'download.title',
    step: 'download',
    model: {
      legalHelp: legalHelpOf(pack, ctx.draft.lang),
      restitution: reliefOf(ctx.draft) === 'restitution',
      attorney: ctx.draft.who === 'attorney',
    },
  };
}

export const PAGES: Record<StepId, (ctx: Ctx) => PageSpec> = {
  start: startPage,
  where: wherePage,
  record: recordPage,
  records: recordsPage,
  'records-table': recordsTablePage,
  trafficking: traffickingPage,
  account: accountPage,
  outcome: outcomePage,
  about: aboutPage,
  'criminal-case': criminalCasePage,
  period: periodPage,
  periods: periodsPage,
  losses: lossesPage,
  loss: lossPage,
  claim: claimPage,
  check: checkPage,
  download: downloadPage,
};

export function progressOf(step: StepId, d: Draft): string {
  const { n, total } = stepNumber(step, d);
  return translate(d.lang, 'step.of', { n, total });
}

export type { PageCtx, PageSpec };
export { noRestitutionPage };
