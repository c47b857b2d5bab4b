import path from 'node:path';
import { randomBytes } from 'node:crypto';
import express, {
  type ErrorRequestHandler,
  type Request,
  type Response,
  type Router,
} from 'express';
import type { FieldError } from '../../domain/case-schema';
import type { AppDeps } from '../deps';
import { isLang, translate, type Lang, type MessageKey } from '../i18n';
import { clientGone } from '../client-gone';
import { silentLogger } from '../logger';
import { RenderCancelledError } from '../render-gate';
import { createViewRenderer } from '../views/render';
import { field, fieldList, type FormBody } from './checker';
import { checkProblem, type CheckProblem } from './check-errors';
import { courtDate, fechaLarga } from '../../domain/dates';
import { paperTitles } from '../../jurisdictions/coverage-table';
import { decodeDraft, encodeDraft } from './codec';
import { CSRF_FIELD, checkCsrf, ensureCsrfToken } from './csrf';
import {
  ATTORNEY_FIELDS,
  LOSS_FIELDS,
  PERIOD_FIELDS,
  PERSON_FIELDS,
  RECORD_FIELDS,
  emptyDraft,
  reliefOf,
  type Draft,
} from './draft';
import {
  PAGES,
  noLawPage,
  noRestitutionPage,
  progressOf,
  type PageCtx,
  type PageSpec,
} from './pages';
import { asksMarketRate } from './pages-restitution';
import {
  firstOpenStep,
  isReachable,
  isStepId,
  nextStep,
  previousStep,
  stepNumber,
  type StepId,
} from './steps';
import { draftToCase, draftToCaseInput } from './to-case';
import { recordQuestionsOf } from './record-questions';
import { joinDateParts } from './dates';
import { keepOnBack } from './keep-on-back';
import { readSavedFile } from './upload';
import {
  checkAbout,
  checkAnother,
  checkNarrative,
  checkRecord,
  checkRecordRows,
  checkTrafficking,
  checkWhere,
  checkWho,
  rowCount,
} from './validate';
import { checkCriminalCase, checkLoss, checkPeriod } from './validate-restitution';

export const FORM_LIMIT = '512kb';
/** trust: quick exit goes through /exit (src/web/exit.ts), which clears the cookie and leaves. */
export const QUICK_EXIT_URL = '/exit';
export const LEGAL_HELP_URL = 'https://freedomnetworkusa.org/advocacy/survivor-reentry-project/';
const FORMATS = ['pdf', 'docx', 'zip'] as const;

/** The add-another lists: the summary page, its item page and where the items live in the draft. */
const LISTS = {
  records: { item: 'record', key: 'records', done: 'recordsDone' },
  periods: { item: 'period', key: 'periods', done: 'periodsDone' },
  losses: { item: 'loss', key: 'losses', done: 'lossesDone' },
} as const;
type ListStep = keyof typeof LISTS;
const LIST_OF_ITEM: Record<string, ListStep> = {
  record: 'records',
  period: 'periods',
  loss: 'losses',
};
const isListStep = (s: string): s is ListStep => Object.prototype.hasOwnProperty.call(LISTS, s);

/** Pages that answer a choice but hold no form of their own to resend in another language. */
const PAGES_WITHOUT_STEP_FORM = new Set(['no-law', 'no-restitution']);

/**
 * Ongoing trafficking: the page right after the question (the account, or the outcome on the
 * attorney path) and the download page carry the hotline and a word on safety. Nothing is blocked.
 */
function showsSafetyPanel(d: Draft, view: string): boolean {
  const ongoing =
    reliefOf(d) === 'vacatur' && d.trafficking !== undefined && !d.trafficking.endDate;
  const next = d.who === 'attorney' ? 'outcome' : 'account';
  return ongoing && (view === next || view === 'download');
}

function neutralTitle(d: Draft, step: StepId | undefined): string {
  if (!step || step === 'start') return translate(d.lang, 'safe.siteName');
  const { n, total } = stepNumber(step, d);
  return translate(d.lang, 'safe.titleStep', { n, total });
}

