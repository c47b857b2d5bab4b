import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import express, {
  type ErrorRequestHandler,
  type Express,
  type Request,
  type Response,
} from 'express';
import helmet from 'helmet';
import { createBatchHandler } from './api/batch';
import { createApiRouter } from './api/router';
import { createClinicRouter } from './clinic/router';
import type { AppDeps } from './deps';
import { exitRoute } from './exit';
import { silentLogger } from './logger';
import { sendProblem } from './problem';
import { DEFAULT_RATE_LIMITS, rateLimit } from './rate-limit';
import { refusalPage } from './refusal-page';
import { createRenderGate } from './render-gate';
import { fromThisSite } from './wizard/csrf';
import { compressPages, createStaticAssets } from './static-assets';
import { createWizardRouter } from './wizard/router';

/** The repository root, or dist/ once built (the build copies public/ there). */
const ROOT = path.resolve(__dirname, '..', '..');
// The package's dist/ wherever npm put it, found through its stylesheet's exported path.
const USWDS_DIST = path.resolve(
  path.dirname(require.resolve('@uswds/uswds/css/uswds.min.css')),
  '..',
);

/** Too many requests from one client (429), or every render slot and place in line taken (503). */
function refuseWork(req: Request, res: Response, status: 429 | 503, retryAfter: number): void {
  // No `Connection: close`: closing with the body unread resets the connection, and the client
  // would never see this answer. Node reads the rest of the body and throws it away.
  res.set('Retry-After', String(retryAfter));
  const text =
    status === 429
      ? `Too many requests from this connection. Wait ${retryAfter} seconds and try again. Nothing was kept.`
      : `Many people are making papers right now. Wait ${retryAfter} seconds and try again. Nothing was kept.`;
  if (req.originalUrl.startsWith('/api/'))
    sendProblem(res, status, status === 429 ? 'Too many requests' : 'Busy', text);
  // A person's browser gets a page, in English and Spanish (the form's language is unread).
  else res.status(status).type('html').send(refusalPage(status, retryAfter));
}

/**
 * The web app as a factory over its services (registry, render pool, clock), so tests build it
 * with fakes. It keeps nothing: no session, no store, no body in any log.
 */
export function createApp(given: AppDeps): Express {
  // One key for the wizard's drafts and every form's CSRF token, so the routers agree.
  const secret = given.secret ?? randomBytes(32);
  const slots = given.renderSlots ?? availableParallelism();
  const gate = createRenderGate(given.pool, {
    slots,
    maxWaiting: given.renderQueue ?? 2 * slots,
  });
  const deps: AppDeps = { ...given, pool: gate, secret };
  const log = deps.logger ?? silentLogger;
  const app = express();
  app.disable('x-powered-by');
  // For tests and benchmarks: how many renders run and wait.
  app.locals['renderGate'] = gate;
  app.set('trust proxy', deps.trustProxy ?? false);

  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
          objectSrc: ["'none'"],
        },
      },
      // same-origin: the wizard's CSRF check reads Origin, which no-referrer would blank on form posts.
      referrerPolicy: { policy: 'same-origin' },
      // DENY agrees with frame-ancestors 'none' (SAMEORIGIN contradicted it).
      frameguard: { action: 'deny' },
    }),
  );
  app.use((_req, res, next) => {
    res.set(
      'Permissions-Policy',
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()',
    );
    next();
  });
  app.use((req, res, next) => {
    res.set('Cache-Control', 'no-store');
    const started = process.hrtime.bigint();
    // Route and status only: never the query string, body, or headers. A request the reader
    // abandoned never finishes, so it is logged on close, as aborted.
    res.on('close', () =>
      log.info('request', {
        method: req.method,
        route: req.route?.path
          ? `${req.baseUrl}${String(req.route.path)}`
          : req.baseUrl || 'unmatched',
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1_000_000n),
        ...(res.writableFinished ? {} : { aborted: true }),
      }),
    );
    next();
  });

  // Fingerprinted assets compressed once and cached; pages and JSON compressed (never downloads).
  app.use(
    createStaticAssets({ uswds: USWDS_DIST, public: path.join(ROOT, 'public') }),
    compressPages(),
  );
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/exit', exitRoute);

  // Excess work is refused before its body is read: per client first, then when renders queue up.
  const generation = ['/api/v1/documents', '/download'];
  const batches = ['/api/v1/batch', '/clinic'];
  const limits = deps.rateLimits ?? DEFAULT_RATE_LIMITS;
  if (limits) {
    const refuse = (req: Request, res: Response, retryAfter: number) =>
      refuseWork(req, res, 429, retryAfter);
    app.post(generation, rateLimit({ perMinute: limits.generatePerMinute, secret, refuse }));
    app.post(batches, rateLimit({ perMinute: limits.batchPerMinute, secret, refuse }));
  }
  // The batch API answers scripts, not other sites' forms: a browser's cross-site post is refused.
  app.post('/api/v1/batch', (req, res, next) => {
    if (fromThisSite(req)) return next();
    sendProblem(
      res,
      403,
      'Not from this site',
      'A page on another site sent this upload, so it was refused. Use the clinic page, or call the API without an Origin header.',
    );
  });
  app.post(generation, (req, res, next) => {
    if (gate.full()) refuseWork(req, res, 503, 5);
    else next();
  });
  app.use('/assets/uswds', express.static(USWDS_DIST, { index: false, maxAge: 0 }));
  app.use('/assets', express.static(path.join(ROOT, 'public'), { index: false }));
  app.use('/api/v1', createApiRouter(deps, createBatchHandler(deps)));
  app.use('/clinic', createClinicRouter(deps));
  app.use('/', createWizardRouter(deps));

  app.use('/api', (_req, res) => {
    sendProblem(res, 404, 'Not found', 'There is no such endpoint. See GET /api/v1/jurisdictions.');
  });

  const onError: ErrorRequestHandler = (
    err: { type?: string; status?: number; name?: string },
    req,
    res,
    next,
  ) => {
    if (res.headersSent) return next(err);
    const api = req.originalUrl.startsWith('/api/');
    if (err.type === 'entity.too.large' || err.status === 413) {
      sendProblem(
        res,
        413,
        'Too large',
        'The request is too large. Send a smaller case or split the batch.',
      );
      return;
    }
    if (
      err.status === 415 ||
      err.type === 'charset.unsupported' ||
      err.type === 'encoding.unsupported'
    ) {
      if (api)
        sendProblem(
          res,
          415,
          'Unsupported encoding',
          'Send the body in UTF-8, without Content-Encoding or with gzip, deflate or br.',
        );
      else
        res
          .status(415)
          .type('text/plain')
          .send('This form was sent in a way this site cannot read. Go back and try again.');
      return;
    }
    if (err.type === 'entity.parse.failed' || err.status === 400) {
      sendProblem(
        res,
        400,
        'Not valid JSON',
        'The body is not valid JSON. Check quotes and commas.',
      );
      return;
    }
    log.error('unhandled', {
      route: req.baseUrl || 'unmatched',
      name: String(err.name ?? 'Error'),
    });
    if (api)
      sendProblem(
        res,
        500,
        'Something went wrong',
        'The server could not finish this request. Nothing was kept; try again.',
      );
    else
      res
        .status(500)
        .type('text/plain')
        .send('Something went wrong. Nothing was kept. Go back and try again.');
  };
  app.use(onError);
  return app;
}
