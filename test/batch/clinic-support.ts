import express from 'express';
import request from 'supertest';
import { DEFAULT_LIMITS } from '../../src/batch/types';
import { createClinicRouter, type ClinicOptions } from '../../src/web/clinic/router';
import type { AppDeps } from '../../src/web/deps';
import { TODAY, fakeZipPool, registry } from './helpers';

/** The clinic router alone, over the test pack and a stand-in pool that counts its calls. */
export function clinicApp(limits = DEFAULT_LIMITS, opts: ClinicOptions = {}) {
  const pool = fakeZipPool();
  const deps: AppDeps = { registry, pool, today: () => TODAY };
  const app = express();
  app.use('/clinic', createClinicRouter(deps, { limits, concurrency: 2, ...opts }));
  return { app, pool };
}

/** GET the page first, as a browser does, for the CSRF cookie and the form's token. */
export async function formToken(
  a: express.Express,
  url = '/clinic',
): Promise<{ cookie: string; token: string }> {
  const page = await request(a).get(url);
  const cookie = String(page.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
  const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
  return { cookie, token };
}

/**
 * POST a CSV to the clinic page as its form does: the CSRF cookie and token first, then the
 * language and action fields and the file. Returns the request, to await or to read as bytes.
 */
export async function postCsv(
  a: express.Express,
  csv: string,
  opts: { url?: string; lang?: string; action?: 'check' | 'drafts' } = {},
) {
  const url = opts.url ?? '/clinic';
  const { cookie, token } = await formToken(a, url);
  let req = request(a).post(url).set('Cookie', cookie).field('_csrf', token);
  if (opts.lang) req = req.field('lang', opts.lang);
  if (opts.action) req = req.field('action', opts.action);
  return req.attach('file', Buffer.from(csv), { filename: 'cases.csv', contentType: 'text/csv' });
}
