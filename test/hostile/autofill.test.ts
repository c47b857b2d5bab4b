import { Walker, NY_RECORD, TRAFFICKING } from '../web/wizard/journey';
import { wizardApp } from '../web/wizard/support';

/** The attributes of the form control with this id. */
function control(html: string, id: string): string {
  const m = new RegExp(`<(?:input|textarea|select)[^>]*\\bid="${id}"[^>]*>`).exec(html);
  if (!m) throw new Error(`no control #${id}`);
  return m[0];
}

async function walkToAccount(w: Walker, who: 'self' | 'attorney' = 'self') {
  await w.get('/');
  await w.post('/start', { who, relief: 'vacatur' });
  await w.post('/where', { jurisdiction: 'US-NY' });
  return w;
}

describe('autofill and spell-checking on a shared device', () => {
  it('keeps the input-purpose tokens on the person’s own identity fields (WCAG 2.2 1.3.5)', async () => {
    const w = await walkToAccount(new Walker(wizardApp()));
    await w.post('/record', NY_RECORD);
    await w.post('/records', { another: 'no' });
    await w.post('/trafficking', TRAFFICKING);
    await w.post('/account', { narrative: 'He took my papers.' });
    await w.post('/outcome', {});
    expect(w.h1).toBe('About you');
    expect(control(w.html, 'legalName')).toContain('autocomplete="name"');
    expect(control(w.html, 'line1')).toContain('autocomplete="address-line1"');
    expect(control(w.html, 'email')).toContain('autocomplete="email"');
    // …and says, before anything is typed, how to keep the browser from saving them.
    expect(w.html).toMatch(/if the browser offers to save these details, choose/);
  });

  it('turns off form history and the browser’s (possibly online) spell-checker on the account', async () => {
    const w = await walkToAccount(new Walker(wizardApp()));
    await w.post('/record', NY_RECORD);
    await w.post('/records', { another: 'no' });
    await w.post('/trafficking', TRAFFICKING);
    expect(w.h1).toMatch(/In your own words|account/i);
    const narrative = control(w.html, 'narrative');
    expect(narrative).toContain('spellcheck="false"');
    expect(narrative).toContain('autocomplete="off"');
  });

  it('does the same on the attorney’s page that holds the account, and leaves the client’s identity out of the attorney’s autofill', async () => {
    const w = new Walker(wizardApp());
    await w.get('/');
    await w.post('/start', { who: 'attorney', relief: 'vacatur' });
    await w.post('/where', { jurisdiction: 'US-CA' });
    await w.post('/records-table', {
      rowCount: '5',
      'rows-0-offense': 'PC 647(b)',
      'rows-0-arrestDate': '05/01/2015',
    });
    expect(w.h1).toBe('About the trafficking');
    const narrative = control(w.html, 'narrative');
    expect(narrative).toContain('spellcheck="false"');
    expect(narrative).toContain('autocomplete="off"');
    await w.post('/trafficking', { ...TRAFFICKING, narrative: 'Account.' });
    await w.post('/outcome', {});
    expect(w.h1).toBe('The client and the attorney');
    // The client's details are not the user's: the attorney's autofill neither fills nor keeps them.
    for (const id of ['legalName', 'line1', 'city', 'postalCode', 'phone', 'email'])
      expect(control(w.html, id)).toContain('autocomplete="off"');
    expect(control(w.html, 'attorneyName')).toContain('autocomplete="name"');
  });
});
