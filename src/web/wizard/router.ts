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
import { field, type FormBody } from './checker';
import { checkProblem } from './check-errors';
import { coverageRows } from './coverage-rows';
import { glyphWarningItems } from './glyph-warning';
import { decodeDraft, encodeDraft } from './codec';
import { CSRF_FIELD, checkCsrf, ensureCsrfToken } from './csrf';
import { emptyDraft, reliefOf, type Draft } from './draft';
import type { PageCtx, PageSpec } from './page-types';
import { recordQuestionsOf } from './record-questions';
import { joinDateParts } from './dates';
import { readSavedFile } from './upload';
import { draftToCase, draftToCaseInput } from './to-case';
import {
  STEPS,
  firstOpenStep,
  isReachable,
  isStepId,
  progressOf,
  stepNumber,
  type StepId,
  type SubmitCtx,
} from './steps';
import { dispatch, shownOf } from './steps/dispatch';
import { LIST_OF_ITEM, LISTS, confirmRemovePage } from './steps/lists';
import { asksMarketRate } from './steps/period';
import { noLawPage, noRestitutionPage } from './steps/where';
import { isNavigation, readSealed, storeShown, type ShownPage } from './view-cookie';

export const FORM_LIMIT = '512kb';
/** trust: quick exit goes through /exit (src/web/exit.ts), which clears the cookie and leaves. */
export const QUICK_EXIT_URL = '/exit';
export const LEGAL_HELP_URL = 'https://freedomnetworkusa.org/advocacy/survivor-reentry-project/';
const FORMATS = ['pdf', 'docx', 'zip'] as const;
/** What the wizard names every download: nothing in it says what the papers are for. */
const NEUTRAL_NAME = 'court-forms';

/** Pages that answer a choice but hold no form of their own to resend in another language. */
const PAGES_WITHOUT_STEP_FORM = new Set(['no-law', 'no-restitution']);

/** The pages that say which answers the PDF cannot draw: check your answers and download. */
const GLYPH_CHECKED_VIEWS: ReadonlySet<string> = new Set([
  'check',
  'check-restitution',
  'download',
]);

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

