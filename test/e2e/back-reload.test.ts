import type { Page } from 'playwright-core';
import {
  browserAndServer,
  choose,
  fillDate,
  fillNyConviction,
  submitAndWait,
  choosePlace,
  startJourney,
  E2E_TEST_TIMEOUT_MS,
} from './support';

/**
 * From the start to a New York record answered with a charge typed, a date that does not exist and
 * a question not answered: the record page comes back with its errors.
 */
async function answerRecordWithErrors(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await startJourney(page);
  await choosePlace(page, 'US-NY');
  await submitAndWait(page, 'Continue');
  await page.fill('#offense', 'loitering something');
  await fillDate(page, 'arrestDate', '02/30/2019');
  await choose(page, '#disposition-convicted');
  await submitAndWait(page, 'Continue');
}

/**
 * Issue 12, first item, in a real browser without JavaScript: every step ends in a redirect to a
 * GET, so the phone's Reload and Back never re-send a form ("Confirm Form Resubmission") and never
 * lose the answers.
 */
describe('Back and Reload without JavaScript, in a real browser', () => {
  jest.setTimeout(E2E_TEST_TIMEOUT_MS);
  const run = browserAndServer();

  it('re-sends no form on Reload or Back at any step, and shows the latest answers', async () => {
    const context = await run.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(new URL(r.url()).pathname);
    });
    try {
      await page.goto(run.server().url);
      await startJourney(page);
      expect(new URL(page.url()).pathname).toBe('/where');
      await choosePlace(page, 'US-NY');
      await submitAndWait(page, 'Continue');
      expect(new URL(page.url()).pathname).toBe('/record');
      await fillNyConviction(page);
      await submitAndWait(page, 'Continue');
      expect(new URL(page.url()).pathname).toBe('/records');
      // An error, then Reload: the same page and error, and no form sent again.
      await submitAndWait(page, 'Continue');
      const withError = await page.locator('main').innerText();
      expect(withError).toContain('There is a problem');
      const sent = posts.length;
      await page.reload({ waitUntil: 'load' });
      expect(posts.length).toBe(sent);
      expect(await page.locator('main').innerText()).toBe(withError);

      // Back through every entry, reloading each: no form is re-sent, and the answers are there.
      const seen: string[] = [];
      for (;;) {
        const back = await page.goBack({ waitUntil: 'load' });
        if (!back) break;
        await page.reload({ waitUntil: 'load' });
        const path = new URL(page.url()).pathname;
        seen.push(path);
        if (path === '/where') expect(await page.inputValue('#jurisdiction')).toBe('US-NY');
        if (path === '/who') expect(await page.locator('#who').isChecked()).toBe(true);
        if (path === '/record') expect(await page.inputValue('#offense')).toBe('PL 230.00');
        if (path === '/') break;
      }
      expect(posts.length).toBe(sent);
      expect(seen).toEqual(expect.arrayContaining(['/record', '/where', '/relief', '/who']));
    } finally {
      await context.close();
    }
  });

  /** How the page now shown was reached: 'navigate', 'reload' or 'back_forward', and by which method. */
  async function arrival(page: Page) {
    return page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return nav.type;
    });
  }

  it('shows a page answered with errors again on Reload as a GET, with every answer typed and the errors, sending nothing', async () => {
    const context = await run.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.isNavigationRequest()) requests.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    try {
      await answerRecordWithErrors(page, run.server().url);
      expect(new URL(page.url()).pathname).toBe('/record');
      const errors = await page.locator('[data-error-summary]').innerText();
      expect(errors).toContain('must be a real date');
      // The post was answered with a redirect, so the entry is a GET of /record.
      expect(requests.slice(-2)).toEqual(['POST /record', 'GET /record']);
      const before = requests.length;
      await page.reload({ waitUntil: 'load' });
      expect(await arrival(page)).toBe('reload');
      expect(requests.slice(before)).toEqual(['GET /record']);
      expect(dialogs).toBe(0);
      expect(await page.locator('[data-error-summary]').innerText()).toBe(errors);
      expect(await page.title()).toMatch(/^Error: /);
      expect(await page.inputValue('#offense')).toBe('loitering something');
      expect(await page.inputValue('#arrestDate')).toBe('30');
      expect(await page.inputValue('#arrestDate-month')).toBe('2');
      expect(await page.inputValue('#arrestDate-year')).toBe('2019');
      expect(await page.locator('#disposition-convicted').isChecked()).toBe(true);
      // Back: the record page's earlier entry, a GET that shows the latest answers; then the place.
      await page.goBack({ waitUntil: 'load' });
      expect(requests.at(-1)).toBe('GET /record');
      expect(await page.inputValue('#offense')).toBe('loitering something');
      await page.goBack({ waitUntil: 'load' });
      expect(requests.at(-1)).toBe('GET /where');
      expect(dialogs).toBe(0);
      expect(await page.inputValue('#jurisdiction')).toBe('US-NY');
    } finally {
      await context.close();
    }
  });

  it('answers an unreadable saved file with the start page and its error, which Reload shows again without re-sending the file', async () => {
    const context = await run.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(new URL(r.url()).pathname);
    });
    try {
      await page.goto(run.server().url);
      await page.setInputFiles('#savedFile', {
        name: 'answers.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"not": "a case"}'),
      });
      await submitAndWait(page, 'Continue from this file');
      expect(new URL(page.url()).pathname).toBe('/start');
      const message = await page.locator('#savedFile-error').innerText();
      expect(message).not.toBe('');
      await page.reload({ waitUntil: 'load' });
      expect(posts).toEqual(['/continue']);
      expect(await page.locator('#savedFile-error').innerText()).toBe(message);
    } finally {
      await context.close();
    }
  });

  it('keeps a page too large for the cookies in the post, and Back then explains where the answers are', async () => {
    const context = await run.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(run.server().url);
      await startJourney(page);
      await choosePlace(page, 'US-NY');
      await submitAndWait(page, 'Continue');
      await fillNyConviction(page);
      await submitAndWait(page, 'Continue');
      await choose(page, '#another-no');
      await submitAndWait(page, 'Continue');
      await choose(page, '#types');
      await fillDate(page, 'startDate', '01/01/2010');
      await choose(page, '#ended');
      await fillDate(page, 'endDate', '06/30/2014');
      await submitAndWait(page, 'Continue');
      // An account in a script that barely compresses: 9,000 characters of varied Chinese.
      let seed = 11;
      const account = Array.from({ length: 9000 }, () => {
        seed = (seed * 48271) % 2147483647;
        return String.fromCharCode(0x4e00 + (seed % 3000));
      }).join('');
      await page.fill('#narrative', account);
      await submitAndWait(page, 'Continue');
      expect(new URL(page.url()).pathname).toBe('/account');
      expect(await page.locator('.relief-too-large').innerText()).toContain(
        'cannot keep them between pages',
      );
      await page.goBack({ waitUntil: 'load' });
      expect(await page.locator('h1').innerText()).toBe('Your answers are on your latest page');
      expect(await page.locator('main').innerText()).not.toContain(account.slice(0, 20));
      expect(await page.getByRole('link', { name: 'Start again' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

/**
 * With JavaScript the journey is one history entry (quick exit leaves nothing to go Back to). That
 * entry takes each step's own address, so Reload, once the person agrees to leave the page, shows
 * the same step from the cookies with every answer typed, and still adds no entry.
 */
describe('Reload with JavaScript, in a real browser', () => {
  jest.setTimeout(E2E_TEST_TIMEOUT_MS);
  const run = browserAndServer();

  it('shows the same step again, answers and errors kept, in the same one history entry', async () => {
    const context = await run.browser().newContext();
    const page = await context.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.accept();
    });
    try {
      await answerRecordWithErrors(page, run.server().url);
      const entries = await page.evaluate(() => history.length);
      expect(new URL(page.url()).pathname).toBe('/record');
      const errors = await page.locator('[data-error-summary]').innerText();
      expect(errors).toContain('must be a real date');
      await page.reload({ waitUntil: 'load' });
      // The "leave site?" question (the page cannot know Reload from closing the tab).
      expect(dialogs).toBe(1);
      expect(new URL(page.url()).pathname).toBe('/record');
      expect(await page.locator('[data-error-summary]').innerText()).toBe(errors);
      expect(await page.inputValue('#offense')).toBe('loitering something');
      expect(await page.inputValue('#arrestDate')).toBe('30');
      expect(await page.locator('#disposition-convicted').isChecked()).toBe(true);
      expect(await page.evaluate(() => history.length)).toBe(entries);
    } finally {
      await context.close();
    }
  });
});
