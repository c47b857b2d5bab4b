import request from 'supertest';
import { parseCase } from '../../../src/domain/parse-case';
import { fakePool, TODAY, wizardApp } from './support';
import {
  CRIMINAL_CASE,
  LOSS,
  PERIOD,
  PERSON,
  walkRestitutionToCheck,
  walkRestitutionToClaim,
  Walker,
  dateBoxes,
} from './journey';

async function atWhere(who: 'self' | 'attorney' = 'self', lang: 'en' | 'es' = 'en') {
  const w = await new Walker(wizardApp()).get(lang === 'es' ? '/?lang=es' : '/');
  await w.post('/start', { who, relief: 'restitution' });
  return w;
}

async function atPeriod(jurisdiction = 'US-FED', lang: 'en' | 'es' = 'en') {
  const w = await atWhere('self', lang);
  await w.post('/where', { jurisdiction });
  await w.post('/criminal-case', CRIMINAL_CASE);
  return w;
}

describe('choosing restitution on the start page', () => {
  it('asks again what the person wants when it is not answered', async () => {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', {});
    await w.post('/who', { who: 'self' });
    await w.post('/relief', {});
    expect(w.title).toMatch(/^Error: /);
    expect(w.html).toContain('<a href="#relief">Choose what you want to ask a court for</a>');
    expect(w.html).toContain('id="relief-error"');
  });

  it('offers clearing a record and restitution, and moves on to where the criminal case is', async () => {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', {});
    await w.post('/who', { who: 'self' });
    expect(w.html).toContain('value="restitution"');
    await w.post('/relief', { relief: 'restitution' });
    expect(w.h1).toBe('Where is the criminal case against the trafficker?');
    expect(w.html).toContain(
      'Mandatory restitution for trafficking offenses under 18 U.S.C. § 1593',
    );
    expect(w.html).toContain('Cal. Penal Code § 1202.4(p)');
  });
});

describe('where, for restitution', () => {
  it('says honestly that New York has no restitution request here yet, and what may help', async () => {
    const w = await atWhere();
    expect(w.html).toContain('This tool cannot prepare a restitution request here yet.');
    await w.post('/where', { jurisdiction: 'US-NY' });
    expect(w.h1).toBe('We cannot prepare a restitution request for New York yet');
    expect(w.html).toContain('18 U.S.C. § 1595');
    expect(w.html).toContain('legalaidnyc.org');
    await w.post('/where', { _action: 'change:where' });
    expect(w.h1).toBe('Where is the criminal case against the trafficker?');
  });

  it('asks again when nothing is chosen', async () => {
    const w = await atWhere();
    await w.post('/where', {});
    expect(w.title).toMatch(/^Error: /);
    expect(w.html).toContain('<a href="#jurisdiction">Choose where the court is</a>');
  });
});

describe('the criminal case', () => {
  it('needs the court, the case number and at least one defendant, keeping what was typed', async () => {
    const w = await atWhere();
    await w.post('/where', { jurisdiction: 'US-FED' });
    expect(w.h1).toBe('The criminal case against the trafficker');
    await w.post('/criminal-case', { court: '', caseNumber: '1:19-cr-00123', defendants: '  \n ' });
    expect(w.title).toMatch(/^Error: /);
    expect(w.html).toContain('<a href="#court">Enter the court of the criminal case</a>');
    expect(w.html).toContain('<a href="#defendants">Enter at least one defendant</a>');
    expect(w.html).toContain('value="1:19-cr-00123"');
  });

  it('takes one defendant per line and goes to the first period of work', async () => {
    const w = await atPeriod();
    expect(w.h1).toBe('Period of work 1');
    expect(w.title).not.toMatch(/Error/);
  });

  it('goes back to where', async () => {
    const w = await atWhere();
    await w.post('/where', { jurisdiction: 'US-FED' });
    await w.post('/criminal-case', { _action: 'back' });
    expect(w.h1).toBe('Where is the criminal case against the trafficker?');
  });
});

