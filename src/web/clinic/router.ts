import { randomBytes } from 'node:crypto';
import path from 'node:path';
import express, { type Request, type Router } from 'express';
import { checkInTurn, receiveCsv, sendBatchZip } from '../api/batch';
import { batchTemplateCsv } from '../../batch/template';
import { DEFAULT_LIMITS, type BatchLimits } from '../../batch/types';
import type { AppDeps } from '../deps';
import { isLang, translate, type Lang, type MessageKey } from '../i18n';
import { VIEWS_DIR, createViewRenderer } from '../views/render';
import { CSRF_FIELD, checkCsrf, checkCsrfCookie, ensureCsrfToken } from '../wizard/csrf';
import { QUICK_EXIT_URL } from '../wizard/router';
import { columnHelp } from './column-help';
import { problemLine } from './problem-line';
import { reportModel } from './report-model';

/**
 * A checked CSV up to this size rides back in the report page, so "make drafts" needs no second
 * choice of the file; a larger one is chosen again (the server keeps nothing between requests).
 */
export const SEND_BACK_BYTES = 2 * 1024 * 1024;

/** The clinic pages, beside this router in src/ and in dist/ alike (the build copies them). */
const CLINIC_VIEWS = path.join(VIEWS_DIR, '..', 'clinic', 'views');

export interface ClinicOptions {
  limits?: BatchLimits;
  concurrency?: number;
  /** The largest CSV sent back with the report page (SEND_BACK_BYTES). */
  sendBackBytes?: number;
}

/**
 * /clinic: explains the batch CSV, hands out the template, takes an upload and answers with the
 * ZIP of drafts, or with a readable report when "Check only" is pressed. Nothing is stored.
 * English or Spanish (`?lang=es`); the form carries the language in its address and a hidden field,
 * so an upload the server refuses before reading its fields still answers in the same language.
 */
export function createClinicRouter(deps: AppDeps, opts: ClinicOptions = {}): Router {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const sendBackBytes = opts.sendBackBytes ?? SEND_BACK_BYTES;
  const views = createViewRenderer({ pagesDirs: [CLINIC_VIEWS] });
  const secret = deps.secret ?? randomBytes(32);
  const router = express.Router();
  const base = (lang: Lang, titleKey: MessageKey, csrf?: string) => {
    const otherLang: Lang = lang === 'en' ? 'es' : 'en';
    return {
      csrf,
      csrfField: CSRF_FIELD,
      lang,
      otherLang,
      // The clinic page in the other language, for a language switch that stays on this page.
      langHref: otherLang === 'en' ? '/clinic' : `/clinic?lang=${otherLang}`,
      clinicHref: lang === 'en' ? '/clinic' : `/clinic?lang=${lang}`,
      pageTitle: translate(lang, titleKey),
      quickExitUrl: QUICK_EXIT_URL,
      maxMegabytes: Math.round(limits.maxBytes / 1024 / 1024),
      maxRows: limits.maxRows.toLocaleString('en-US'),
      columns: columnHelp(
        lang,
        deps.registry.packs.filter((p) => p.reliefs.vacatur).map((p) => p.code),
      ),
    };
  };
  const langOfQuery = (req: Request): Lang => {
    const lang = req.query['lang'];
    return isLang(lang) ? lang : 'en';
  };

  router.get('/', (req, res) => {
    const token = ensureCsrfToken(req, res, secret);
    res.type('html').send(views.render('clinic', base(langOfQuery(req), 'clinic.title', token)));
  });

  router.get('/template.csv', (_req, res) => {
    res
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', 'attachment; filename="relief-batch-template.csv"')
      .send(batchTemplateCsv(deps.registry));
  });

  router.post('/', async (req, res) => {
    // Another site's post, or no form cookie: refused before 20 MB are read and parsed.
    if (!checkCsrfCookie(req, secret)) {
      // Read and thrown away, never parsed; no `Connection: close`, which would reset the
      // connection under the unread upload and lose this page.
      req.resume();
      const lang = langOfQuery(req);
      res
        .status(403)
        .type('html')
        .send(
          views.render('clinic', {
            ...base(lang, 'clinic.title', ensureCsrfToken(req, res, secret)),
            hasErrors: true,
            errorList: [{ href: '#file', text: translate(lang, 'clinic.error.expired') }],
          }),
        );
      return;
    }
    const received = await receiveCsv(req, limits, {
      keepTextUpTo: sendBackBytes,
      csvField: true,
    });
    const fromForm = received.ok ? received.fields['lang'] : undefined;
    const lang = isLang(fromForm) ? fromForm : langOfQuery(req);
    const showErrors = (status: number, lines: string[]) => {
      res
        .status(status)
        .type('html')
        .send(
          views.render('clinic', {
            ...base(lang, 'clinic.title', ensureCsrfToken(req, res, secret)),
            hasErrors: true,
            errorList: lines.map((text) => ({ href: '#file', text })),
          }),
        );
    };
    if (received.ok && !checkCsrf(req, received.fields[CSRF_FIELD], secret)) {
      showErrors(403, [translate(lang, 'clinic.error.expired')]);
      return;
    }
    if (!received.ok) {
      const lines = received.problems.length
        ? received.problems.map((p) => problemLine(lang, p))
        : [translate(lang, 'clinic.error.noFile')];
      if (received.status === 413) res.set('Connection', 'close');
      showErrors(received.status, lines);
      return;
    }
    if (received.fields.action === 'check') {
      const report = await checkInTurn(
        received.read,
        { registry: deps.registry, today: deps.today(), limits },
        res,
      );
      if (!report) return;
      deps.logger?.info('clinic-check', {
        clients: report.clients,
        failed: report.failed,
        rows: report.rows,
      });
      res.type('html').send(
        views.render('clinic-report', {
          ...base(lang, 'clinic.report.title', ensureCsrfToken(req, res, secret)),
          // The tables take the page's width: no column hidden on a desktop.
          wide: true,
          ...reportModel(lang, report),
          hasProblems: report.problems.length > 0,
          csvText: received.text,
          sendBackMegabytes: Math.round((sendBackBytes / 1024 / 1024) * 10) / 10,
        }),
      );
      return;
    }
    const report = await sendBatchZip(res, received.read, deps, {
      limits,
      lang,
      ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
    });
    deps.logger?.info('clinic-batch', {
      clients: report.clients,
      drafted: report.drafted,
      failed: report.failed,
    });
  });

  return router;
}
