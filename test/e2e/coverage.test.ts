import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS, browserAndServer, E2E_TEST_TIMEOUT_MS } from './support';

/** The coverage page in a real browser: no axe violation and no sideways scrolling, at 360 px and at desktop width, in both languages. */
describe('the coverage page in a real browser', () => {
  jest.setTimeout(E2E_TEST_TIMEOUT_MS);
  const run = browserAndServer();

  it.each([
    ['en', 360],
    ['en', 1280],
    ['es', 360],
    ['es', 1280],
  ] as const)('%s at %i px', async (lang, width) => {
    const context = await run.browser().newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(`${run.server().url}/coverage${lang === 'es' ? '?lang=es' : ''}`);
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
