import { inflateRawSync } from 'node:zlib';
import request from 'supertest';
import { decodeDraft, DRAFT_MAX_AGE_MS, encodeDraft } from '../../src/web/wizard/codec';
import { emptyDraft } from '../../src/web/wizard/draft';
import { PERSON, walkToCheck, Walker } from '../web/wizard/journey';
import { SECRET, wizardApp } from '../web/wizard/support';

/** What someone holding the page source (or a stored form body) could read without the key. */
function readableWithoutKey(token: string): string {
  const text = [token];
  for (const part of token.split('.')) {
    const bytes = Buffer.from(part, 'base64url');
    text.push(bytes.toString('utf8'));
    try {
      text.push(inflateRawSync(bytes).toString('utf8'));
    } catch {
      // not compressed plain text
    }
  }
  return text.join('\n');
}

async function walkToAbout() {
  const w = new Walker(wizardApp());
  await walkToCheck(w);
  // walkToCheck ends on "Check your answers"; step back to the About-you form to keep its body.
  await w.post('/check', { _action: 'back' });
  expect(w.h1).not.toBe('Check your answers');
  return w;
}

describe('the draft in the page', () => {
  it('reveals none of the answers without the server key', async () => {
    const w = new Walker(wizardApp());
    await walkToCheck(w);
    expect(w.h1).toBe('Check your answers');
    const readable = readableWithoutKey(w.hidden('draft'));
    for (const answer of [PERSON.legalName, PERSON.line1, PERSON.email, 'He took my papers'])
      expect(readable).not.toContain(answer);
  });

  it('is refused when another browser sends it with its own cookie and token', async () => {
    const a = new Walker(wizardApp());
    await walkToCheck(a);
    const b = await new Walker(wizardApp()).get('/');
    const res = await request(b.app)
      .post('/check')
      .type('form')
      .set('Cookie', b.cookie)
      .send(new URLSearchParams({ _csrf: b.hidden('_csrf'), draft: a.hidden('draft') }).toString());
    expect(res.status).toBe(400);
    expect(res.text).not.toContain(PERSON.legalName);
  });
});

describe('quick exit', () => {
  it('goes through /exit, which clears the site data and the form cookie and leaves for a neutral site', async () => {
    const w = new Walker(wizardApp());
    await w.get('/');
    expect(w.html).toMatch(/href="\/exit"[^>]*data-quick-exit/);
    const res = await request(w.app).get('/exit').set('Cookie', w.cookie);
    expect(res.status).toBe(303);
    expect(res.headers['location']).toBe('https://www.weather.gov/');
    expect(res.headers['clear-site-data']).toBe('"cache", "cookies", "storage"');
    const cleared = (res.headers['set-cookie'] as unknown as string[]).join('\n');
    expect(cleared).toMatch(/^csrf=;.*Expires=Thu, 01 Jan 1970/m);
    expect(cleared).toMatch(/^__Host-csrf=;.*Secure/m);
  });

  it('leaves nothing that Back can show: the re-sent form is refused with a page that shows no answer', async () => {
    const w = await walkToAbout();
    const form = new URLSearchParams({ ...w.state(), ...PERSON }).toString();
    const resend = (cookie: string) =>
      request(w.app).post('/about').type('form').set('Cookie', cookie).send(form);
    // Before quick exit, Back + resend shows the answers again (what a browser does).
    const before = await resend(w.cookie);
    expect(before.text).toContain('Check your answers');
    await request(w.app).get('/exit').set('Cookie', w.cookie);
    // The browser has dropped the cookie: the resent form is refused.
    const after = await resend('');
    expect(after.status).toBe(403);
    expect(after.text).not.toContain(PERSON.legalName);
    expect(after.text).not.toContain('Check your answers');
    // The site was opened again (a new cookie) and the old form resent: still refused.
    const again = await new Walker(wizardApp()).get('/');
    const withNew = await resend(again.cookie);
    expect(withNew.status).toBe(403);
    expect(withNew.text).not.toContain(PERSON.legalName);
    // Even with the new token typed into the old form, the old draft cannot be read.
    const edited = await request(w.app)
      .post('/about')
      .type('form')
      .set('Cookie', again.cookie)
      .send(
        new URLSearchParams({ ...w.state(), ...PERSON, _csrf: again.hidden('_csrf') }).toString(),
      );
    expect(edited.status).toBe(400);
    expect(edited.text).not.toContain(PERSON.legalName);
  });
});

describe('the draft codec', () => {
  const draft = { ...emptyDraft('en'), who: 'self' as const, jurisdiction: 'US-NY' };
  const made = Date.UTC(2026, 5, 1, 12);

  it('reads back a draft within its maximum age with the same cookie', () => {
    const token = encodeDraft(draft, SECRET, 'cookie-a', made);
    expect(decodeDraft(token, SECRET, 'cookie-a', made + DRAFT_MAX_AGE_MS)).toMatchObject(draft);
  });

  it('refuses a draft past its maximum age', () => {
    const token = encodeDraft(draft, SECRET, 'cookie-a', made);
    expect(decodeDraft(token, SECRET, 'cookie-a', made + DRAFT_MAX_AGE_MS + 1)).toBeUndefined();
  });

  it('refuses a draft bound to another cookie', () => {
    const token = encodeDraft(draft, SECRET, 'cookie-a', made);
    expect(decodeDraft(token, SECRET, 'cookie-b', made)).toBeUndefined();
  });

  it('refuses a draft with one byte changed', () => {
    const token = encodeDraft(draft, SECRET, 'cookie-a', made);
    const raw = Buffer.from(token, 'base64url');
    raw[20] = (raw[20] ?? 0) ^ 1;
    expect(decodeDraft(raw.toString('base64url'), SECRET, 'cookie-a', made)).toBeUndefined();
  });
});