describe('a period of work', () => {
  it('accepts money typed as "$84,000" or "1200.50" and shows it as the papers will', async () => {
    const w = await atPeriod();
    await w.post('/period', { ...PERIOD, paidToVictim: '1200.5' });
    expect(w.h1).toBe('Your periods of work');
    expect(w.html).toContain('You have added 1 period of work.');
    expect(w.html).toContain('$84,000.00');
    expect(w.html).toContain('$1,200.50');
  });

  it('refuses 200 hours a week, 8 days, money it cannot read, a negative amount and an end before the start', async () => {
    const w = await atPeriod();
    await w.post('/period', {
      ...PERIOD,
      end: '01/01/2015',
      hoursPerWeek: '200',
      daysPerWeek: '8',
      grossToDefendant: '$84,00.00',
      paidToVictim: '-5',
    });
    expect(w.title).toMatch(/^Error: /);
    expect(w.html).toContain(
      '<a href="#hoursPerWeek">Enter the hours worked in a usual week as a number from 1 to 168</a>',
    );
    expect(w.html).toContain(
      '<a href="#daysPerWeek">Enter the days worked in a usual week as a whole number from 1 to 7</a>',
    );
    expect(w.html).toContain(
      '<a href="#grossToDefendant">Enter what the trafficker took as an amount in dollars, with a point for the cents, like 1200.50 or $1,200.50</a>',
    );
    expect(w.html).toContain(
      '<a href="#paidToVictim">What you were paid cannot be less than $0</a>',
    );
    expect(w.html).toContain(
      '<a href="#end">The last day of the period must be on or after the first day</a>',
    );
    expect(w.html).toContain('value="$84,00.00"');
    expect(w.html).toContain('value="200"');
  });

  it('accepts the edges: 168 hours and 7 days; refuses 0 hours', async () => {
    const w = await atPeriod();
    await w.post('/period', { ...PERIOD, hoursPerWeek: '0' });
    expect(w.html).toContain('href="#hoursPerWeek"');
    await w.post('/period', { ...PERIOD, hoursPerWeek: '168', daysPerWeek: '7' });
    expect(w.h1).toBe('Your periods of work');
  });

  it('asks California for the market rate per hour, and the federal court does not', async () => {
    const fed = await atPeriod('US-FED');
    expect(fed.html).not.toContain('id="marketRatePerHour"');
    const ca = await atPeriod('US-CA');
    expect(ca.html).toContain('id="marketRatePerHour"');
    await ca.post('/period', { ...PERIOD, marketRatePerHour: 'about 20' });
    expect(ca.html).toContain('href="#marketRatePerHour"');
    await ca.post('/period', { ...PERIOD, marketRatePerHour: '$25' });
    expect(ca.html).toContain('Market rate per hour');
    expect(ca.html).toContain('$25.00');
  });

  it('adds another, changes one and removes one from the summary', async () => {
    const w = await atPeriod();
    await w.post('/period', PERIOD);
    await w.post('/periods', {});
    expect(w.html).toContain('<a href="#another">Choose whether to add another period of work</a>');
    await w.post('/periods', { another: 'yes' });
    expect(w.h1).toBe('Period of work 2');
    await w.post('/period', {
      ...PERIOD,
      index: '1',
      start: '07/01/2015',
      end: '12/31/2015',
      grossToDefendant: '5000',
    });
    expect(w.html).toContain('You have added 2 periods of work.');
    await w.post('/periods', { _action: 'edit:1' });
    expect(w.h1).toBe('Period of work 2');
    expect(w.html).toContain('value="5000.00"');
    await w.post('/period', {
      ...PERIOD,
      index: '1',
      start: '07/01/2015',
      end: '12/31/2015',
      grossToDefendant: '6000',
    });
    expect(w.html).toContain('$6,000.00');
    await w.post('/periods', { _action: 'remove:0', confirm: 'yes' });
    expect(w.html).toContain('You have added 1 period of work.');
    expect(w.html).not.toContain('$84,000.00');
  });

  it('goes back from the first period to the criminal case', async () => {
    const w = await atPeriod();
    await w.post('/period', { _action: 'back' });
    expect(w.h1).toBe('The criminal case against the trafficker');
  });
});

