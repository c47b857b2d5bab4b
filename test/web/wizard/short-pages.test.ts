import { wizardApp } from './support';
import { NY_RECORD, TRAFFICKING, Walker } from './journey';

async function atOutcome(who: 'self' | 'attorney') {
  const w = await new Walker(wizardApp()).get('/');
  await w.post('/start', { who, relief: 'vacatur' });
  await w.post('/where', { jurisdiction: 'US-NY' });
  if (who === 'attorney') {
    await w.post('/records-table', {
      rowCount: '5',
      'rows-0-offense': 'PL 230.00',
      'rows-0-arrestDate': '03/01/2012',
      'rows-0-disposition': 'convicted',
      'rows-0-convictionDate': '03/02/2012',
      'rows-0-imprisoned': 'no',
    });
    await w.post('/trafficking', { ...TRAFFICKING, narrative: 'The client was controlled.' });
  } else {
    await w.post('/record', NY_RECORD);
    await w.post('/records', { another: 'no' });
    await w.post('/trafficking', TRAFFICKING);
    await w.post('/account', { narrative: '' });
  }
  return w;
}

describe('the outcome page', () => {
  it('gives one plain line per record and a short list, with the reasons folded away for a lawyer', async () => {
    const w = await atOutcome('self');
    expect(w.h1).toBe('What the law allows');
    const details = w.html.indexOf('<details class="relief-details relief-for-lawyer">');
    expect(details).toBeGreaterThan(0);
    expect(w.html).toMatch(
      /<li class="relief-outcome-line"><span class="usa-tag [^"]+">[^<]+<\/span> Record 1: PL 230.00<\/li>/,
    );
    expect(w.html.indexOf('What you need')).toBeLessThan(details);
    // The reasons, citations and open questions are inside the folded section only.
    expect(w.html.indexOf('<section class="relief-outcome')).toBeGreaterThan(details);
    expect(w.html.indexOf('<cite>')).toBeGreaterThan(details);
    expect(w.html).toContain('For your lawyer: the law, the reasons and open questions');
  });

  it('opens the lawyer section on the attorney path', async () => {
    const w = await atOutcome('attorney');
    expect(w.h1).toBe('What the law allows');
    expect(w.html).toContain('<details class="relief-details relief-for-lawyer" open>');
  });
});

describe('the start page', () => {
  it('puts a short lead and Start before everything else, asks nothing, and folds the rest', async () => {
    for (const [url, start] of [
      ['/', 'Start now'],
      ['/?lang=es', 'Comenzar'],
    ] as const) {
      const w = await new Walker(wizardApp()).get(url);
      const button = w.html.indexOf(`value="continue">${start}</button>`);
      expect(button).toBeGreaterThan(0);
      expect(button).toBeLessThan(w.html.indexOf('<details class="relief-details">'));
      expect(w.html).not.toContain('type="radio"');
    }
  });
});
