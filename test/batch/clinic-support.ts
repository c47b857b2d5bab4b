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