/**
 * The guided wizard's transport: it reads a post, lets the step (steps/) answer it, and shows the
 * page. Stateless: the answers so far travel in an encrypted hidden field (`draft`), bound to a
 * signed double-submit CSRF cookie; after a plain form post the page to show travels in cookies
 * the same way (view-cookie.ts). Nothing a person types is kept or logged.
 * Pass `deps.secret` so several instances accept each other's pages; without it a key is made per process.
 */
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
  const packOf = (d: Draft) => (d.jurisdiction ? deps.registry.get(d.jurisdiction) : undefined);
  const asksOf = (d: Draft) => recordQuestionsOf(packOf(d));

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
    d: Draft,
    errors: FieldError[],
    status = 200,
    tooLarge = false,
  ) {
    const base = baseModel(req, res, d.lang, spec.titleKey, spec.titleVars);
    const model = {
      ...base,
      ...spec.model,
      // trust: the draft is encrypted and bound to this browser's CSRF cookie (codec.ts).
      draft: encodeDraft(d, secret, base.csrf),
      action: `/${spec.step ?? 'start'}`,
      step: spec.step,
      progress: spec.step && spec.step !== 'start' ? progressOf(spec.step, d) : undefined,
      // The tab title and history say nothing about the subject: a neutral name and the step.
      safeTitle: neutralTitle(d, spec.step),
      // Ongoing trafficking: the hotline and a word on safety, on the pages after the question.
      ongoing: showsSafetyPanel(d, spec.view),
      showBack: spec.step !== undefined && spec.step !== 'start',
      // Nothing is typed before the place is asked: no answers to save on the first pages.
      showSave: spec.step !== undefined && !['start', 'who', 'relief'].includes(spec.step),
      hasErrors: errors.length > 0,
      errorList: errors.map((e) => ({ href: `#${e.path}`, text: e.message })),
      fieldErrors: Object.fromEntries(errors.map((e) => [e.path, e.message])),
      who: d.who,
      // glyph: answers the PDF cannot draw, said before anything is downloaded.
      glyphWarning: GLYPH_CHECKED_VIEWS.has(spec.view) ? glyphWarningItems(d, asksOf(d)) : [],
      // The language switch submits the page's own form, so what was typed comes along.
      stepForm: spec.step !== undefined && !PAGES_WITHOUT_STEP_FORM.has(spec.view),
      // A page too large to keep between pages without JavaScript: use its own buttons, and save.
      tooLarge,
    };
    res.status(status).type('html').send(views.render(spec.view, model));
  }

  function specOf(page: ShownPage): PageSpec {
    const d = page.draft;
    const sp = page.special;
    if (sp?.name === 'no-law') return noLawPage();
    const pack = sp?.name === 'no-restitution' ? deps.registry.get(sp.code) : undefined;
    if (pack) return noRestitutionPage(pack, d.lang);
    if (sp?.name === 'confirm-remove') return confirmRemovePage(d, sp.list, sp.index);
    const ctx: PageCtx = {
      draft: d,
      registry: deps.registry,
      today: deps.today(),
      errors: page.errors ?? [],
      ...(page.typed !== undefined ? { typed: page.typed } : {}),
      ...(page.index !== undefined ? { index: page.index } : {}),
      ...(page.rows !== undefined ? { rows: page.rows } : {}),
    };
    return STEPS[page.step].page(ctx);
  }

  function render(req: Request, res: Response, page: ShownPage, status = 200) {
    send(req, res, specOf(page), page.draft, page.errors ?? [], status);
  }

  /**
   * Answer a post with a page sealed in cookies, so Reload finds it: a plain form post is
   * redirected to the step's address (PRG); wizard.js gives its one entry that Content-Location.
   */
  function answer(req: Request, res: Response, page: ShownPage) {
    const binding = ensureCsrfToken(req, res, secret);
    const stored = storeShown(req, res, page, secret, binding);
    if (!isNavigation(req)) {
      res.set('Content-Location', stored ? `/${page.step}` : '/');
      return render(req, res, page);
    }
    if (stored) return res.redirect(303, `/${page.step}`);
    // Too large for the cookies: this answer is the only copy, so the page says how to keep it.
    send(req, res, specOf(page), page.draft, page.errors ?? [], 200, true);
  }

  function problem(
    req: Request,
    res: Response,
    status: number,
    lang: Lang,
    key: MessageKey,
    title: MessageKey = 'problem.title',
    view: 'problem' | 'too-large' = 'problem',
  ) {
    const model = {
      ...baseModel(req, res, lang, title),
      message: translate(lang, key),
      heading: translate(lang, title),
    };
    res.status(status).type('html').send(views.render(view, model));
  }

  function langOf(req: Request): Lang {
    const fromBody: unknown = (req.body as FormBody | undefined)?.['lang'];
    const fromQuery = req.query['lang'];
    return isLang(fromBody) ? fromBody : isLang(fromQuery) ? fromQuery : 'en';
  }

  router.get('/', (req, res) => {
    render(req, res, { step: 'start', draft: emptyDraft(langOf(req)) });
  });

  // Where the tool can help: the packs' coverage, in the page's language (docs/JURISDICTIONS.md).
  router.get('/coverage', (req, res) => {
    const lang = langOf(req);
    const model = {
      ...baseModel(req, res, lang, 'coverage.title'),
      rows: coverageRows(deps.registry, lang),
    };
    res.type('html').send(views.render('coverage', model));
  });

  // A step's address shows this browser's latest page (view-cookie.ts): the one sealed after its
  // last post, or (Back to an earlier step) that step with the latest answers. Without the cookies,
  // it starts again: the answers never travel in a URL.
  router.get('/:step', (req, res, next) => {
    const step = String(req.params['step']);
    if (!isStepId(step)) return next();
    const sealed = readSealed(req, secret, ensureCsrfToken(req, res, secret));
    if (!sealed) return res.redirect(303, langOf(req) === 'es' ? '/?lang=es' : '/');
    // No "start again" here: leaving for `/` would drop the later entry that holds the answers.
    if (sealed.kind === 'too-large')
      return problem(req, res, 200, sealed.lang, 'big.text', 'big.title', 'too-large');
    const shown = sealed.page;
    if (shown.step === step) return render(req, res, shown);
    const d = shown.draft;
    if (!isReachable(step, d, deps.registry))
      return render(req, res, { step: firstOpenStep(d, deps.registry), draft: d });
    const list = LIST_OF_ITEM[step];
    const size = list ? d[LISTS[list].key].length : 0;
    render(req, res, { step, draft: d, ...(size > 0 ? { index: size - 1 } : {}) });
  });

  router.post('/continue', async (req, res) => {
    const lang = langOf(req);
    const saved = await readSavedFile(req, (code) => recordQuestionsOf(deps.registry.get(code)));
    if (saved.kind === 'too-large')
      return problem(req, res, 413, saved.lang ?? lang, 'problem.tooLarge');
    if (!checkCsrf(req, saved.csrf, secret))
      return problem(req, res, 403, saved.lang ?? lang, 'problem.csrf');
    const draftLang = saved.lang ?? lang;
    if (saved.kind !== 'ok') {
      const errors = [{ path: 'savedFile', message: translate(draftLang, 'problem.file') }];
      // Without JavaScript this ends in a redirect too, so Reload never re-sends the file.
      const page: ShownPage = { step: 'start', draft: emptyDraft(draftLang), errors };
      if (
        isNavigation(req) &&
        storeShown(req, res, page, secret, ensureCsrfToken(req, res, secret))
      )
        return res.redirect(303, '/start');
      return render(req, res, page, 400);
    }
    const draft = { ...saved.draft, lang: draftLang };
    log.info('wizard-resume', { records: draft.records.length });
    answer(req, res, { step: firstOpenStep(draft, deps.registry), draft });
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
    const draft: Draft = { ...decoded, lang };
    const action = field(body, '_action') || 'continue';
    if (action === 'save') return sendSaved(res, draft);
    if ((FORMATS as readonly string[]).includes(action) && step === 'download')
      return sendPacket(req, res, draft, action as (typeof FORMATS)[number]);

    const pack = packOf(draft);
    const s: SubmitCtx = {
      step,
      body,
      draft,
      lang,
      today: deps.today(),
      registry: deps.registry,
      pack,
      asks: recordQuestionsOf(pack),
      marketRate: asksMarketRate(pack),
    };
    const out = dispatch(s, action);
    if (out.kind === 'redirect') return res.redirect(303, out.url);
    answer(req, res, shownOf(step, out, deps.registry));
  });

  function sendSaved(res: Response, draft: Draft) {
    const parsed = draftToCase(draft, deps.today(), asksOf(draft));
    const body = parsed.ok ? parsed.value : draftToCaseInput(draft, asksOf(draft));
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
    const parsed = draftToCase(draft, deps.today(), asksOf(draft));
    if (!parsed.ok) {
      const errors = parsed.errors.map((e) => checkProblem(e, draft));
      return answer(req, res, { step: 'check', draft, errors });
    }
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
