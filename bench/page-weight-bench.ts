/**
 * Page weight on a cheap phone: walks the self-represented New York journey in Chromium (360 × 740)
 * over an emulated 1.6 Mbps / 300 ms link and prints, for each page, the bytes transferred (headers
 * and bodies, as Chromium counts them) and the time from the click to the page being shown.
 * The app as users get it (assets fingerprinted and compressed, only the USWDS rules the views use),
 * with JavaScript and without (each step a full page load, the stylesheet from the cache).
 * Run: `npx tsx bench/page-weight-bench.ts`. Needs /usr/bin/chromium.
 */
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import type { Express } from 'express';
import { chromium } from 'playwright-core';
import { createRenderPool } from '../src/documents/render-pool';
import { loadPacks } from '../src/jurisdictions/load-packs';
import { createApp } from '../src/web/app';
import { LAUNCH, fillDate, submitAndWait } from '../test/e2e/support';

const LINK = { latency: 300, downloadThroughput: 1_600_000 / 8, uploadThroughput: 768_000 / 8 };

interface Row {
  page: string;
  kb: number;
  ms: number;
}

async function walk(app: Express, javaScript: boolean): Promise<Row[]> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch(LAUNCH);
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    javaScriptEnabled: javaScript,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...LINK });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
  });
  const rows: Row[] = [];
  const step = async (name: string, act: () => Promise<void>) => {
    bytes = 0;
    const t0 = Date.now();
    await act();
    await page.waitForLoadState('load');
    await page.waitForTimeout(50);
    rows.push({ page: name, kb: +(bytes / 1024).toFixed(1), ms: Date.now() - t0 });
  };
  const choose = async (sel: string) => {
    const id = await page.locator(sel).getAttribute('id');
    await page.locator(`label[for="${id}"]`).click();
  };
  await step('start (first visit)', async () => {
    await page.goto(base);
  });
  const startHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  await step('who', () => submitAndWait(page, 'Start now'));
  await choose('#who');
  await step('relief', () => submitAndWait(page, 'Continue'));
  await choose('#relief');
  await step('where', () => submitAndWait(page, 'Continue'));
  const whereHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.selectOption('#jurisdiction', 'US-NY');
  await step('record', () => submitAndWait(page, 'Continue'));
  await page.fill('#offense', 'PL 230.00');
  await fillDate(page, 'arrestDate', '03/01/2012');
  await choose('#disposition-convicted');
  await fillDate(page, 'convictionDate', '03/02/2012');
  await choose('#imprisoned-no');
  await choose('#courtKind');
  await choose('#juvenile-no');
  await step('records', () => submitAndWait(page, 'Continue'));
  await choose('#another-no');
  await step('trafficking', () => submitAndWait(page, 'Continue'));
  await choose('#types');
  await fillDate(page, 'startDate', '01/01/2014');
  await choose('#ended');
  await fillDate(page, 'endDate', '06/30/2015');
  await step('account', () => submitAndWait(page, 'Continue'));
  await page.fill('#narrative', 'He took my papers and made me work.');
  await step('outcome', () => submitAndWait(page, 'Continue'));
  const outcomeHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  await step('about', () => submitAndWait(page, 'Continue'));
  await page.fill('#legalName', 'Ana Bench');
  await step('check', () => submitAndWait(page, 'Continue'));
  await step('download page', () => submitAndWait(page, 'Make my papers'));
  rows.push({ page: `(outcome page height at 360 px: ${outcomeHeight} px)`, kb: 0, ms: 0 });
  rows.push({ page: `(start page height at 360 px: ${startHeight} px)`, kb: 0, ms: 0 });
  rows.push({ page: `(where page height at 360 px: ${whereHeight} px)`, kb: 0, ms: 0 });
  await browser.close();
  await new Promise((r) => server.close(r));
  return rows;
}

async function main() {
  const pool = createRenderPool({ threads: 1 });
  const deps = { registry: loadPacks(), pool, today: () => '2026-12-04' };
  const app = createApp(deps);
  const results: Record<string, Row[]> = {
    JS: await walk(app, true),
    'no JS': await walk(app, false),
  };
  await pool.close();
  for (const [name, rows] of Object.entries(results)) {
    console.log(
      `\n${name} — 1.6 Mbps / 300 ms, 360 × 740, load average ${loadavg()[0]!.toFixed(1)}`,
    );
    console.table(rows);
    const later = rows.slice(1).filter((r) => r.kb > 0);
    console.log(
      `first page ${rows[0]!.kb} KB; later steps max ${Math.max(...later.map((r) => r.kb))} KB, ` +
        `slowest ${Math.max(...later.map((r) => r.ms))} ms`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
