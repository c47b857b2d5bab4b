import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import { CHUNK, MAX_CHUNKS } from '../../../src/web/wizard/view-cookie';
import { NY_RECORD, PERSON, TRAFFICKING, decode } from './journey';
import { wizardApp } from './support';

/**
 * A browser without JavaScript: a form post is a navigation (`Sec-Fetch-Mode: navigate`), cookies
 * are kept, and a redirect is followed with a GET.
 */
class Browser {
  jar = new Map<string, string>();
  html = '';
  status = 0;
  location = '';
  url = '';
  contentLocation = '';

  constructor(readonly app: Express) {}

  get cookie(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(url: string): Promise<this> {
    this.url = url;
    return this.take(await request(this.app).get(url).set('Cookie', this.cookie));
  }

  /** Post the page's own form with these fields, as a navigation; follow a 303 like a browser. */
  async post(
    url: string,
    fields: Record<string, string | string[]>,
    navigate = true,
  ): Promise<this> {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...this.state(), ...fields }))
      for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
    let req = request(this.app).post(url).type('form').set('Cookie', this.cookie);
    if (navigate) req = req.set('Sec-Fetch-Mode', 'navigate');
    this.take(await req.send(body.toString()));
    if (this.status === 303) return this.get(this.location);
    return this;
  }

  private take(res: request.Response): this {
    this.status = res.status;
    this.html = typeof res.text === 'string' ? res.text : '';
    this.location = String(res.headers['location'] ?? '');
    this.contentLocation = String(res.headers['content-location'] ?? '');
    const set = (res.headers['set-cookie'] as unknown as string[] | undefined) ?? [];
    for (const c of set) {
      const [pair, ...attrs] = c.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      const expired = attrs.some((a) => /expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return this;
  }

  hidden(name: string): string {
    const at = this.html.indexOf('</header>');
    const m = new RegExp(`name="${name}" value="([^"]*)"`).exec(this.html.slice(Math.max(0, at)));
    return m ? decode(m[1]!) : '';
  }

  state(): Record<string, string> {
    return { _csrf: this.hidden('_csrf'), draft: this.hidden('draft'), lang: this.hidden('lang') };
  }

  get heading(): string {
    return decode(/<h1[^>]*>\s*([^<]*)/.exec(this.html)?.[1]?.trim() ?? '');
  }

  viewCookieBytes(): number {
    return [...this.jar].filter(([k]) => /^view\d$/.test(k)).reduce((n, [, v]) => n + v.length, 0);
  }
}

async function atRecords(): Promise<Browser> {
  const b = await new Browser(wizardApp()).get('/');
  await b.post('/start', { who: 'self', relief: 'vacatur' });
  await b.post('/where', { jurisdiction: 'US-NY' });
  await b.post('/record', NY_RECORD);
  return b;
}

describe('POST-redirect-GET without JavaScript', () => {
  it('answers a plain form post with a redirect to the step shown, whose address shows the page', async () => {
    const b = await new Browser(wizardApp()).get('/');
    const app = b.app;
    const res = await request(app)
      .post('/start')
      .type('form')
      .set('Cookie', b.cookie)
      .set('Sec-Fetch-Mode', 'navigate')
      .send(new URLSearchParams({ ...b.state(), who: 'self', relief: 'vacatur' }).toString());
    expect(res.status).toBe(303);
    expect(res.headers['location']).toBe('/where');
    await b.post('/start', { who: 'self', relief: 'vacatur' });
    expect(b.url).toBe('/where');
    expect(b.status).toBe(200);
    expect(b.html).toContain('name="jurisdiction"');
  });

  it('shows the same page again on Reload, errors and what was typed included', async () => {
    const b = await atRecords();
    expect(b.url).toBe('/records');
    await b.post('/records', { another: '' });
    expect(b.url).toBe('/records');
    const first = b.html;
    expect(first).toContain('data-error-summary');
    const again = await request(b.app).get('/records').set('Cookie', b.cookie);
    expect(again.headers['cache-control']).toBe('no-store');
    await b.get('/records');
    expect(b.html).toContain('data-error-summary');
    expect(b.html).toContain('PL 230.00');
  });

  it('shows an earlier step on Back with the latest answers, and goes on from there', async () => {
    const b = await atRecords();
    await b.get('/where');
    expect(b.html).toMatch(/value="US-NY"[^>]*selected/);
    await b.get('/record');
    // Back to the record page: the last record, as answered.
    expect(b.html).toContain('value="PL 230.00"');
    await b.get('/records');
    expect(b.html).toContain('PL 230.00');
  });

  it('shows the first open step for an address not reached yet', async () => {
    const b = await atRecords();
    await b.get('/about');
    expect(b.html).toContain('name="another"');
  });

  it('starts again at a step address without the cookies, after quick exit, or with another browser’s form cookie', async () => {
    const b = await atRecords();
    const exit = await request(b.app).get('/exit').set('Cookie', b.cookie);
    const cleared = (exit.headers['set-cookie'] as unknown as string[]).join('\n');
    expect(cleared).toMatch(/(^|\n)view0=;/);
    const other = await new Browser(wizardApp()).get('/');
    const views = [...b.jar].filter(([k]) => k.startsWith('view'));
    for (const [k, v] of views) other.jar.set(k, v);
    await other.get('/records');
    expect(other.status).toBe(303);
    expect(other.location).toBe('/');
    const none = await request(b.app).get('/records');
    expect(none.status).toBe(303);
  });

  it('keeps nothing typed readable in the cookies', async () => {
    const b = await atRecords();
    const all = [...b.jar.values()].join(';');
    expect(all).not.toContain('230');
    expect(Buffer.from(all, 'base64url').toString('latin1')).not.toContain('230.00');
  });

  it('keeps a 20,000-character account in English prose between pages (Brotli when deflate is too large)', async () => {
    const b = await atRecords();
    await b.post('/records', { another: 'no' });
    await b.post('/trafficking', TRAFFICKING);
    // The longest account the page accepts, in ordinary English prose.
    const prose = readFileSync(path.join(__dirname, '../../../README.md'), 'utf8')
      .replace(/[#*`|<>]/g, '')
      .replace(/\s+/g, ' ')
      .slice(0, 20000);
    expect(prose.length).toBe(20000);
    await b.post('/account', { narrative: prose });
    expect(b.url).toBe('/outcome');
    expect(b.viewCookieBytes()).toBeGreaterThan(CHUNK * 2);
    expect(b.jar.get('view0')).toMatch(/^b\./);
    expect(b.viewCookieBytes()).toBeLessThanOrEqual(CHUNK * MAX_CHUNKS);
    // Back to the account page by address: the whole account is there.
    await b.get('/account');
    expect(b.html).toContain(prose.slice(-200).replace(/&/g, '&amp;').slice(0, 40));
  });

  it('answers a page too large for the cookies in the post, says how to keep it, and Back explains instead of starting again', async () => {
    const b = await atRecords();
    await b.post('/records', { another: 'no' });
    await b.post('/trafficking', TRAFFICKING);
    expect(b.viewCookieBytes()).toBeGreaterThan(0);
    // Text that does not compress: a long account in many different made-up words.
    let seed = 7;
    const words = Array.from({ length: 2600 }, () => {
      seed = (seed * 48271) % 2147483647;
      return seed.toString(36);
    }).join(' ');
    const res = await request(b.app)
      .post('/account')
      .type('form')
      .set('Cookie', b.cookie)
      .set('Sec-Fetch-Mode', 'navigate')
      .send(new URLSearchParams({ ...b.state(), narrative: words }).toString());
    expect(words.length).toBeGreaterThan(CHUNK * MAX_CHUNKS);
    expect(res.status).toBe(200);
    expect(res.text).toContain('cannot keep them between pages');
    expect(res.text).toContain('name="draft"');
    // The cookies now hold only a small marker: no stale answers, and no silent fresh start.
    const set = (res.headers['set-cookie'] as unknown as string[]).join('\n');
    expect(set).toMatch(/(^|\n)view0=[A-Za-z0-9_-]{20,400};/);
    expect(set).toMatch(/(^|\n)view1=;/);
    const jar = new Map(b.jar);
    for (const c of res.headers['set-cookie'] as unknown as string[]) {
      const [pair] = c.split(';');
      const [k, v] = [pair!.slice(0, pair!.indexOf('=')), pair!.slice(pair!.indexOf('=') + 1)];
      if (v) jar.set(k, v);
      else jar.delete(k);
    }
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const back = await request(b.app).get('/trafficking').set('Cookie', cookie);
    expect(back.status).toBe(200);
    expect(back.text).toContain('Your answers are on your latest page');
    expect(back.text).toContain('Forward');
    // Nothing here invites a fresh start, which would drop the entry that holds the answers.
    expect(back.text).not.toContain('Start again');
    expect(back.text).not.toContain(words.slice(0, 30));
  });

  it('answers a post made with JavaScript (not a navigation) with the page itself, sealed for Reload at its own address', async () => {
    const b = await new Browser(wizardApp()).get('/');
    await b.post('/start', { who: 'self', relief: 'vacatur' }, false);
    expect(b.status).toBe(200);
    expect(b.url).toBe('/');
    expect(b.html).toContain('name="jurisdiction"');
    // wizard.js gives the one history entry this address; a GET of it shows the same page.
    expect(b.contentLocation).toBe('/where');
    expect(b.viewCookieBytes()).toBeGreaterThan(0);
    const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
    const shown = title(b.html);
    await b.get(b.contentLocation);
    expect(b.status).toBe(200);
    expect(b.html).toContain('name="jurisdiction"');
    expect(title(b.html)).toBe(shown);
  });

  it('walks a whole journey to the downloads through redirects', async () => {
    const b = await atRecords();
    await b.post('/records', { another: 'no' });
    await b.post('/trafficking', TRAFFICKING);
    await b.post('/account', { narrative: 'I was forced to work.' });
    await b.post('/outcome', {});
    await b.post('/about', PERSON);
    expect(b.url).toBe('/check');
    await b.post('/check', {});
    expect(b.url).toBe('/download');
    expect(b.viewCookieBytes()).toBeLessThanOrEqual(CHUNK * MAX_CHUNKS);
  });
});