describe('losses', () => {
  async function atLosses() {
    const w = await atPeriod();
    await w.post('/period', PERIOD);
    await w.post('/periods', { another: 'no' });
    return w;
  }

  it('lists the kinds of loss and may be left with none', async () => {
    const w = await atLosses();
    expect(w.h1).toBe('Your losses');
    expect(w.html).toContain('You have not added any losses.');
    expect(w.html).toContain('Do you want to add a loss?');
    await w.post('/losses', {});
    expect(w.html).toContain('<a href="#another">Choose whether to add a loss</a>');
    await w.post('/losses', { another: 'no' });
    expect(w.h1).toBe('What you can ask for');
  });

  it('needs a kind, what it was for and an amount over $0, keeping what was typed', async () => {
    const w = await atLosses();
    await w.post('/losses', { another: 'yes' });
    expect(w.h1).toBe('Loss 1');
    await w.post('/loss', {
      category: '',
      description: 'Bus fares',
      amount: 'twelve',
      start: '',
      end: '',
    });
    expect(w.html).toContain('<a href="#category">Choose the kind of loss</a>');
    expect(w.html).toContain(
      '<a href="#amount">Enter the amount of the loss as an amount in dollars, with a point for the cents, like 1200.50 or $1,200.50</a>',
    );
    expect(w.html).toContain('value="Bus fares"');
    await w.post('/loss', { ...LOSS, amount: '0' });
    expect(w.html).toContain('<a href="#amount">Enter the amount of the loss: more than $0</a>');
    await w.post('/loss', { ...LOSS, start: '03/01/2016', end: '02/01/2016' });
    expect(w.html).toContain('The last day of the loss must be on or after the first day');
  });

  it('adds a loss, changes it and removes it', async () => {
    const w = await atLosses();
    await w.post('/losses', { another: 'yes' });
    await w.post('/loss', LOSS);
    expect(w.html).toContain('You have added 1 loss.');
    expect(w.html).toContain('$4,800.00');
    expect(w.html).toContain('Do you want to add another loss?');
    await w.post('/losses', { _action: 'edit:0' });
    expect(w.html).toContain('value="Counseling, 40 sessions"');
    await w.post('/loss', { ...LOSS, index: '0', amount: '5000' });
    expect(w.html).toContain('$5,000.00');
    await w.post('/losses', { _action: 'remove:0', confirm: 'yes' });
    expect(w.h1).toBe('Your losses');
    expect(w.html).toContain('You have not added any losses.');
  });

  it('goes back from a loss to the losses, and from the losses to the periods', async () => {
    const w = await atLosses();
    await w.post('/losses', { another: 'yes' });
    await w.post('/loss', { _action: 'back' });
    expect(w.h1).toBe('Your losses');
    await w.post('/losses', { _action: 'back' });
    expect(w.h1).toBe('Your periods of work');
  });
});

describe('what you can ask for', () => {
  it('shows each measure, the greater one, each loss and the total, with the doubled wage only as an alternative', async () => {
    const w = await walkRestitutionToClaim(new Walker(wizardApp()));
    expect(w.h1).toBe('What you can ask for');
    const text = w.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    // 25 weeks × (40 h × $7.25 + 30 h × $10.875) = $15,406.25; the $84,000 taken is greater.
    expect(text).toContain(
      'what the trafficker took (gross income) Highest 18 U.S.C. § 1593(b)(3)',
    );
    expect(text).toContain(
      'the federal minimum wage and overtime for your hours 18 U.S.C. § 1593(b)(3) $15,406.25',
    );
    expect(text).toContain('The highest is what the trafficker took (gross income): $84,000.00.');
    expect(text).toContain('Counseling, 40 sessions');
    expect(w.html).toContain('data-total>$88,800.00<');
    expect(text).toContain(
      'Doubled, it is $30,812.50, still not the highest measure, so the total would not change.',
    );
  });

  it('shows the doubled wage and the total it would make when it would be the highest, without adding it', async () => {
    const w = await atPeriod();
    await w.post('/period', { ...PERIOD, grossToDefendant: '1000' });
    await w.post('/periods', { another: 'no' });
    await w.post('/losses', { another: 'no' });
    const text = w.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Doubled, it is $30,812.50, and the total would be $30,812.50.');
    expect(text).toContain('This is not part of what your papers ask for.');
    expect(w.html).toContain('data-total>$15,406.25<');
  });

  it('shows the minimum wage as the greater measure when the trafficker took less', async () => {
    const w = await atPeriod();
    await w.post('/period', { ...PERIOD, grossToDefendant: '1000' });
    await w.post('/periods', { another: 'no' });
    await w.post('/losses', { another: 'no' });
    expect(w.html).toContain(
      'The highest is the federal minimum wage and overtime for your hours: $15,406.25.',
    );
    expect(w.html).toContain('data-total>$15,406.25<');
  });

  it('goes back to the losses', async () => {
    const w = await walkRestitutionToClaim(new Walker(wizardApp()));
    await w.post('/claim', { _action: 'back' });
    expect(w.h1).toBe('Your losses');
  });
});

