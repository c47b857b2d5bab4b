import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import {
  AXE_TAGS,
  browserAndServer,
  choose,
  fillDate,
  fillNyConviction,
  HAS_CHROMIUM,
  submitAndWait,
  choosePlace,
  startJourney,
  E2E_TEST_TIMEOUT_MS,
} from './support';

if (!HAS_CHROMIUM) throw new Error('The safety tests need /usr/bin/chromium, which is missing.');

const EXIT = 'https://www.weather.gov/';

describe('safety in a real browser', () => {
  jest.setTimeout(E2E_TEST_TIMEOUT_MS);
  const run = browserAndServer();

  async function newPage(
    width = 360,
    javaScript = true,
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await run.browser().newContext({
      viewport: { width, height: 740 },
      javaScriptEnabled: javaScript,
    });
    await context.route(`${EXIT}**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }),
    );
    return { context, page: await context.newPage() };
  }

  /** Start → where (New York) → the first record page. */
  async function toRecord(page: Page) {
    await page.goto(run.server().url);
    await startJourney(page);
    await choosePlace(page, 'US-NY');
    await submitAndWait(page, 'Continue');
  }

  async function exitInView(page: Page) {
    const box = await page.getByRole('link', { name: /Quick exit|Salida rápida/ }).boundingBox();
    const height = page.viewportSize()!.height;
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(height);
  }

  it.each([360, 1280])(
    'keeps Quick exit in view at %i px when the page is scrolled to the bottom',
    async (width) => {
      const { context, page } = await newPage(width);
      try {
        await toRecord(page);
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
        await exitInView(page);
      } finally {
        await context.close();
      }
    },
  );

  it('keeps Quick exit in view without JavaScript too', async () => {
    const { context, page } = await newPage(360, false);
    try {
      await page.goto(run.server().url);
      await page.mouse.wheel(0, 5000);
      await page.waitForTimeout(50);
      await exitInView(page);
    } finally {
      await context.close();
    }
  });

  it('does not exit on Esc while a field has focus, and exits on Esc once it has not', async () => {
    const { context, page } = await newPage();
    try {
      await toRecord(page);
      await page.fill('#offense', 'PL 230');
      await page.keyboard.press('Escape');
      expect(page.url()).toContain(run.server().url);
      expect(await page.inputValue('#offense')).toBe('PL 230');
      await page.locator('h1').click();
      await Promise.all([page.waitForURL(`${EXIT}**`), page.keyboard.press('Escape')]);
    } finally {
      await context.close();
    }
  });

  it('exits when Shift is pressed three times, even in a field, but not on a capital letter', async () => {
    const { context, page } = await newPage();
    try {
      await toRecord(page);
      await page.focus('#offense');
      await page.keyboard.type('PL');
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift+A');
      await page.keyboard.press('Shift');
      expect(page.url()).toContain(run.server().url);
      await Promise.all([
        page.waitForURL(`${EXIT}**`),
        (async () => {
          for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
        })(),
      ]);
    } finally {
      await context.close();
    }
  });

  it('keeps the whole journey in one history entry, so Back after Quick exit leaves the site', async () => {
    const { context, page } = await newPage();
    try {
      await page.goto('about:blank');
      const before = await page.evaluate(() => history.length);
      await toRecord(page);
      await page.fill('#offense', 'PL 230.00');
      await fillDate(page, 'arrestDate', '03/01/2012');
      await submitAndWait(page, 'Continue');
      expect(await page.locator('h1').innerText()).not.toBe('Tell us about record 1');
      // One entry for the wizard, on top of the blank page it was opened from.
      expect(await page.evaluate(() => history.length)).toBe(before + 1);
      await Promise.all([
        page.waitForURL(`${EXIT}**`),
        page.getByRole('link', { name: 'Quick exit' }).click(),
      ]);
      await page.goBack();
      expect(page.url()).toBe('about:blank');
    } finally {
      await context.close();
    }
  });

  it('shows the hotline when the trafficking has not ended, with no axe violations, in Spanish at 360 px', async () => {
    const { context, page } = await newPage();
    try {
      await page.goto(`${run.server().url}/?lang=es`);
      await startJourney(page, { lang: 'es' });
      await choosePlace(page, 'US-NY');
      await submitAndWait(page, 'Continuar');
      await fillNyConviction(page);
      await submitAndWait(page, 'Continuar');
      await choose(page, '#another-no');
      await submitAndWait(page, 'Continuar');
      await choose(page, '#types');
      await fillDate(page, 'startDate', '01/01/2014');
      await choose(page, '#ended-no');
      await submitAndWait(page, 'Continuar');
      const panel = page.getByRole('region', { name: 'Si ahora no está a salvo' });
      await expect(
        panel.getByRole('link', { name: '1-888-373-7888' }).getAttribute('href'),
      ).resolves.toBe('tel:+18883737888');
      expect(await page.title()).toMatch(/^Ayuda con formularios judiciales — paso \d+ de \d+$/);
      const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each([true, false])(
    "keeps what was typed when the page's own Back is used (JavaScript %s), and asks before removing a record",
    async (javaScript) => {
      const { context, page } = await newPage(360, javaScript);
      try {
        await toRecord(page);
        await page.fill('#offense', 'PL 230.00');
        await fillDate(page, 'arrestDate', '03/01/2012');
        await submitAndWait(page, 'Back');
        expect(await page.locator('h1').innerText()).toBe('Your records');
        await submitAndWait(page, 'Remove Record 1');
        expect(await page.locator('h1').innerText()).toBe('Remove Record 1?');
        await submitAndWait(page, 'No, keep it');
        await submitAndWait(page, 'Change Record 1');
        expect(await page.inputValue('#offense')).toBe('PL 230.00');
        expect(await page.inputValue('#arrestDate')).toBe('1');
        expect(await page.inputValue('#arrestDate-year')).toBe('2012');
      } finally {
        await context.close();
      }
    },
  );

  it.each([
    ['', 'Start now', 'Who is filling this in?'],
    ['?lang=es', 'Comenzar', '¿Quién está llenando esto?'],
  ])(
    'shows Start above the fold on a 360 x 740 phone (%s), privacy folded, and Start leads to the first question',
    async (query, name, question) => {
      const { context, page } = await newPage(360);
      try {
        await page.goto(`${run.server().url}/${query}`);
        const box = await page.getByRole('button', { name, exact: true }).boundingBox();
        expect(box).not.toBeNull();
        expect(box!.y + box!.height).toBeLessThanOrEqual(740);
        // The privacy help is there, folded away.
        expect(await page.locator('details.relief-details').getAttribute('open')).toBeNull();
        let axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(axe.violations.map((v) => v.id)).toEqual([]);
        await submitAndWait(page, name);
        expect(await page.locator('h1').innerText()).toBe(question);
        // One question on the page: what they want comes next, on its own page.
        expect(await page.locator('input[name="relief"]').count()).toBe(0);
        axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(axe.violations.map((v) => v.id)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
