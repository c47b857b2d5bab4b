import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createRenderPool } from '../../src/documents/render-pool';
import type { Logger, RenderService } from '../../src/web/deps';
import { wizardApp } from '../web/wizard/support';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const LAUNCH = {
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
};
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * How long one browser step may wait (a click, a navigation, a wait for the page). Playwright's
 * own 30 seconds failed a clinic upload on a machine running nine test runs at once; a step that
 * never ends still fails, after this long, and no test asserts how fast anything is.
 */
export const STEP_PATIENCE_MS = 180_000;
/** A whole browser test's bound: several steps, each as patient as above. */
export const E2E_TEST_TIMEOUT_MS = 600_000;

/**
 * Chromium, launched as every browser test launches it: each context and page it opens waits
 * STEP_PATIENCE_MS for a step, not Playwright's 30 seconds.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch(LAUNCH);
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  return Object.assign(browser, {
    newContext: async (...args: Parameters<Browser['newContext']>) => {
      const context = await newContext(...args);
      context.setDefaultTimeout(STEP_PATIENCE_MS);
      context.setDefaultNavigationTimeout(STEP_PATIENCE_MS);
      return context;
    },
    newPage: async (...args: Parameters<Browser['newPage']>) => {
      const page = await newPage(...args);
      page.setDefaultTimeout(STEP_PATIENCE_MS);
      page.setDefaultNavigationTimeout(STEP_PATIENCE_MS);
      return page;
    },
  });
}

/** The real render pool, rendering in this thread (the same task the worker threads run). */
export function inProcessPool(): RenderService {
  return createRenderPool({ inProcess: true });
}

export interface Running {
  url: string;
  close(): Promise<void>;
}

/** Start the app users get on a random local port, rendering on one worker thread as in production. */
export async function startServer(logger?: Logger): Promise<Running> {
  const pool = createRenderPool({ threads: 1 });
  const app = wizardApp({
    pool,
    today: () => new Date().toISOString().slice(0, 10),
    ...(logger ? { logger } : {}),
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await pool.close();
    },
  };
}

interface PdfJs {
  getDocument(src: {
    data: Uint8Array;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    isEvalSupported?: boolean;
  }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{ getTextContent(): Promise<{ items: { str?: string }[] }> }>;
      destroy(): Promise<void>;
    }>;
  };
}

/** Every page's text, read back through a real PDF reader. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = require('pdfjs-dist/legacy/build/pdf.js') as PdfJs;
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    isEvalSupported: false,
  }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    parts.push(content.items.map((it) => it.str ?? '').join(' '));
  }
  await doc.destroy();
  return parts.join('\n');
}

/** The text of every table cell of the page's main part that reaches past the screen's edge. */
export function cellsOutOfView(page: Page): Promise<Array<string | null>> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main td, main th')]
      .filter((c) => c.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((c) => c.textContent),
  );
}

/** For comparing names in extracted text: NFC, no spaces, case-folded. */
export function squash(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, '').toLowerCase();
}

/**
 * Click a submit button and wait until the page it posts to is shown (not just the old one). Without
 * JavaScript the browser navigates; with it, the wizard fetches the step and writes it into the
 * same history entry, which replaces the <body> element and so drops the mark set here.
 */
export async function submitAndWait(
  page: import('playwright-core').Page,
  name: string | RegExp,
  exact = true,
): Promise<void> {
  const scripted = await page
    .evaluate(() => {
      document.body.setAttribute('data-test-stale', '');
      return true;
    })
    .catch(() => false);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button', { name, exact }).click(),
  ]);
  if (!scripted || response.request().isNavigationRequest()) {
    await page.waitForLoadState('load');
    return;
  }
  await page.waitForFunction(
    () =>
      document.body !== null &&
      !document.body.hasAttribute('data-test-stale') &&
      document.readyState === 'complete',
  );
}

/** Type a date ("03/01/2012") into a date question's day, month and year boxes. */
export async function fillDate(
  page: import('playwright-core').Page,
  id: string,
  typed: string,
): Promise<void> {
  const [month, day, year] = typed.split('/') as [string, string, string];
  await page.fill(`#${id}`, String(Number(day)));
  await page.selectOption(`#${id}-month`, String(Number(month)));
  await page.fill(`#${id}-year`, year);
}

/** USWDS draws its own radios and checkboxes, so a person clicks the label. */
export async function choose(page: Page, selector: string) {
  const id = await page.locator(selector).getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
}

/**
 * A real Chromium and a wizard server for one describe block: started before its tests, closed
 * after. No skip when Chromium is missing: launching fails, and so do the tests.
 */
export function browserAndServer(): { browser: () => Browser; server: () => Running } {
  let browser: Browser | undefined;
  let server: Running | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser!, server: () => server! };
}

/**
 * From the start page to the place question: Start, then who is filling it in, then what they
 * want, each on its own page. `who` and `relief` are the radio ids to choose.
 */
export async function startJourney(
  page: Page,
  opts: { lang?: 'en' | 'es'; who?: string; relief?: string } = {},
): Promise<void> {
  const es = opts.lang === 'es';
  await submitAndWait(page, es ? 'Comenzar' : 'Start now');
  await choose(page, opts.who ?? '#who');
  await submitAndWait(page, es ? 'Continuar' : 'Continue');
  await choose(page, opts.relief ?? '#relief');
  await submitAndWait(page, es ? 'Continuar' : 'Continue');
}

/** Fill the record page with one New York conviction (not yet submitted). */
export async function fillNyConviction(page: Page, offense = 'PL 230.00'): Promise<void> {
  await page.fill('#offense', offense);
  await fillDate(page, 'arrestDate', '03/01/2012');
  await choose(page, '#disposition-convicted');
  await fillDate(page, 'convictionDate', '03/02/2012');
  await choose(page, '#imprisoned-no');
  await choose(page, '#courtKind');
  await choose(page, '#juvenile-no');
}

/** Choose a place on the where page's list. */
export async function choosePlace(page: Page, code: string): Promise<void> {
  await page.selectOption('#jurisdiction', code);
}
