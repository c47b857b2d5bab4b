import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import {
  AXE_TAGS,
  choose,
  choosePlace,
  fillDate,
  HAS_CHROMIUM,
  pdfText,
  type Running,
  squash,
  startJourney,
  startServer,
  submitAndWait,
  E2E_TEST_TIMEOUT_MS,
  launchChromium,
} from './support';

const NAME = 'Nguyễn Thị Lan';

// Fail, never skip, without the browser: .ci/run installs Debian's chromium.
if (!HAS_CHROMIUM)
  throw new Error('The end-to-end wizard tests need /usr/bin/chromium, which is missing.');

describe('the wizard in a real browser', () => {
  jest.setTimeout(E2E_TEST_TIMEOUT_MS);
  let browser: Browser;
  let server: Running;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newPage(
    opts: { width?: number; javaScript?: boolean } = {},
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      acceptDownloads: true,
      javaScriptEnabled: opts.javaScript ?? true,
      viewport: { width: opts.width ?? 1024, height: 800 },
    });
    await context.route('https://www.weather.gov/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }),
    );
    const page = await context.newPage();
    return { context, page };
  }

  /** axe-core on the page as it is now: no violation of WCAG 2.2 A/AA, and no sideways scrolling at its width. */
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

  /** Click a submit button and wait until the page it posts to has loaded (not just the old one). */
  async function submit(page: Page, name = 'Continue') {
    await submitAndWait(page, name);
  }

  async function errorState(page: Page, label: string, button = 'Continue') {
    await submit(page, button);
    expect(await page.title()).toMatch(/^Error: /);
    await check(page, `${label} (error)`);
  }

  async function download(page: Page, button: string): Promise<Uint8Array> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    const where = await file.path();
    const bytes = new Uint8Array(await readFile(where));
    await file.delete();
    return bytes;
  }

  interface SelfJourney {
    lang: 'en' | 'es';
    jurisdiction: 'US-NY' | 'US-FED';
    offense?: string;
    width?: number;
    javaScript?: boolean;
    axe?: boolean;
  }

  const WORDS = {
    en: { start: 'Start now', cont: 'Continue', make: 'Make my papers', pdf: 'Download PDF' },
    es: {
      start: 'Comenzar',
      cont: 'Continuar',
      make: 'Preparar mis documentos',
      pdf: 'Descargar PDF',
    },
  } as const;

  async function selfJourney(j: SelfJourney): Promise<string> {
    const w = WORDS[j.lang];
    const axe = j.axe ?? true;
    const { context, page } = await newPage({
      ...(j.width ? { width: j.width } : {}),
      ...(j.javaScript === false ? { javaScript: false } : {}),
    });
    const step = async (label: string) => {
      if (axe) await check(page, label);
    };
    try {
      await page.goto(`${server.url}/${j.lang === 'es' ? '?lang=es' : ''}`);
      expect(await page.getAttribute('html', 'lang')).toBe(j.lang);
      await step('start');
      await submit(page, w.start);

      await step('who');
      if (axe) await errorState(page, 'who', w.cont);
      if (j.javaScript !== false && axe) {
        // The error summary takes focus so a screen reader reads it first.
        expect(
          await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary')),
        ).toBe(true);
      }
      await choose(page, '#who');
      await submit(page, w.cont);

      await step('relief');
      if (axe) await errorState(page, 'relief', w.cont);
      await choose(page, '#relief');
      await submit(page, w.cont);

      await step('where');
      if (axe) await errorState(page, 'where', w.cont);
      await choosePlace(page, j.jurisdiction);
      if (j.javaScript !== false) {
        // The chosen place's one-line description appears under the list.
        expect(await page.locator('#jurisdiction-about').innerText()).not.toBe('');
      }
      await submit(page, w.cont);

      await step('record');
      if (axe) await errorState(page, 'record', w.cont);
      const offense =
        j.offense ??
        (await page.locator('#offense-list option').first().getAttribute('value')) ??
        '';
      await page.fill('#offense', offense);
      await fillDate(page, 'arrestDate', '03/01/2012');
      await fillDate(page, 'offenseDate', '02/28/2012');
      if (j.javaScript !== false) {
        // The conviction date and the prison question follow a conviction only.
        await choose(page, '#disposition-dismissed');
        expect(await page.locator('#convictionDate').isVisible()).toBe(false);
      }
      await choose(page, '#disposition-convicted');
      await fillDate(page, 'convictionDate', '03/02/2012');
      await choose(page, '#imprisoned-no');
      if (j.jurisdiction === 'US-NY') {
        await choose(page, '#courtKind');
      } else {
        await page.fill('#court', 'United States District Court for the District of New Jersey');
        await page.fill('#arrestPlace', 'Newark, New Jersey');
        await choose(page, '#childVictim-no');
      }
      await choose(page, '#juvenile-no');
      await submit(page, w.cont);

      await step('records');
      await choose(page, '#another-no');
      await submit(page, w.cont);

      await step('trafficking');
      if (axe) await errorState(page, 'trafficking', w.cont);
      await choose(page, '#types');
      await fillDate(page, 'startDate', '01/01/2010');
      await choose(page, '#ended');
      await fillDate(page, 'endDate', '06/30/2014');
      await fillDate(page, 'servicesSoughtDate', '02/01/2015');
      await choose(page, '#documentation');
      await submit(page, w.cont);

      await step('account');
      await page.fill(
        '#narrative',
        'He took my papers. Each arrest happened while he controlled me.',
      );
      await submit(page, w.cont);

      await step('outcome');
      await submit(page, w.cont);

      await step('about');
      await page.fill('#email', 'not-an-email');
      if (axe) await errorState(page, 'about', w.cont);
      else await submit(page, w.cont);
      await page.fill('#legalName', NAME);
      await page.fill('#email', 'lan@example.org');
      await page.fill('#line1', '12 Main St');
      await page.fill('#city', 'Albany');
      await page.fill('#state', 'NY');
      await page.fill('#postalCode', '12207');
      await submit(page, w.cont);

      await step('check');
      expect(await page.locator('main').innerText()).toContain(NAME);
      await submit(page, w.make);
      await step('download');
      const pdf = await download(page, w.pdf);
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
      return await pdfText(pdf);
    } finally {
      await context.close();
    }
  }

  it('takes a New York self-represented person from start to a PDF with their name, with no axe violations', async () => {
    const text = await selfJourney({ lang: 'en', jurisdiction: 'US-NY', offense: 'PL 230.00' });
    expect(squash(text)).toContain(squash(NAME));
  });

  it('takes a federal journey to a PDF with the name', async () => {
    const text = await selfJourney({ lang: 'en', jurisdiction: 'US-FED', axe: false });
    expect(squash(text)).toContain(squash(NAME));
  });

  it('does the same journey in Spanish', async () => {
    const text = await selfJourney({ lang: 'es', jurisdiction: 'US-NY', offense: 'PL 230.00' });
    expect(squash(text)).toContain(squash(NAME));
  });

  it('works at 320 px wide without sideways scrolling', async () => {
    const text = await selfJourney({
      lang: 'en',
      jurisdiction: 'US-NY',
      offense: 'PL 230.00',
      width: 320,
      axe: true,
    });
    expect(squash(text)).toContain(squash(NAME));
  });

  it('works with JavaScript turned off', async () => {
    const text = await selfJourney({
      lang: 'en',
      jurisdiction: 'US-NY',
      offense: 'PL 230.00',
      javaScript: false,
      axe: false,
    });
    expect(squash(text)).toContain(squash(NAME));
  });

  it('takes a California attorney through the short path to a PDF with the client and attorney', async () => {
    const { context, page } = await newPage();
    try {
      await page.goto(server.url);
      await startJourney(page, { who: '#who-attorney' });
      await choosePlace(page, 'US-CA');
      await submit(page, 'Continue');
      await check(page, 'records table');
      await page.fill('#rows-0-offense', 'PC 647(b)');
      await page.fill('#rows-0-arrestDate', '05/01/2015');
      await page.fill('#rows-0-convictionDate', '05/02/2015');
      await page.selectOption('#rows-0-imprisoned', 'no');
      await page.fill('#rows-1-offense', 'PC 653.22');
      await page.fill('#rows-1-arrestDate', 'sometime');
      await page.selectOption('#rows-1-disposition', 'dismissed');
      await errorState(page, 'records table');
      await page.fill('#rows-1-arrestDate', '06/01/2015');
      await submit(page, 'Continue');
      await choose(page, '#types');
      await fillDate(page, 'startDate', '01/01/2014');
      await choose(page, '#ended-no');
      expect(await page.locator('#endDate').isVisible()).toBe(false);
      // California's § 236.14 needs the trafficking ended or help sought: the client sought help.
      await fillDate(page, 'servicesSoughtDate', '02/01/2016');
      await page.fill('#narrative', 'The client was made to work by the trafficker.');
      await submit(page, 'Continue');
      await check(page, 'outcome (attorney)');
      expect(await page.locator('main').innerText()).toContain('Cal. Penal Code § 236.14');
      await submit(page, 'Continue');
      await page.fill('#legalName', NAME);
      await errorState(page, 'client and attorney');
      await page.fill('#attorneyName', 'Ana Ruiz');
      await page.fill('#barNumber', '123456');
      await page.fill('#firm', 'Legal Aid Office');
      await submit(page, 'Continue');
      await check(page, 'check (attorney)');
      await submit(page, 'Make my papers');
      const text = await pdfText(await download(page, 'Download PDF'));
      expect(squash(text)).toContain(squash(NAME));
      expect(squash(text)).toContain(squash('Ana Ruiz'));
    } finally {
      await context.close();
    }
  });

  it('leaves for a neutral site with the Esc key and replaces the history entry', async () => {
    const { context, page } = await newPage();
    try {
      await page.goto(server.url);
      const before = await page.evaluate(() => history.length);
      await Promise.all([
        page.waitForURL('https://www.weather.gov/**'),
        page.keyboard.press('Escape'),
      ]);
      expect(await page.evaluate(() => history.length)).toBe(before);
    } finally {
      await context.close();
    }
  });

  it('leaves with the Quick exit button too', async () => {
    const { context, page } = await newPage();
    try {
      await page.goto(`${server.url}/?lang=es`);
      await Promise.all([
        page.waitForURL('https://www.weather.gov/**'),
        page.getByRole('link', { name: 'Salida rápida' }).click(),
      ]);
    } finally {
      await context.close();
    }
  });
});
