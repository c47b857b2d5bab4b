import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type Page } from 'playwright-core';
import {
  AXE_TAGS,
  cellsOutOfView,
  choose,
  fillDate,
  HAS_CHROMIUM,
  pdfText,
  type Running,
  squash,
  startServer,
  submitAndWait,
  choosePlace,
  E2E_TEST_TIMEOUT_MS,
  launchChromium,
} from './support';

const NAME = 'Łukasz Nguyễn';

// Fail, never skip, without the browser: .ci/run installs Debian's chromium.
if (!HAS_CHROMIUM)
  throw new Error('The restitution journey tests need /usr/bin/chromium, which is missing.');

describe('the restitution path in a real browser', () => {
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

  /** Click a submit button and wait until the page it posts to has loaded. */
  async function press(page: Page, name: string | RegExp, exact = true) {
    await submitAndWait(page, name, exact).catch(async (err: unknown) => {
      throw new Error(`On "${await page.locator('h1').first().innerText()}": ${String(err)}`);
    });
  }

  const submit = (page: Page, name = 'Continue') => press(page, name);

  /** The page as it is, then submitted as it is to show its errors, both checked by axe. */
  async function bothStates(page: Page, label: string, button = 'Continue') {
    await check(page, label);
    await submit(page, button);
    expect(await page.title()).toMatch(/^Error: /);
    await check(page, `${label} (error)`);
  }

  it('takes a self-represented person through a federal restitution request to a PDF with the total, with no axe violations', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    try {
      await page.goto(server.url);
      await submit(page, 'Start now');
      await choose(page, '#who');
      await submit(page);
      await bothStates(page, 'what (relief)');
      await choose(page, '#relief-restitution');
      await submit(page);

      await bothStates(page, 'where (restitution)');
      await choosePlace(page, 'US-FED');
      await submit(page);

      await bothStates(page, 'criminal case');
      await page.fill(
        '#court',
        'United States District Court for the Eastern District of New York',
      );
      await page.fill('#caseNumber', '1:19-cr-00123');
      await page.fill('#defendants', 'John Doe');
      await submit(page);

      await bothStates(page, 'period');
      await fillDate(page, 'start', '01/05/2015');
      await fillDate(page, 'end', '06/28/2015');
      await page.fill('#hoursPerWeek', '70');
      await page.fill('#daysPerWeek', '7');
      await page.fill('#grossToDefendant', '$84,000');
      // The language switch keeps what was typed on this page.
      await press(page, 'Ver esta página en español');
      expect(await page.locator('h1').innerText()).toBe('Período de trabajo 1');
      expect(await page.inputValue('#grossToDefendant')).toBe('$84,000');
      await press(page, 'View this page in English');
      await submit(page);

      await bothStates(page, 'periods');
      await choose(page, '#another-no');
      await submit(page);

      await bothStates(page, 'losses (none yet)');
      await choose(page, '#another');
      await submit(page);

      await bothStates(page, 'loss');
      await choose(page, '#category-therapy');
      await page.fill('#description', 'Counseling, 40 sessions');
      await page.fill('#amount', '4800');
      await submit(page);

      await check(page, 'losses (one)');
      await choose(page, '#another-no');
      await submit(page);

      await check(page, 'what you can ask for');
      const claim = await page.locator('main').innerText();
      expect(claim).toContain('$84,000.00');
      expect(claim).toContain('$15,406.25');
      expect(await page.locator('[data-total]').innerText()).toBe('$88,800.00');
      await page.getByText('How each figure was worked out').click();
      await page.getByText('Technical notes for your lawyer').click();
      await check(page, 'what you can ask for (details open)');
      // The amounts never leave the screen: at 320 px each row stacks as a card, on a desktop
      // the columns fit (a scrolled-away column would hide the figures).
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        expect(await cellsOutOfView(page)).toEqual([]);
      }
      await check(page, 'what you can ask for at 1280 px');
      await submit(page);

      await page.fill('#legalName', NAME);
      await submit(page);
      await check(page, 'check (restitution)');
      expect(await page.locator('main').innerText()).toContain('1:19-cr-00123');
      await submit(page, 'Make my papers');

      await check(page, 'download (restitution)');
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download PDF' }).click(),
      ]);
      const bytes = new Uint8Array(await readFile(await file.path()));
      await file.delete();
      const text = squash(await pdfText(bytes));
      expect(text).toContain(squash('$88,800.00'));
      expect(text).toContain(squash(NAME));
      expect(text).toContain(squash('1:19-cr-00123'));
      // A self-represented person gets no CVRA motion: that paper is for a victim with counsel.
      expect(text).not.toContain(squash("CRIME VICTIM'S MOTION"));
    } finally {
      await context.close();
    }
  });
});
