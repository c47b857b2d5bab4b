import { dateInWords, dateParts, joinDateParts } from '../../../src/web/wizard/dates';
import { parseNumber } from '../../../src/web/wizard/money';
import { wizardApp } from './support';
import { CRIMINAL_CASE, NY_RECORD, PERIOD, Walker, dateBoxes } from './journey';

async function atRecord(lang: 'en' | 'es' = 'en') {
  const w = await new Walker(wizardApp()).get(lang === 'es' ? '/?lang=es' : '/');
  await w.post('/start', { who: 'self', relief: 'vacatur' });
  await w.post('/where', { jurisdiction: 'US-NY' });
  return w;
}

const boxes = (id: string, day: string, month: string, year: string) => ({
  [`${id}-day`]: day,
  [`${id}-month`]: month,
  [`${id}-year`]: year,
});

describe('dates as day, month and year boxes', () => {
  it('joins the boxes into one typed date, leaving a missing part empty, and leaves a plain field alone', () => {
    const body: Record<string, unknown> = {
      ...boxes('arrestDate', '01', '3', '2012'),
      ...boxes('offenseDate', '', '', ''),
      ...boxes('startDate', '', '6', '2015'),
      convictionDate: '03/02/2012',
    };
    joinDateParts(body);
    expect(body).toMatchObject({
      arrestDate: '3/1/2012',
      offenseDate: '',
      startDate: '6//2015',
      convictionDate: '03/02/2012',
    });
    expect(dateParts('03/01/2012')).toEqual({ day: '1', month: '3', year: '2012' });
    expect(dateParts('2012-03-01')).toEqual({ day: '1', month: '3', year: '2012' });
  });

  it('shows the months by name, in the page language', async () => {
    const w = await atRecord('es');
    expect(w.html).toContain('<option value="3">marzo</option>');
    expect(w.html).toContain('<label class="usa-label" for="arrestDate">Día</label>');
    expect(w.html).toContain('Basta con una fecha aproximada');
  });

  it('accepts a date typed in the boxes, and shows it again in the boxes', async () => {
    const w = await atRecord();
    await w.post('/record', {
      ...NY_RECORD,
      arrestDate: '',
      ...boxes('arrestDate', '1', '3', '2012'),
    });
    expect(w.h1).toBe('Your records');
    await w.post('/records', { _action: 'edit:0' });
    expect(dateBoxes(w.html, 'arrestDate')).toEqual({ day: '1', month: '3', year: '2012' });
  });

  it.each([
    [['30', '2', '2019'], 'The date of arrest must be a real date'],
    [
      ['', '3', '2012'],
      'The date of arrest must include a day. If you do not know it, give your best guess',
    ],
    [['1', '', '2012'], 'The date of arrest must include a month'],
    [['1', '3', ''], 'The date of arrest must include a year'],
    [['1', '3', '12'], 'The year of the date of arrest must have 4 numbers, like 2012'],
  ])('says what is wrong with %j', async ([d, m, y], message) => {
    const w = await atRecord();
    await w.post('/record', { ...NY_RECORD, arrestDate: '', ...boxes('arrestDate', d!, m!, y!) });
    expect(w.title).toMatch(/^Error: /);
    expect(w.html).toContain(`<a href="#arrestDate">${message}`);
  });

  it('says "a real date" in Spanish too, with no day and month swapped', async () => {
    const w = await atRecord('es');
    await w.post('/record', {
      ...NY_RECORD,
      arrestDate: '',
      ...boxes('arrestDate', '5', '6', '2011'),
    });
    await w.post('/records', { _action: 'edit:0' });
    expect(dateBoxes(w.html, 'arrestDate')).toEqual({ day: '5', month: '6', year: '2011' });
    const bad = await atRecord('es');
    await bad.post('/record', {
      ...NY_RECORD,
      arrestDate: '',
      ...boxes('arrestDate', '30', '2', '2019'),
    });
    expect(bad.html).toContain('debe ser una fecha que exista');
  });

  it('writes dates in words on the review pages, in both languages', async () => {
    expect(dateInWords('03/13/2015', 'en')).toBe('March 13, 2015');
    expect(dateInWords('03/13/2015', 'es')).toBe('13 de marzo de 2015');
    expect(dateInWords('not a date', 'es')).toBe('not a date');
    const w = await atRecord('es');
    await w.post('/record', NY_RECORD);
    expect(w.html).toContain('1 de marzo de 2012');
  });
});

describe('hours as people write them', () => {
  it.each([
    ['60 hours', 60],
    ['60 hrs a week', 60],
    ['about 60', 60],
    ['60 horas por semana', 60],
    ['37.5 h', 37.5],
  ])('reads %j as %d', (typed, n) => {
    expect(parseNumber(typed)).toBe(n);
  });

  it('still refuses words that are not a number', () => {
    expect(parseNumber('sixty')).toBeUndefined();
    expect(parseNumber('60 or 70')).toBeUndefined();
  });
});

describe('overlapping periods of work', () => {
  async function withOnePeriod() {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', { who: 'self', relief: 'restitution' });
    await w.post('/where', { jurisdiction: 'US-FED' });
    await w.post('/criminal-case', CRIMINAL_CASE);
    await w.post('/period', PERIOD);
    await w.post('/periods', { another: 'yes' });
    return w;
  }

  it('refuses a period that overlaps another, saying which, so no work is counted twice', async () => {
    const w = await withOnePeriod();
    await w.post('/period', { ...PERIOD, index: '1', start: '03/01/2015', end: '12/31/2015' });
    expect(w.title).toMatch(/^Error: /);
    expect(w.html).toContain(
      '<a href="#start">These dates overlap period of work 1 (January 5, 2015 to June 28, 2015)',
    );
  });

  it('accepts the next period starting the day after, and a period changed in place', async () => {
    const w = await withOnePeriod();
    await w.post('/period', { ...PERIOD, index: '1', start: '06/29/2015', end: '12/31/2015' });
    expect(w.title).not.toMatch(/Error/);
    await w.post('/periods', { _action: 'edit:0' });
    await w.post('/period', { ...PERIOD, index: '0', end: '06/27/2015' });
    expect(w.title).not.toMatch(/Error/);
  });
});
