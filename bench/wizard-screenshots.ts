/**
 * Full-page screenshots of the wizard's first pages and the pages of a too-large answer, in
 * Chromium at 360 and 1280 px, English and Spanish, without JavaScript (as the pages are first
 * drawn) — for a person to look at before calling a page change done.
 * Run: `npx tsx bench/wizard-screenshots.ts [folder]` (default /tmp/relief-shots).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import {
  LAUNCH,
  choose,
  choosePlace,
  fillDate,
  fillNyConviction,
  startServer,
  submitAndWait,
} from '../test/e2e/support';

const out = process.argv[2] ?? '/tmp/relief-shots';

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`${name}.png  ${height} px high`);
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const server = await startServer();
  const browser = await chromium.launch(LAUNCH);
  try {
    for (const lang of ['en', 'es'] as const)
      for (const width of [360, 1280]) {
        const tag = `${lang}-${width}`;
        const es = lang === 'es';
        const cont = es ? 'Continuar' : 'Continue';
        const context = await browser.newContext({
          javaScriptEnabled: false,
          viewport: { width, height: width === 360 ? 740 : 900 },
        });
        const page = await context.newPage();
        await page.goto(`${server.url}/${es ? '?lang=es' : ''}`);
        await page.screenshot({ path: path.join(out, `start-fold-${tag}.png`) });
        await shot(page, `start-${tag}`);
        await submitAndWait(page, es ? 'Comenzar' : 'Start now');
        await shot(page, `who-${tag}`);
        await submitAndWait(page, cont);
        await shot(page, `who-error-${tag}`);
        await choose(page, '#who');
        await submitAndWait(page, cont);
        await shot(page, `relief-${tag}`);
        await choose(page, '#relief');
        await submitAndWait(page, cont);
        await shot(page, `where-${tag}`);
        await submitAndWait(page, cont);
        await shot(page, `where-error-${tag}`);
        await choosePlace(page, 'US-NY');
        await submitAndWait(page, cont);
        await submitAndWait(page, es ? 'Atrás' : 'Back');
        await shot(page, `where-chosen-${tag}`);
        await submitAndWait(page, cont);
        await fillNyConviction(page);
        await submitAndWait(page, cont);
        await choose(page, '#another-no');
        await submitAndWait(page, cont);
        await choose(page, '#types');
        await fillDate(page, 'startDate', '01/01/2010');
        await choose(page, '#ended');
        await fillDate(page, 'endDate', '06/30/2014');
        await submitAndWait(page, cont);
        let seed = 11;
        const account = Array.from({ length: 9000 }, () => {
          seed = (seed * 48271) % 2147483647;
          return String.fromCharCode(0x4e00 + (seed % 3000));
        }).join('');
        await page.fill('#narrative', account);
        await submitAndWait(page, cont);
        await page.screenshot({ path: path.join(out, `too-large-${tag}.png`) });
        await page.goBack({ waitUntil: 'load' });
        await shot(page, `too-large-back-${tag}`);
        await context.close();
      }
    // The restitution list, in both languages, on a phone.
    for (const lang of ['en', 'es'] as const) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/${lang === 'es' ? '?lang=es' : ''}`);
      await submitAndWait(page, lang === 'es' ? 'Comenzar' : 'Start now');
      await choose(page, '#who');
      await submitAndWait(page, lang === 'es' ? 'Continuar' : 'Continue');
      await choose(page, '#relief-restitution');
      await submitAndWait(page, lang === 'es' ? 'Continuar' : 'Continue');
      await choosePlace(page, 'US-FED');
      await shot(page, `where-restitution-js-${lang}-360`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
