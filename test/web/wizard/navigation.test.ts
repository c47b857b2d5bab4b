import { wizardApp } from './support';
import { NY_RECORD, PERSON, TRAFFICKING, walkToCheck, Walker, dateBoxes } from './journey';

async function atRecord(lang: 'en' | 'es' = 'en') {
  const w = await new Walker(wizardApp()).get(lang === 'es' ? '/?lang=es' : '/');
  await w.post('/start', { who: 'self', relief: 'vacatur' });
  await w.post('/where', { jurisdiction: 'US-NY' });
  return w;
}

async function atAccount() {
  const w = await atRecord();
  await w.post('/record', NY_RECORD);
  await w.post('/records', { another: 'no' });
  await w.post('/trafficking', TRAFFICKING);
  return w;
}

describe("the page's own Back keeps what was typed", () => {
  it('keeps the account when the person goes back to fix a date, and shows it again', async () => {
    const w = await atAccount();
    await w.post('/account', { narrative: 'He took my papers.', _action: 'back' });
    expect(w.h1).toBe('About the trafficking');
    await w.post('/trafficking', { ...TRAFFICKING, startDate: '02/01/2010' });
    expect(w.h1).toBe('Your account, in your own words');
    expect(w.html).toContain('He took my papers.</textarea>');
  });

  it('keeps a record with a date that does not pass its check yet, and checks it on Continue', async () => {
    const w = await atRecord();
    const feb31 = { 'arrestDate-day': '31', 'arrestDate-month': '2', 'arrestDate-year': '2012' };
    await w.post('/record', { ...NY_RECORD, ...feb31, _action: 'back' });
    expect(w.status).toBe(200);
    await w.post('/where', { jurisdiction: 'US-NY' });
    await w.post('/records', { _action: 'edit:0' });
    expect(dateBoxes(w.html, 'arrestDate')).toEqual({ day: '31', month: '2', year: '2012' });
    expect(w.html).toContain('value="2012QN012345"');
    await w.post('/record', { ...NY_RECORD, ...feb31 });
    expect(w.html).toContain('<a href="#arrestDate">The date of arrest must be a real date</a>');
  });

  it('does not add an empty new record on Back', async () => {
    const w = await atRecord();
    await w.post('/record', { offense: '', _action: 'back' });
    expect(w.h1).toBe('Where is the court of the record?');
    await w.post('/where', { jurisdiction: 'US-NY' });
    expect(w.h1).toBe('Record 1');
  });

  it('does not empty a saved record when its page is cleared and Back is used', async () => {
    const w = await atRecord();
    await w.post('/record', NY_RECORD);
    await w.post('/records', { _action: 'edit:0' });
    await w.post('/record', { index: '0', _action: 'back' });
    expect(w.h1).toBe('Your records');
    expect(w.html).toContain('Record 1: PL 230.00');
  });

  it('keeps the trafficking answers typed on the page, even half-done', async () => {
    const w = await atRecord();
    await w.post('/record', NY_RECORD);
    await w.post('/records', { another: 'no' });
    await w.post('/trafficking', { types: ['labor'], startDate: '2011', _action: 'back' });
    await w.post('/records', { another: 'no' });
    expect(w.h1).toBe('About the trafficking');
    expect(w.html).toContain('value="2011"');
    expect(w.html).toMatch(/value="labor" checked/);
  });
});

describe('removing a record', () => {
  it('asks first, keeps the record on "No", and removes it only on "Yes"', async () => {
    const w = await atRecord();
    await w.post('/record', NY_RECORD);
    await w.post('/records', { _action: 'remove:0' });
    expect(w.h1).toBe('Remove Record 1?');
    expect(w.html).toContain('PL 230.00, 03/01/2012');
    expect(w.title).not.toMatch(/Remove/);
    await w.post('/records', { _action: 'keep' });
    expect(w.h1).toBe('Your records');
    expect(w.html).toContain('Record 1: PL 230.00');
    await w.post('/records', { _action: 'remove:0' });
    await w.post('/records', { _action: 'remove:0', confirm: 'yes' });
    // The list is empty, so the first record is asked for again.
    expect(w.h1).toBe('Record 1');
    expect(w.html).not.toContain('2012QN012345');
  });

  it('asks in Spanish', async () => {
    const w = await atRecord('es');
    await w.post('/record', NY_RECORD);
    await w.post('/records', { _action: 'remove:0' });
    expect(w.h1).toBe('¿Quitar Antecedente 1?');
    expect(w.html).toContain('No, conservarlo');
  });
});

describe('"Change" from the check page', () => {
  it('returns to the check page after changing the person', async () => {
    const w = await walkToCheck(new Walker(wizardApp()));
    await w.post('/check', { _action: 'change:about' });
    expect(w.h1).toBe('About you');
    await w.post('/about', { ...PERSON, city: 'Troy' });
    expect(w.h1).toBe('Check your answers');
    expect(w.html).toContain('Troy');
  });

  it('goes from a changed record to what the law now says, then to the check page, not the list', async () => {
    const w = await walkToCheck(new Walker(wizardApp()));
    await w.post('/check', { _action: 'change:record:0' });
    expect(w.h1).toBe('Record 1');
    await w.post('/record', { ...NY_RECORD, index: '0', docketNumber: 'CHANGED' });
    expect(w.h1).toBe('What the law allows');
    await w.post('/outcome', {});
    expect(w.h1).toBe('Check your answers');
    expect(w.html).toContain('CHANGED');
  });
});

describe('a lost CSRF cookie', () => {
  it('gets the neutral expired page and never the answers: the draft is bound to the cookie', async () => {
    const w = await atAccount();
    w.cookie = '';
    await w.post(
      '/account',
      { narrative: 'Kept through a lost cookie.' },
      { origin: 'http://relief.example', host: 'relief.example' },
    );
    expect(w.status).toBe(403);
    expect(w.html).not.toContain('Kept through a lost cookie.');
    expect(w.html).toContain('Start again');
  });

  it('refuses a post from another site the same way', async () => {
    const w = await atAccount();
    w.cookie = '';
    await w.post('/account', { narrative: 'x' }, { origin: 'https://evil.example' });
    expect(w.status).toBe(403);
    expect(w.html).not.toContain('x</textarea>');
  });
});
