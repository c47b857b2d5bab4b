import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser } from 'playwright-core';
import { AXE_TAGS, LAUNCH, startServer, type Running } from './support';

/** The coverage page in a real browser: no axe violation and no sideways scrolling, at 360 px and at desktop width, in both languages. */
describe('the coverage page in a real browser', () => {
  jest.setTimeout(120_000);
  let browser: Browser;
  let server: Running;
  // No skip when Chromium is missing: launching fails, and so does this test.
  beforeAll(async () => {
    server = await startServer();
    browser = await chromium.launch(LAUNCH);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['en', 360],
    ['en', 1280],
    ['es', 360],
    ['es', 1280],
  ] as const)('%s at %i px', async (lang, width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/coverage${lang === 'es' ? '?lang=es' : ''}`);
      const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(result.violations.map((v) => v.id)).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });
});
