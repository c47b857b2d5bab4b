import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { csvOf, goodRow, readZip } from '../batch/helpers';
import { wizardApp } from '../web/wizard/support';
import {
  AXE_TAGS,
  HAS_CHROMIUM,
  cellsOutOfView,
  E2E_TEST_TIMEOUT_MS,
  launchChromium,
} from './support';

// Fail, never skip, without the browser: .ci/run installs Debian's chromium.
if (!HAS_CHROMIUM)
  throw new Error('The clinic page tests need /usr/bin/chromium, which is missing.');

/** One client ready, one whose arrest date a spreadsheet rewrote. */
const CSV_WITH_A_BAD_ROW = csvOf([goodRow('A'), goodRow('B', { arrest_date: '3/1/2012' })]);
/** A file that is not the template: most columns missing. */
const BAD_FILE = 'client_id,name\r\nA,B\r\n';

const WORDS = {
  en: {
    query: '',
    title: 'Drafts for many clients – Court forms helper',
    check: 'Check only',
    report: 'Check of your CSV',
    ready: '1 ready',
    drafts: 'Make the drafts (ZIP)',
    draftReady: 'Make the draft for the ready client (ZIP)',
    held: 'drafts.zip has downloaded: 1 of 2 clients drafted. Not drafted (errors.csv in the ZIP says why): B',
    error: 'There is a problem',
    missing: 'missing the columns',
  },
  es: {
    query: '?lang=es',
    title: 'Borradores para muchos clientes – Ayuda con formularios judiciales',
    check: 'Solo revisar',
    report: 'Revisión de su CSV',
    ready: '1 listo',
    drafts: 'Hacer los borradores (ZIP)',
    draftReady: 'Hacer el borrador del cliente listo (ZIP)',
    held: 'Se descargó drafts.zip: borradores para 1 de 2 clientes. Sin borrador (errors.csv, dentro del ZIP, dice por qué): B',
    error: 'Hay un problema',
    missing: 'le faltan las columnas',
  },
} as const;

describe('the clinic page in a real browser', () => {
  jest.setTimeout(E2E_TEST_TIMEOUT_MS);
  let browser: Browser;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    // The app users get, with a stand-in render service: "Check only" and errors render nothing.
    // Every test here posts from one address: more than the clinic's 10 a minute for one person.
    const app = wizardApp({ rateLimits: { generatePerMinute: 1000, batchPerMinute: 1000 } });
    server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  });

  /** axe-core on the page as it is now: no violation of WCAG 2.2 A/AA, and no sideways scrolling. */
  async function check(page: Page, label: string) {
    const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const problems = result.violations.map(
      (v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(problems).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  }

  /** Choose a file and press a button, then wait until the answer to the POST has loaded. */
  async function upload(page: Page, name: string, text: string, button: string) {
    await page.setInputFiles('#file', {
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(text),
    });
    // Mark this document, so the wait below ends only once the answer's document has loaded
    // (a 'load' state check alone can see the old page before the new one commits).
    await page.evaluate(() => ((window as unknown as { old?: boolean }).old = true));
    await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.request().isNavigationRequest(),
      ),
      page.getByRole('button', { name: button, exact: true }).click(),
    ]);
    await page.waitForFunction(
      () => !(window as unknown as { old?: boolean }).old && document.readyState === 'complete',
    );
  }

  /** Choose a file on the page (the upload form's input). */
  async function choose(page: Page, text: string) {
    await page.setInputFiles('#file', {
      name: 'cases.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(text),
    });
  }

  /** Press a button that answers with the ZIP; the ZIP's entry names. */
  async function download(page: Page, button: string): Promise<string[]> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button, exact: true }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('drafts.zip');
    const bytes = await readFile((await file.path())!);
    return [...(await readZip(bytes)).keys()];
  }

  describe.each([
    ['English', 'en', 1024],
    ['Spanish on a phone', 'es', 360],
  ] as const)('making drafts in %s', (_name, lang, width) => {
    const w = WORDS[lang];

    it('says after the download how many clients the ZIP drafted and which it did not', async () => {
      const context = await browser.newContext({
        viewport: { width, height: 800 },
        acceptDownloads: true,
      });
      const page = await context.newPage();
      try {
        await page.goto(`${url}/clinic${w.query}`);
        await choose(page, CSV_WITH_A_BAD_ROW);
        const entries = await download(page, w.drafts);
        expect(entries.some((n) => n.startsWith('A/'))).toBe(true);
        const status = page.locator('[data-drafts-status-text]');
        await page.getByText(w.held, { exact: true }).waitFor();
        expect(await status.innerText()).toBe(w.held);
        // Still the same page, with the file chosen: nothing was lost.
        expect(await page.locator('h1').innerText()).not.toBe(w.report);
        await check(page, `${lang} after the download`);

        // From the check-only report, without choosing the file again.
        await upload(page, 'cases.csv', CSV_WITH_A_BAD_ROW, w.check);
        expect(await page.locator('#file').count()).toBe(0);
        const again = await download(page, w.draftReady);
        expect(again.some((n) => n.startsWith('A/'))).toBe(true);
        await page.getByText(w.held, { exact: true }).waitFor();
        expect(await status.innerText()).toBe(w.held);
        expect(await page.locator('h1').innerText()).toBe(w.report);
        await check(page, `${lang} report after the download`);
      } finally {
        await context.close();
      }
    });
  });

  it('makes the drafts from the report without JavaScript, and the report stays on screen', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    const page = await context.newPage();
    try {
      await page.goto(`${url}/clinic`);
      await upload(page, 'cases.csv', CSV_WITH_A_BAD_ROW, WORDS.en.check);
      const entries = await download(page, WORDS.en.draftReady);
      expect(entries).toContain('errors.csv');
      expect(entries.some((n) => n.startsWith('A/'))).toBe(true);
      expect(entries.some((n) => n.startsWith('B/'))).toBe(false);
      expect(await page.locator('h1').innerText()).toBe(WORDS.en.report);
      expect(await page.locator('main').innerText()).toContain(WORDS.en.ready);
    } finally {
      await context.close();
    }
  });

  describe.each([
    ['English', 'en', 1024],
    ['Spanish', 'es', 1024],
    ['Spanish on a phone', 'es', 320],
  ] as const)('in %s', (_name, lang, width) => {
    const w = WORDS[lang];

    it('has no accessibility violations on the page, the check-only report and the error state', async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      try {
        await page.goto(`${url}/clinic${w.query}`);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect(await page.title()).toBe(w.title);
        // Open the column help so its table is checked too.
        await page.locator('details.relief-box > summary').click();
        await check(page, `${lang} page`);

        await upload(page, 'cases.csv', CSV_WITH_A_BAD_ROW, w.check);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect(await page.locator('h1').innerText()).toBe(w.report);
        expect(await page.locator('main').innerText()).toContain(w.ready);
        expect(await page.locator('td code', { hasText: 'arrest_date' }).count()).toBe(1);
        await check(page, `${lang} report`);
        // No column of the report's tables is pushed out of view, on a phone or a desktop.
        expect(await cellsOutOfView(page)).toEqual([]);

        await page.goto(`${url}/clinic${w.query}`);
        await upload(page, 'not-the-template.csv', BAD_FILE, w.check);
        expect(await page.title()).toBe(`Error: ${w.title}`);
        const summary = page.locator('[data-error-summary]');
        expect(await summary.innerText()).toContain(w.error);
        expect(await summary.innerText()).toContain(w.missing);
        await check(page, `${lang} error`);
      } finally {
        await context.close();
      }
    });
  });
});