/** A list changed: what the person saw about the law or the claim must be seen again. */
function afterListChange(d: Draft): Draft {
  return { ...d, outcomeSeen: false, claimSeen: false };
}

interface RenderOpts {
  draft: Draft;
  errors?: FieldError[];
  typed?: unknown;
  index?: number;
  rows?: number;
  status?: number;
}

/**
 * The guided wizard. Stateless: the answers so far travel in a signed hidden field (`draft`), and
 * CSRF is a signed double-submit cookie. Nothing a person types is kept or logged.
 * Pass `deps.secret` so several instances accept each other's pages; without it a key is made per process.
 */
/** What the wizard names every download: nothing in it says what the papers are for. */
const NEUTRAL_NAME = 'court-forms';

export function createWizardRouter(deps: AppDeps): Router {
  const secret = deps.secret ?? randomBytes(32);
  const log = deps.logger ?? silentLogger;
  const views = createViewRenderer();
  const router = express.Router();
  const urlencoded = express.urlencoded({
    extended: false,
    limit: FORM_LIMIT,
    parameterLimit: 4000,
  });

  function baseModel(
    req: Request,
    res: Response,
    lang: Lang,
    titleKey: MessageKey,
    vars: Record<string, string | number> = {},
  ) {
    return {
      lang,
      csrf: ensureCsrfToken(req, res, secret),
      csrfField: CSRF_FIELD,
      pageTitle: translate(lang, titleKey, vars),
      quickExitUrl: QUICK_EXIT_URL,
      legalHelpUrl: LEGAL_HELP_URL,
      otherLang: lang === 'en' ? 'es' : 'en',
      // With JavaScript, the wizard's steps share one history entry (public/js/wizard.js).
      oneEntry: true,
    };
  }

  function send(
    req: Request,
    res: Response,
    spec: PageSpec,
    opts: RenderOpts & { action?: string },
  ) {
    const d = opts.draft;
    const errors = opts.errors ?? [];
    const base = baseModel(req, res, d.lang, spec.titleKey, spec.titleVars);
    const model = {
      ...base,
      ...spec.model,
      // trust: the draft is encrypted and bound to this browser's CSRF cookie (codec.ts).
      draft: encodeDraft(d, secret, base.csrf),
      action: `/${opts.action ?? spec.step ?? 'start'}`,
      step: spec.step,
      progress: spec.step && spec.step !== 'start' ? progressOf(spec.step, d) : undefined,
      // The tab title and history say nothing about the subject: a neutral name and the step.
      safeTitle: neutralTitle(d, spec.step),
      // Ongoing trafficking: the hotline and a word on safety, on the pages after the question.
      ongoing: showsSafetyPanel(d, spec.view),
      showBack: spec.step !== undefined && spec.step !== 'start',
      showSave: spec.step !== undefined && spec.step !== 'start',
      hasErrors: errors.length > 0,
      errorList: errors.map((e) => ({ href: `#${e.path}`, text: e.message })),
      fieldErrors: Object.fromEntries(errors.map((e) => [e.path, e.message])),
      who: d.who,
      // The language switch submits the page's own form, so what was typed comes along.
      stepForm: spec.step !== undefined && !PAGES_WITHOUT_STEP_FORM.has(spec.view),
    };
    res
      .status(opts.status ?? 200)
      .type('html')
      .send(views.render(spec.view, model));
  }

  function show(req: Request, res: Response, step: StepId, opts: RenderOpts) {
    const ctx: PageCtx = {
      draft: opts.draft,
      registry: deps.registry,
      today: deps.today(),
      errors: opts.errors ?? [],
      ...(opts.typed !== undefined ? { typed: opts.typed } : {}),
      ...(opts.index !== undefined ? { index: opts.index } : {}),
      ...(opts.rows !== undefined ? { rows: opts.rows } : {}),
    };
    send(req, res, PAGES[step](ctx), opts);
  }

  function problem(
    req: Request,
    res: Response,
    status: number,
    lang: Lang,
    key: MessageKey,
    title: MessageKey = 'problem.title',
  ) {
    const model = {
      ...baseModel(req, res, lang, title),
      message: translate(lang, key),
      heading: translate(lang, title),
    };
    res.status(status).type('html').send(views.render('problem', model));
  }

  function langOf(req: Request): Lang {
    const fromBody: unknown = (req.body as FormBody | undefined)?.['lang'];
    const fromQuery = req.query['lang'];
    return isLang(fromBody) ? fromBody : isLang(fromQuery) ? fromQuery : 'en';
  }

  router.get('/', (req, res) => {
    show(req, res, 'start', { draft: emptyDraft(langOf(req)) });
  });

  // Where the tool can help: the packs' coverage, in the page's language (docs/JURISDICTIONS.md).
  router.get('/coverage', (req, res) => {
    const lang = langOf(req);
    const es = lang === 'es';
    const rows = [...deps.registry.packs]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((p) => {
        const v = p.reliefs.vacatur;
        const remedyEs = v?.remedyNameEs;
        const courtEs = v?.procedure.courtEs;
        return {
          name: es && p.nameEs ? p.nameEs : p.name,
          remedy: v ? (es && remedyEs ? remedyEs : v.remedyName) : '',
          remedyEn: es && !remedyEs,
          authority: v?.authority ?? '',
          court: v ? (es && courtEs ? courtEs : v.procedure.court) : '',
          courtEn: es && !courtEs,
          checked: es ? fechaLarga(p.verifiedOn) : courtDate(p.verifiedOn),
          papers: v ? paperTitles(v).join('; ') : '',
          restitution: p.reliefs.restitution?.authority ?? '',
        };
      });
    const model = { ...baseModel(req, res, lang, 'coverage.title'), rows };
    res.type('html').send(views.render('coverage', model));
  });

  // A step's address without its answers starts again: the answers never travel in a URL.
  router.get('/:step', (req, res, next) => {
    if (!isStepId(String(req.params['step']))) return next();
    const lang = langOf(req);
    res.redirect(303, lang === 'es' ? '/?lang=es' : '/');
  });

  router.post('/continue', async (req, res) => {
    const lang = langOf(req);
    const saved = await readSavedFile(req, (code) => recordQuestionsOf(deps.registry.get(code)));
    if (saved.kind === 'too-large')
      return problem(req, res, 413, saved.lang ?? lang, 'problem.tooLarge');
    if (!checkCsrf(req, saved.csrf, secret))
      return problem(req, res, 403, saved.lang ?? lang, 'problem.csrf');
    const draftLang = saved.lang ?? lang;
    if (saved.kind !== 'ok')
      return show(req, res, 'start', {
        draft: emptyDraft(draftLang),
        errors: [{ path: 'savedFile', message: translate(draftLang, 'problem.file') }],
        status: 400,
      });
    const draft = { ...saved.draft, lang: draftLang };
    log.info('wizard-resume', { records: draft.records.length });
    show(req, res, firstOpenStep(draft, deps.registry), { draft });
  });

  router.post('/:step', urlencoded, async (req, res, next) => {
    const stepParam = String(req.params['step']);
    if (!isStepId(stepParam)) return next();
    const step: StepId = stepParam;
    const body = (req.body ?? {}) as FormBody;
    // Day / month / year boxes become one typed date before any check reads it.
    joinDateParts(body);
    const lang = langOf(req);
    // A lost cookie cannot be told from a form re-sent after quick exit, and the draft is bound to
    // the cookie: the neutral page, never the answers (docs/decisions.md, "Lost form cookie").
    if (!checkCsrf(req, body[CSRF_FIELD], secret))
      return problem(req, res, 403, lang, 'problem.csrf');

    const token = field(body, 'draft');
    const decoded = token
      ? decodeDraft(token, secret, String(body[CSRF_FIELD]))
      : step === 'start'
        ? emptyDraft(lang)
        : undefined;
    if (!decoded) return problem(req, res, 400, lang, 'problem.draft');
    let draft: Draft = { ...decoded, lang };
    const action = field(body, '_action') || 'continue';
    const ctx = { lang, today: deps.today() };
    const recordCtx = { ...ctx, asks: recordQuestionsOf(packOf(draft)) };

    if (action === 'save') return sendSaved(res, draft);
    if (action === 'lang' || action.startsWith('lang:')) {
      const to = action.slice(5);
      if (isLang(to)) draft = { ...draft, lang: to };
      if (!isReachable(step, draft, deps.registry))
        return show(req, res, firstOpenStep(draft, deps.registry), { draft });
      return show(req, res, step, { draft, ...typedOnPage(step, body, draft) });
    }
    if (step !== 'start' && !isReachable(step, draft, deps.registry))
      return show(req, res, firstOpenStep(draft, deps.registry), { draft });
    if (action === 'back') {
      // What was typed on this page is kept, checked or not (see keep-on-back.ts).
      draft = keepOnBack(step, body, draft, {
        ...recordCtx,
        marketRate: asksMarketRate(packOf(draft)),
        index: (size) => itemIndex(body, size),
      });
      if (step === 'records-table' || step === 'record') draft = { ...draft, returnTo: undefined };
      return show(req, res, previousStep(step, draft), { draft });
    }
    if (action.startsWith('change:')) {
      const [, target, index] = action.split(':');
      if (!target || !isStepId(target) || !isReachable(target, draft, deps.registry))
        return show(req, res, firstOpenStep(draft, deps.registry), { draft });
      draft = { ...draft, returnTo: 'check' };
      const i = Number(index);
      const list = LIST_OF_ITEM[target];
      const size = list ? draft[LISTS[list].key].length : 0;
      return show(req, res, target, {
        draft,
        ...(Number.isInteger(i) && i >= 0 && i < size ? { index: i } : {}),
      });
    }
    if (action === 'keep' && isListStep(step)) return show(req, res, step, { draft });
    if ((action.startsWith('edit:') || action.startsWith('remove:')) && isListStep(step)) {
      const list = LISTS[step];
      const i = Number(action.split(':')[1]);
      const items: readonly unknown[] = draft[list.key];
      if (!Number.isInteger(i) || i < 0 || i >= items.length)
        return show(req, res, step, { draft });
      if (action.startsWith('edit:')) return show(req, res, list.item, { draft, index: i });
      // Removing asks first; only the confirm page's own button removes.
      if (field(body, 'confirm') !== 'yes')
        return send(req, res, confirmRemovePage(draft, step, i), { draft });
      draft = afterListChange(removeItem(draft, step, i));
      const left = draft[list.key].length;
      // An empty list of records or periods asks for the first one again; losses may be none.
      if (left === 0 && step !== 'losses')
        return show(req, res, list.item, { draft: { ...draft, [list.done]: false } });
      return show(req, res, step, { draft });
    }
    if (action === 'add-rows') {
      const typedRows = checkRecordRows(body, recordCtx);
      const typed = typedRows.ok ? typedRows.value : typedRows.typed;
      return show(req, res, 'records-table', { draft, typed, rows: rowCount(body) + 5 });
    }
    if ((FORMATS as readonly string[]).includes(action) && step === 'download')
      return sendPacket(req, res, draft, action as (typeof FORMATS)[number]);

    const moveOn = (d: Draft, from: StepId) =>
      show(req, res, nextStep(from, d, deps.registry), { draft: d });

    switch (step) {
      case 'start': {
        const r = checkWho(body, ctx);
        if (!r.ok) return show(req, res, 'start', { draft, errors: r.errors, typed: r.typed });
        if (r.value.who === 'clinic')
          return res.redirect(303, lang === 'es' ? '/clinic?lang=es' : '/clinic');
        const relief = r.value.relief || 'vacatur';
        if (relief !== draft.relief) draft = afterListChange(draft);
        draft = { ...draft, who: r.value.who, relief };
        return moveOn(draft, 'start');
      }
      case 'where': {
        const relief = reliefOf(draft);
        const codes = deps.registry.packs
          .filter((p) => relief === 'restitution' || p.reliefs.vacatur)
          .map((p) => p.code);
        const r = checkWhere(body, ctx, codes);
        if (!r.ok) return show(req, res, 'where', { draft, errors: r.errors, typed: r.typed });
        if (r.value === 'other') return send(req, res, noLawPage(), { draft, action: 'where' });
        const pack = deps.registry.get(r.value);
        if (pack && !pack.reliefs[relief])
          return send(req, res, noRestitutionPage(pack, draft.lang), { draft, action: 'where' });
        if (r.value !== draft.jurisdiction)
          draft = afterListChange({ ...draft, jurisdiction: r.value });
        return moveOn(draft, 'where');
      }
      case 'record': {
        const index = itemIndex(body, draft.records.length);
        const r = checkRecord(body, recordCtx);
        if (!r.ok)
          return show(req, res, 'record', { draft, errors: r.errors, typed: r.typed, index });
        const records = [...draft.records];
        records[index] = r.value;
        draft = afterListChange({ ...draft, records });
        return moveOn(draft, 'record');
      }
      case 'records': {
        const r = checkAnother(body, ctx);
        if (!r.ok) return show(req, res, 'records', { draft, errors: r.errors });
        if (r.value === 'yes')
          return show(req, res, 'record', {
            draft: { ...draft, recordsDone: false },
            index: draft.records.length,
          });
        draft = { ...draft, recordsDone: true };
        return moveOn(draft, 'records');
      }
      case 'records-table': {
        const r = checkRecordRows(body, recordCtx);
        if (!r.ok)
          return show(req, res, 'records-table', {
            draft,
            errors: r.errors,
            typed: r.typed,
            rows: rowCount(body),
          });
        draft = { ...draft, records: r.value, recordsDone: true, outcomeSeen: false };
        return moveOn(draft, 'records-table');
      }
      case 'trafficking': {
        const withNarrative = draft.who === 'attorney';
        const r = checkTrafficking(body, ctx, withNarrative);
        if (!r.ok)
          return show(req, res, 'trafficking', { draft, errors: r.errors, typed: r.typed });
        draft = { ...draft, trafficking: r.value.trafficking, outcomeSeen: false };
        if (withNarrative) draft.narrative = r.value.narrative ?? '';
        return moveOn(draft, 'trafficking');
      }
      case 'account': {
        const r = checkNarrative(body, ctx);
        if (!r.ok) return show(req, res, 'account', { draft, errors: r.errors, typed: r.typed });
        draft = { ...draft, narrative: r.value };
        return moveOn(draft, 'account');
      }
      case 'outcome':
        draft = { ...draft, outcomeSeen: true };
        return moveOn(draft, 'outcome');
      case 'criminal-case': {
        const r = checkCriminalCase(body, ctx);
        if (!r.ok)
          return show(req, res, 'criminal-case', { draft, errors: r.errors, typed: r.typed });
        draft = { ...draft, criminalCase: r.value };
        return moveOn(draft, 'criminal-case');
      }
      case 'period': {
        const index = itemIndex(body, draft.periods.length);
        const others = draft.periods
          .map((p, j) => ({ n: j + 1, start: p.start, end: p.end }))
          .filter((_, j) => j !== index);
        const r = checkPeriod(body, ctx, asksMarketRate(packOf(draft)), others);
        if (!r.ok)
          return show(req, res, 'period', { draft, errors: r.errors, typed: r.typed, index });
        const periods = [...draft.periods];
        periods[index] = r.value;
        draft = afterListChange({ ...draft, periods });
        return moveOn(draft, 'period');
      }
      case 'loss': {
        const index = itemIndex(body, draft.losses.length);
        const r = checkLoss(body, ctx);
        if (!r.ok)
          return show(req, res, 'loss', { draft, errors: r.errors, typed: r.typed, index });
        const losses = [...draft.losses];
        losses[index] = r.value;
        draft = afterListChange({ ...draft, losses });
        return moveOn(draft, 'loss');
      }
      case 'periods':
      case 'losses': {
        const list = LISTS[step];
        const r = checkAnother(
          body,
          ctx,
          step === 'periods' ? 'field.anotherPeriod' : 'field.anotherLoss',
        );
        if (!r.ok) return show(req, res, step, { draft, errors: r.errors });
        if (r.value === 'yes')
          return show(req, res, list.item, {
            draft: { ...draft, [list.done]: false },
            index: draft[list.key].length,
          });
        draft = { ...draft, [list.done]: true };
        return moveOn(draft, step);
      }
      case 'claim':
        draft = { ...draft, claimSeen: true };
        return moveOn(draft, 'claim');
      case 'about': {
        const r = checkAbout(body, ctx, draft.who === 'attorney');
        if (!r.ok) return show(req, res, 'about', { draft, errors: r.errors, typed: r.typed });
        draft = {
          ...draft,
          person: r.value.person,
          ...(r.value.attorney ? { attorney: r.value.attorney } : {}),
        };
        return moveOn(draft, 'about');
      }
      case 'check':
      case 'download': {
        const parsed = draftToCase(draft, deps.today(), recordQuestionsOf(packOf(draft)));
        if (!parsed.ok)
          return show(req, res, 'check', { draft, errors: parsed.errors.map(toCheckError(draft)) });
        draft = { ...draft, returnTo: undefined };
        return show(req, res, 'download', { draft });
      }
    }
  });

  function confirmRemovePage(d: Draft, step: ListStep, i: number): PageSpec {
    const what = {
      records: 'record.titleN',
      periods: 'remove.periodN',
      losses: 'remove.lossN',
    } as const satisfies Record<ListStep, MessageKey>;
    const name = translate(d.lang, what[step], { n: i + 1 });
    const r = step === 'records' ? d.records[i] : undefined;
    return {
      view: 'confirm-remove',
      titleKey: 'remove.title',
      titleVars: { name },
      step,
      model: {
        index: i,
        name,
        detail: r ? [r.offense, r.arrestDate].filter(Boolean).join(', ') : '',
      },
    };
  }

  function packOf(d: Draft) {
    return d.jurisdiction ? deps.registry.get(d.jurisdiction) : undefined;
  }

  /** What the person typed on this page, exactly as typed, to show again (unchecked) in the other language. */
  function typedOnPage(step: StepId, body: FormBody, d: Draft): Partial<RenderOpts> {
    const pick = <K extends string>(names: readonly K[], prefix = '') =>
      Object.fromEntries(names.map((n) => [n, field(body, `${prefix}${n}`)])) as Record<K, string>;
    const index = (size: number) => ({ index: itemIndex(body, size) });
    switch (step) {
      case 'start':
        return { typed: pick(['who', 'relief']) };
      case 'where':
        return { typed: field(body, 'jurisdiction') };
      case 'records':
      case 'periods':
      case 'losses':
        return { typed: field(body, 'another') };
      case 'record':
        return { typed: pick(RECORD_FIELDS), ...index(d.records.length) };
      case 'records-table': {
        const rows = rowCount(body);
        const typed = Array.from({ length: rows }, (_, i) => pick(RECORD_FIELDS, `rows-${i}-`));
        return { typed, rows };
      }
      case 'trafficking':
        return {
          typed: {
            trafficking: {
              ...pick(['startDate', 'endDate', 'servicesSoughtDate']),
              types: fieldList(body, 'types'),
              documentation: fieldList(body, 'documentation'),
            },
            narrative: field(body, 'narrative'),
            ended: field(body, 'ended'),
          },
        };
      case 'account':
        return { typed: field(body, 'narrative') };
      case 'about':
        return {
          typed: {
            person: pick(PERSON_FIELDS),
            ...(d.who === 'attorney' ? { attorney: pick(ATTORNEY_FIELDS) } : {}),
          },
        };
      case 'criminal-case':
        return { typed: pick(['court', 'caseNumber', 'defendants']) };
      case 'period':
        return { typed: pick(PERIOD_FIELDS), ...index(d.periods.length) };
      case 'loss':
        return { typed: pick(LOSS_FIELDS), ...index(d.losses.length) };
      default:
        return {};
    }
  }

  function toCheckError(draft: Draft) {
    return (e: FieldError): CheckProblem => checkProblem(e, draft);
  }

  function sendSaved(res: Response, draft: Draft) {
    const parsed = draftToCase(draft, deps.today(), recordQuestionsOf(packOf(draft)));
    const body = parsed.ok
      ? parsed.value
      : draftToCaseInput(draft, recordQuestionsOf(packOf(draft)));
    res
      .status(200)
      .type('application/json')
      .set('Content-Disposition', `attachment; filename="${NEUTRAL_NAME}-answers.json"`)
      .send(`${JSON.stringify(body, null, 2)}\n`);
  }

  async function sendPacket(
    req: Request,
    res: Response,
    draft: Draft,
    format: (typeof FORMATS)[number],
  ) {
    const parsed = draftToCase(draft, deps.today(), recordQuestionsOf(packOf(draft)));
    if (!parsed.ok)
      return show(req, res, 'check', { draft, errors: parsed.errors.map(toCheckError(draft)) });
    try {
      // trust: a render whose reader has gone is dropped (render-gate.ts).
      const signal = clientGone(res);
      const file = await deps.pool.generate({
        case: parsed.value,
        format,
        today: deps.today(),
        lang: draft.lang,
        signal,
      });
      if (signal.aborted) return;
      log.info('wizard-download', {
        format,
        relief: parsed.value.relief,
        records: parsed.value.convictions.length,
      });
      res
        .status(200)
        .type(file.contentType)
        // A neutral name: a phone's Downloads folder shows it to whoever holds the phone.
        .set(
          'Content-Disposition',
          `attachment; filename="${NEUTRAL_NAME}${path.extname(file.filename).replace(/[^\w.]/g, '')}"`,
        )
        .send(Buffer.from(file.bytes));
    } catch (err) {
      if (err instanceof RenderCancelledError) return;
      log.error('wizard-download-failed', {
        format,
        name: err instanceof Error ? err.name : 'Error',
      });
      problem(req, res, 500, draft.lang, 'problem.render');
    }
  }

  const onError: ErrorRequestHandler = (
    err: { type?: string; status?: number },
    req,
    res,
    next,
  ) => {
    if (res.headersSent) return next(err);
    const lang = isLang(req.query['lang']) ? req.query['lang'] : 'en';
    if (err.type === 'entity.too.large' || err.status === 413)
      return problem(req, res, 413, lang, 'problem.tooLarge');
    if (err.status === 400 || err.type === 'parameters.too.many')
      return problem(req, res, 400, lang, 'problem.draft');
    return next(err);
  };
  router.use(onError);

  router.use((req, res, next) => {
    if (req.path.startsWith('/api/') || (req.method !== 'GET' && req.method !== 'POST'))
      return next();
    problem(req, res, 404, langOf(req), 'problem.notFoundText', 'problem.notFound');
  });
  return router;
}

/** Which item of a list a page is about: the posted index, kept within the list (or one past it, to add). */
function itemIndex(body: FormBody, size: number): number {
  return Math.min(Math.max(0, Number(field(body, 'index')) || 0), size);
}

function removeItem(d: Draft, step: ListStep, i: number): Draft {
  switch (step) {
    case 'records':
      return { ...d, records: d.records.filter((_, j) => j !== i) };
    case 'periods':
      return { ...d, periods: d.periods.filter((_, j) => j !== i) };
    case 'losses':
      return { ...d, losses: d.losses.filter((_, j) => j !== i) };
  }
}
