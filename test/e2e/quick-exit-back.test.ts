import {
  browserAndServer,
  fillNyConviction,
  submitAndWait,
  choosePlace,
  startJourney,
  E2E_TEST_TIMEOUT_MS,
} from './support';

// A charge no pack knows, typed by the person: it is shown back on the records page.
const MARKER = 'PL 999.99 ZQXWV';

/** The probe's H1 in a real browser: after quick exit, Back must not show an answer. */
describe('Back after quick exit, in a real browser', () => {
  jest.setTimeout(E2E_TEST_TIMEOUT_MS);
  const run = browserAndServer();

  it.each([
    ['with JavaScript', true],
    ['without JavaScript', false],
  ])(
    '%s: shows no answer on any page Back reaches, and any form Back re-sends is refused',
    async (_label, javaScript) => {
      const context = await run.browser().newContext({ javaScriptEnabled: javaScript });
      await context.route('https://www.weather.gov/**', (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }),
      );
      const page = await context.newPage();
      const posts: number[] = [];
      page.on('response', (r) => {
        if (r.request().method() === 'POST') posts.push(r.status());
      });
      try {
        await page.goto(run.server().url);
        await startJourney(page);
        await choosePlace(page, 'US-NY');
        await submitAndWait(page, 'Continue');
        await fillNyConviction(page, MARKER);
        await submitAndWait(page, 'Continue');
        expect(await page.locator('main').innerText()).toContain(MARKER);

        // With JavaScript, Esc; without it, the Quick exit link goes through /exit, whose redirect to
        // the neutral site this offline browser cannot follow (Playwright cannot fulfil a redirect's
        // target), so the test waits for /exit itself.
        if (javaScript)
          await Promise.all([
            page.waitForURL('https://www.weather.gov/**'),
            page.keyboard.press('Escape'),
          ]);
        else
          await Promise.all([
            page.waitForResponse((r) => new URL(r.url()).pathname === '/exit'),
            page
              .getByRole('link', { name: /quick exit/i })
              .first()
              .click()
              .catch(() => undefined),
          ]);
        // The cookie is cleared by /exit, which the page asked for as it left.
        for (let i = 0; i < 50 && (await context.cookies(run.server().url)).length; i++)
          await new Promise((r) => setTimeout(r, 100));
        expect(await context.cookies(run.server().url)).toEqual([]);

        posts.length = 0;
        // Walk Back through every entry the browser kept, reloading each (a re-sent form).
        for (let i = 0; i < 4; i++) {
          const back = await page.goBack({ waitUntil: 'load' }).catch(() => null);
          if (!back && !page.url().startsWith(run.server().url)) break;
          await page.reload({ waitUntil: 'load' }).catch(() => null);
          const text = await page.locator('body').innerText();
          expect(text).not.toContain(MARKER);
        }
        // Whatever the browser re-sent was refused.
        expect(posts.every((status) => status === 403)).toBe(true);
      } finally {
        await context.close();
      }
    },
  );
});
