import { browserAndServer, choose, fillDate, submitAndWait } from './support';

/**
 * Issue 12, first item, in a real browser without JavaScript: every step ends in a redirect to a
 * GET, so the phone's Reload and Back never re-send a form ("Confirm Form Resubmission") and never
 * lose the answers.
 */
describe('Back and Reload without JavaScript, in a real browser', () => {
  jest.setTimeout(120_000);
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
      await choose(page, '#who');
      await choose(page, '#relief');
      await submitAndWait(page, 'Start now');
      expect(new URL(page.url()).pathname).toBe('/where');
      await choose(page, 'input[name="jurisdiction"][value="US-NY"]');
      await submitAndWait(page, 'Continue');
      expect(new URL(page.url()).pathname).toBe('/record');
      await page.fill('#offense', 'PL 230.00');
      await fillDate(page, 'arrestDate', '03/01/2012');
      await choose(page, '#disposition-convicted');
      await fillDate(page, 'convictionDate', '03/02/2012');
      await choose(page, '#imprisoned-no');
      await choose(page, '#courtKind');
      await choose(page, '#juvenile-no');
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
        if (path === '/where')
          expect(await page.locator('input[name="jurisdiction"][value="US-NY"]').isChecked()).toBe(
            true,
          );
        if (path === '/record') expect(await page.inputValue('#offense')).toBe('PL 230.00');
        if (path === '/') break;
      }
      expect(posts.length).toBe(sent);
      expect(seen).toEqual(expect.arrayContaining(['/record', '/where']));
    } finally {
      await context.close();
    }
  });
});
