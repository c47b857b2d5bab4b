import type { Express } from 'express';
import type { Case } from '../../../src/domain/case-schema';
import { loadPacks, type PackRegistry } from '../../../src/jurisdictions/load-packs';
import type { AppDeps, Logger, RenderService } from '../../../src/web/deps';
import { createApp } from '../../../src/web/app';

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
    async generateFolder(req) {
      calls.push({ case: req.case, format: 'folder', ...(req.lang ? { lang: req.lang } : {}) });
      return [{ name: 'packet.pdf', bytes: new TextEncoder().encode('FILE') }];
    },
    async close() {},
  };
}

/** The app users get (the lead's `createApp`: CSP, no-store, assets, API, clinic), with test services. */
export function wizardApp(overrides: Partial<AppDeps> = {}): Express {
  return createApp({
    registry: packs(),
    pool: fakePool(),
    today: () => TODAY,
    secret: SECRET,
    ...overrides,
  });
}

export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (event, fields) => lines.push(JSON.stringify({ event, ...fields })),
    error: (event, fields) => lines.push(JSON.stringify({ event, ...fields })),
  };
}
