import { randomBytes } from 'node:crypto';
import path from 'node:path';
import express, { type Router } from 'express';
import { checkBatch } from '../../batch/run-batch';
import { receiveCsv, sendBatchZip } from '../../batch/http';
import { batchTemplateCsv } from '../../batch/template';
import { DEFAULT_LIMITS, type BatchLimits } from '../../batch/types';
import type { AppDeps } from '../deps';
import { VIEWS_DIR, createViewRenderer } from '../views/render';
import { CSRF_FIELD, checkCsrf, ensureCsrfToken } from '../wizard/csrf';
import { QUICK_EXIT_URL } from '../wizard/router';
import { columnHelp } from './column-help';

/** The clinic pages, in the source tree also when running from `dist/`. */
const CLINIC_VIEWS = path.join(VIEWS_DIR, '..', 'clinic', 'views');

export interface ClinicOptions {
  limits?: BatchLimits;
  concurrency?: number;
}

/**
 * /clinic: explains the batch CSV, hands out the template, takes an upload and answers with the
 * ZIP of drafts, or with a readable report when "Check only" is pressed. Nothing is stored.
 */
export function createClinicRouter(deps: AppDeps, opts: ClinicOptions = {}): Router {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const views = createViewRenderer({ pagesDirs: [CLINIC_VIEWS] });
  const secret = deps.secret ?? randomBytes(32);
  const router = express.Router();
  const base = (pageTitle: string, csrf?: string) => ({
    csrf,
    csrfField: CSRF_FIELD,
    lang: 'en',
    otherLang: 'es',
    pageTitle,
    quickExitUrl: QUICK_EXIT_URL,
    maxMegabytes: Math.round(limits.maxBytes / 1024 / 1024),
    maxRows: limits.maxRows.toLocaleString('en-US'),
    columns: columnHelp(),
  });

  router.get('/', (req, res) => {
    const token = ensureCsrfToken(req, res, secret);
    res.type('html').send(views.render('clinic', base('Drafts for many clients', token)));
  });

  router.get('/template.csv', (_req, res) => {
    res
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', 'attachment; filename="relief-batch-template.csv"')
      .send(batchTemplateCsv());
  });

  router.post('/', async (req, res) => {
    const received = await receiveCsv(req, limits);
    if (received.ok && !checkCsrf(req, received.fields[CSRF_FIELD], secret)) {
      res
        .status(403)
        .type('html')
        .send(
          views.render('clinic', {
            ...base('Drafts for many clients', ensureCsrfToken(req, res, secret)),
            hasErrors: true,
            errorList: [
              {
                href: '#file',
                text: 'This form had expired. Choose your CSV file again and press a button.',
              },
            ],
          }),
        );
      return;
    }
    if (!received.ok) {
      const messages = received.problems.length
        ? received.problems.map((p) => (p.row ? `Row ${p.row}: ${p.message}` : p.message))
        : ['Choose a CSV file to upload, then press one of the buttons.'];
      if (received.status === 413) res.set('Connection', 'close');
      res
        .status(received.status)
        .type('html')
        .send(
          views.render('clinic', {
            ...base('Drafts for many clients', ensureCsrfToken(req, res, secret)),
            hasErrors: true,
            errorList: messages.map((text) => ({ href: '#file', text })),
          }),
        );
      return;
    }
    if (received.fields.action === 'check') {
      const report = checkBatch(received.read, {
        registry: deps.registry,
        today: deps.today(),
        limits,
      });
      deps.logger?.info('clinic-check', {
        clients: report.clients,
        failed: report.failed,
        rows: report.rows,
      });
      res.type('html').send(
        views.render('clinic-report', {
          ...base('Check of your CSV'),
          fileLabel: 'your CSV',
          clients: report.clients,
          rows: report.rows,
          ready: report.clients - report.failed,
          notReady: report.failed,
          problems: report.problems,
          warnings: report.warnings,
          summary: report.summary,
        }),
      );
      return;
    }
    const report = await sendBatchZip(res, received.read, deps, {
      limits,
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