describe('check your answers and download, for restitution', () => {
  it('lists the case, the periods and the losses, each with a Change link that comes back', async () => {
    const w = await walkRestitutionToCheck(new Walker(wizardApp()));
    expect(w.h1).toBe('Check your answers');
    expect(w.html).toContain('1:19-cr-00123');
    expect(w.html).toContain('John Doe, Richard Roe');
    expect(w.html).toContain('value="change:period:0"');
    expect(w.html).toContain('value="change:loss:0"');
    await w.post('/check', { _action: 'change:criminal-case' });
    expect(w.h1).toBe('The criminal case against the trafficker');
    await w.post('/criminal-case', { ...CRIMINAL_CASE, caseNumber: '1:19-cr-00999' });
    expect(w.h1).toBe('Check your answers');
    expect(w.html).toContain('1:19-cr-00999');
  });

  it('changes a period from check your answers, and shows the new figures before coming back', async () => {
    const w = await walkRestitutionToCheck(new Walker(wizardApp()));
    await w.post('/check', { _action: 'change:period:0' });
    expect(w.h1).toBe('Period of work 1');
    expect(w.html).toContain('value="84000.00"');
    await w.post('/period', { ...PERIOD, index: '0', grossToDefendant: '90000' });
    await w.post('/periods', { another: 'no' });
    expect(w.h1).toBe('What you can ask for');
    await w.post('/claim', {});
    expect(w.h1).toBe('Check your answers');
    expect(w.html).toContain('$90,000.00');
  });

  it('makes the packet from a restitution case with the figures as numbers', async () => {
    const pool = fakePool();
    const w = await walkRestitutionToCheck(new Walker(wizardApp({ pool })));
    await w.post('/check', {});
    expect(w.h1).toBe('Your papers are ready to make');
    await w.post('/download', { _action: 'pdf' });
    expect(w.status).toBe(200);
    const c = pool.calls[0]!.case;
    expect(c.relief).toBe('restitution');
    expect(c.jurisdiction).toBe('US-FED');
    expect(c.convictions).toEqual([]);
    expect(c.restitution).toMatchObject({
      caseNumber: '1:19-cr-00123',
      defendants: ['John Doe', 'Richard Roe'],
      periods: [
        {
          start: '2015-01-05',
          end: '2015-06-28',
          hoursPerWeek: 70,
          daysPerWeek: 7,
          grossToDefendant: 84000,
          paidToVictim: 0,
        },
      ],
      losses: [{ category: 'therapy', description: 'Counseling, 40 sessions', amount: 4800 }],
    });
    expect(c.representation).toEqual({ mode: 'self' });
  });

  it('asks an attorney for their details and puts them on the case, so the packet adds the motion', async () => {
    const pool = fakePool();
    const w = await walkRestitutionToClaim(new Walker(wizardApp({ pool })), { who: 'attorney' });
    await w.post('/claim', {});
    expect(w.h1).toBe('The client and the attorney');
    await w.post('/about', PERSON);
    expect(w.html).toContain('<a href="#barNumber">Enter the bar number</a>');
    await w.post('/about', { ...PERSON, attorneyName: 'Ana Ruiz', barNumber: '123456' });
    expect(w.h1).toBe('Check your answers');
    expect(w.html).toContain('Ana Ruiz');
    await w.post('/check', {});
    await w.post('/download', { _action: 'docx' });
    expect(pool.calls[0]!.case.representation).toMatchObject({
      mode: 'attorney',
      attorney: { name: 'Ana Ruiz', barNumber: '123456' },
    });
  });

  it('saves a restitution case file the engine reads, and continues from it', async () => {
    const w = await walkRestitutionToCheck(new Walker(wizardApp()));
    const saved = await request(w.app)
      .post('/check')
      .type('form')
      .set('Cookie', w.cookie)
      .send(new URLSearchParams({ ...w.state(), _action: 'save' }).toString());
    const parsed = parseCase(JSON.parse(saved.text), TODAY);
    expect(parsed.ok && parsed.value.restitution?.periods[0]?.grossToDefendant).toBe(84000);
    const fresh = await new Walker(w.app).get('/');
    const res = await request(w.app)
      .post('/continue')
      .set('Cookie', fresh.cookie)
      .field('_csrf', fresh.hidden('_csrf'))
      .field('lang', 'en')
      .attach('savedFile', Buffer.from(saved.text), {
        filename: 'relief-answers.json',
        contentType: 'application/json',
      });
    expect(res.text).toContain('<h1>What you can ask for</h1>');
    expect(res.text).toContain('data-total>$88,800.00<');
  });

  it('sends a post that skips ahead back to the first unanswered step', async () => {
    const w = await atWhere();
    await w.post('/where', { jurisdiction: 'US-FED' });
    await w.post('/claim', {});
    expect(w.h1).toBe('The criminal case against the trafficker');
  });
});

