import path from 'node:path';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Case } from '../../../src/domain/case-schema';
import { loadPacks, type PackRegistry } from '../../../src/jurisdictions/load-packs';
import type { AppDeps, Logger, RenderService } from '../../../src/web/deps';
import { createWizardRouter } from '../../../src/web/wizard/router';

export const TODAY = '2026-06-01';
export const SECRET = Buffer.from('test-secret-test-secret-test-secret!');

let registry: PackRegistry | undefined;
export function packs(): PackRegistry {
  registry ??= loadPacks();
  return registry;
}

export interface FakePool extends RenderService {
  calls: { case: Case; format: string; lang?: string }[];
}

/** A render service that records what it was asked and returns a tiny file. */
export function fakePool(): FakePool {
  const calls: FakePool['calls'] = [];
  return {
    calls,
    async generate(req) {
      calls.push({ case: req.case, format: req.format, ...(req.lang ? { lang: req.lang } : {}) });
      return {
        filename: `packet.${req.format}`,
        contentType: 'application/octet-stream',
        bytes: new TextEncoder().encode('FILE'),
      };
    },
    async close() {},
  };
}

/**
 * The wizard as the lead's app serves it (strict CSP, no-store, static assets), built here
 * until `createApp` can be compiled in this checkout.
 */
export function wizardApp(overrides: Partial<AppDeps> = {}): Express {
  const deps: AppDeps = {
    registry: packs(),
    pool: fakePool(),
    today: () => TODAY,
    secret: SECRET,
    ...overrides,
  };
  const app = express();
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          formAction: ["'self'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  app.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  const root = path.resolve(__dirname, '..', '..', '..');
  app.use(
    '/assets/uswds',
    express.static(path.join(root, 'node_modules', '@uswds', 'uswds', 'dist')),
  );
  app.use('/assets', express.static(path.join(root, 'public')));
  app.get('/clinic', (_req, res) => {
    res.type('text').send('clinic');
  });
  app.use('/', createWizardRouter(deps));
  return app;
}

export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (event, fields) => lines.push(JSON.stringify({ event, ...fields })),
    error: (event, fields) => lines.push(JSON.stringify({ event, ...fields })),
  };
}