describe('restitution in Spanish', () => {
  it('translates the pages and the errors', async () => {
    const w = await atPeriod('US-FED', 'es');
    expect(w.h1).toBe('Período de trabajo 1');
    await w.post('/period', { ...PERIOD, hoursPerWeek: '200', grossToDefendant: 'mucho' });
    expect(w.title).toMatch(/^Error: /);
    expect(w.html).toContain(
      'Escriba las horas trabajadas en una semana normal como un número del 1 al 168',
    );
    expect(w.html).toContain(
      'Escriba lo que se quedó el tratante en dólares, con punto para los centavos',
    );
  });

  it('shows the computation in Spanish with the loss kind from the pack', async () => {
    const w = await walkRestitutionToClaim(new Walker(wizardApp()), { lang: 'es' });
    expect(w.h1).toBe('Lo que puede pedir');
    expect(w.html).toContain('Terapia y rehabilitación');
    expect(w.html).toContain(
      'La más alta es lo que se quedó el tratante (ingreso bruto): $84,000.00.',
    );
  });
});

describe('the language switch', () => {
  it('submits the page’s own form, so a half-typed page is kept in the other language without errors', async () => {
    const w = await atPeriod();
    expect(w.html).toMatch(/<button type="submit" form="step-form" name="_action" value="lang:es"/);
    expect(w.html).toContain('<form id="step-form"');
    await w.post('/period', {
      start: '01/05/2015',
      hoursPerWeek: '70',
      grossToDefendant: '$84,000',
      _action: 'lang:es',
    });
    expect(w.h1).toBe('Período de trabajo 1');
    expect(w.title).not.toMatch(/Error/);
    expect(dateBoxes(w.html, 'start')).toEqual({ day: '5', month: '1', year: '2015' });
    expect(w.html).toContain('value="$84,000"');
    expect(w.html).toContain('<html lang="es">');
  });

  it('keeps a half-typed record on the clearing path too, and switches back', async () => {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', { who: 'self', relief: 'vacatur' });
    await w.post('/where', { jurisdiction: 'US-NY' });
    await w.post('/record', { offense: 'PL 230.00', county: 'Queens', _action: 'lang:es' });
    expect(w.h1).toBe('Antecedente 1');
    expect(w.html).toContain('value="PL 230.00"');
    expect(w.html).toContain('value="Queens"');
    await w.post('/record', { offense: 'PL 230.00', county: 'Kings', _action: 'lang:en' });
    expect(w.h1).toBe('Record 1');
    expect(w.html).toContain('value="Kings"');
  });

  it('keeps the choice made on the who and what pages', async () => {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', {});
    await w.post('/who', { who: 'attorney', _action: 'lang:es' });
    expect(w.html).toContain('<html lang="es">');
    expect(w.html).toMatch(/id="who-attorney"[^>]*value="attorney" checked/);
    await w.post('/who', { who: 'attorney' });
    await w.post('/relief', { relief: 'restitution', _action: 'lang:en' });
    expect(w.html).toContain('<html lang="en">');
    expect(w.html).toMatch(/id="relief-restitution"[^>]*value="restitution" checked/);
  });

  it('still works from a page with no form of its own', async () => {
    const w = await atWhere();
    await w.post('/where', { jurisdiction: 'US-NY' });
    expect(w.html).not.toContain('form="step-form"');
    expect(w.html).toContain('name="_action" value="lang"');
  });
});
