import request from 'supertest';
import { parseCase } from '../../../src/domain/parse-case';
import { DISPOSITIONS, type Case } from '../../../src/domain/case-schema';
import { decodeDraft, encodeDraft } from '../../../src/web/wizard/codec';
import { emptyDraft, type Draft } from '../../../src/web/wizard/draft';
import {
  CASE_ENDS,
  courtChoiceOf,
  courtName,
  recordQuestionsOf,
} from '../../../src/web/wizard/record-questions';
import { draftToCaseInput } from '../../../src/web/wizard/to-case';
import { NY_RECORD, PERSON, TRAFFICKING, Walker, dateBoxes } from './journey';
import { SECRET, TODAY, packs, wizardApp } from './support';

const NY_ASKS = () => recordQuestionsOf(packs().get('US-NY'));
const nyCourtOf = (court: string) => courtChoiceOf(NY_ASKS(), court);

async function atRecord(jurisdiction = 'US-NY', lang: 'en' | 'es' = 'en'): Promise<Walker> {
  const w = await new Walker(wizardApp()).get(lang === 'es' ? '/?lang=es' : '/');
  await w.post('/start', { who: 'self', relief: 'vacatur' });
  await w.post('/where', { jurisdiction });
  return w;
}

const FED_RECORD = {
  ...NY_RECORD,
  offense: '18 U.S.C. § 1952',
  description: 'Travel Act',
  courtKind: '',
  court: 'United States District Court for the Southern District of New York',
  county: '',
  arrestPlace: 'Newark, New Jersey',
  childVictim: 'no',
};

/** From the records summary on to check your answers. */
async function finish(w: Walker, trafficking: Record<string, string | string[]> = TRAFFICKING) {
  await w.post('/records', { another: 'no' });
  await w.post('/trafficking', trafficking);
  await w.post('/account', { narrative: 'He controlled me.' });
  await w.post('/outcome', {});
  await w.post('/about', PERSON);
  return w;
}

async function saved(w: Walker): Promise<{ text: string; case: Case }> {
  const res = await request(w.app)
    .post('/check')
    .type('form')
    .set('Cookie', w.cookie)
    .send(new URLSearchParams({ ...w.state(), _action: 'save' }).toString());
  const parsed = parseCase(JSON.parse(res.text), TODAY);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return { text: res.text, case: parsed.value };
}

/** Upload a saved file on a fresh start page, as a person continuing another day would. */
async function continueFrom(w: Walker, text: string, lang: 'en' | 'es' = 'en'): Promise<Walker> {
  const fresh = await new Walker(w.app).get(lang === 'es' ? '/?lang=es' : '/');
  const res = await request(w.app)
    .post('/continue')
    .set('Cookie', fresh.cookie)
    .field('_csrf', fresh.hidden('_csrf'))
    .field('lang', lang)
    .attach('savedFile', Buffer.from(text), {
      filename: 'relief-answers.json',
      contentType: 'application/json',
    });
  fresh.html = res.text;
  fresh.status = res.status;
  return fresh;
}

describe('how the case ended', () => {
  it('offers every disposition of the case schema, and a conviction', () => {
    expect([...CASE_ENDS].sort()).toEqual(['convicted', ...DISPOSITIONS].sort());
  });

  it('is asked on every record, with a guilty plea worded as a conviction', async () => {
    const w = await atRecord();
    expect(w.html).toContain('How did the case end?');
    expect(w.html).toContain('I was found guilty, or I pleaded guilty');
    expect(w.html).toContain('This is a conviction, even if the only sentence was a fine.');
    expect(w.html).toContain('It was dismissed because the prosecutor (the Government) asked');
    expect(w.html).not.toContain('Were you convicted?');
  });

  it('is asked in Spanish too', async () => {
    const w = await atRecord('US-NY', 'es');
    expect(w.html).toContain('¿Cómo terminó el caso?');
    expect(w.html).toContain('Me declaré culpable, o me encontraron culpable');
    expect(w.html).toContain('¿Le impusieron una pena de prisión o cárcel por esto?');
  });

  it('must be answered', async () => {
    const w = await atRecord();
    await w.post('/record', { ...NY_RECORD, disposition: '' });
    expect(w.h1).toBe('Record 1');
    expect(w.html).toContain('<a href="#disposition">Choose how the case ended</a>');
  });

  it('asks the prison question for a conviction, and refuses no answer', async () => {
    const w = await atRecord();
    await w.post('/record', { ...NY_RECORD, imprisoned: '' });
    expect(w.html).toContain(
      '<a href="#imprisoned">Choose whether you were sentenced to prison or jail</a>',
    );
    await w.post('/record', { ...NY_RECORD, imprisoned: 'yes' });
    expect(w.h1).toBe('Your records');
    expect(w.html).toContain('Sentenced to prison or jail');
    const c = (await saved(await finish(w))).case;
    expect(c.convictions[0]).toMatchObject({ convictionDate: '2012-03-02', imprisoned: true });
    expect(c.convictions[0]?.disposition).toBeUndefined();
  });

  it('keeps no conviction date or prison answer for a dismissed case, whatever was typed', async () => {
    const w = await atRecord();
    await w.post('/record', { ...NY_RECORD, disposition: 'dismissed', imprisoned: 'yes' });
    expect(w.h1).toBe('Your records');
    expect(w.html).toContain('Dismissed');
    const c = (await saved(await finish(w))).case;
    expect(c.convictions[0]).toMatchObject({ convictionDate: null, disposition: 'dismissed' });
    expect(c.convictions[0]?.imprisoned).toBeUndefined();
  });

  it('asks the conviction date only when convicted, and refuses a missing one', async () => {
    const w = await atRecord();
    await w.post('/record', { ...NY_RECORD, convictionDate: '' });
    expect(w.html).toContain('<a href="#convictionDate">Enter the date of conviction</a>');
  });
});

describe('the date of the offense', () => {
  it('is optional, and kept when given', async () => {
    const w = await atRecord();
    expect(w.html).toContain('When did the offense happen, if different from the arrest date?');
    await w.post('/record', { ...NY_RECORD, offenseDate: '02/20/2012' });
    expect(w.h1).toBe('Your records');
    const c = (await saved(await finish(w))).case;
    expect(c.convictions[0]?.offenseDate).toBe('2012-02-20');
  });

  it('cannot be after the arrest, in English or Spanish', async () => {
    const w = await atRecord();
    await w.post('/record', { ...NY_RECORD, offenseDate: '03/05/2012' });
    expect(w.html).toContain(
      '<a href="#offenseDate">The date of the offense must be on or before the date of arrest</a>',
    );
    expect(dateBoxes(w.html, 'offenseDate')).toEqual({ day: '5', month: '3', year: '2012' });
    const es = await atRecord('US-NY', 'es');
    await es.post('/record', { ...NY_RECORD, offenseDate: 'ayer' });
    expect(es.html).toContain('<a href="#offenseDate">Escriba la fecha de los hechos');
  });
});

describe('which New York court', () => {
  it('is asked with choices, "I don\'t know" among them, and the exact name optional', async () => {
    const w = await atRecord();
    expect(w.html).toContain('Which court was the case in?');
    for (const choice of [
      'Criminal Court of the City of New York',
      'A City Court',
      'A District Court',
      'A Town or Village Court',
      'County Court',
      'Supreme Court, Criminal Term',
      'Family Court',
      'I don&#x27;t know',
    ])
      expect(w.html).toContain(choice);
    expect(w.html).toContain('The court&#x27;s exact name, if you know it');
  });

  it('must be chosen', async () => {
    const w = await atRecord();
    await w.post('/record', { ...NY_RECORD, courtKind: '' });
    expect(w.html).toContain('<a href="#courtKind">Choose which court the case was in</a>');
  });

  it('leaves the court blank for "I don\'t know"', async () => {
    const w = await atRecord();
    await w.post('/record', { ...NY_RECORD, courtKind: 'unknown', court: '' });
    const c = (await saved(await finish(w))).case;
    expect(c.convictions[0]?.court).toBeUndefined();
  });

  it('names the chosen kind of court when no exact name is given, and prefers the exact name', async () => {
    const w = await atRecord();
    await w.post('/record', { ...NY_RECORD, courtKind: 'county', court: '' });
    await w.post('/records', { another: 'yes' });
    await w.post('/record', {
      ...NY_RECORD,
      index: '1',
      courtKind: 'town-village',
      court: 'Hempstead Town Court',
    });
    const c = (await saved(await finish(w))).case;
    expect(c.convictions.map((r) => r.court)).toEqual(['County Court', 'Hempstead Town Court']);
  });

  it('asks for the name of "another court"', async () => {
    const w = await atRecord();
    await w.post('/record', { ...NY_RECORD, courtKind: 'other', court: '' });
    expect(w.html).toContain(
      '<a href="#court">Write the name of the court, or choose &quot;I don&#x27;t know&quot;</a>',
    );
  });

  it('is not asked with choices elsewhere', async () => {
    const w = await atRecord('US-CA');
    expect(w.html).not.toContain('Which court was the case in?');
    expect(w.html).toContain('The name of the court, as written on the record');
  });

  it('reads a saved court name back as its kind', () => {
    expect(nyCourtOf('Criminal Court of the City of New York')).toEqual({
      courtKind: 'nyc-criminal',
      court: '',
    });
    expect(nyCourtOf('Supreme Court of the State of New York, County of Kings')).toEqual({
      courtKind: 'supreme',
      court: 'Supreme Court of the State of New York, County of Kings',
    });
    expect(nyCourtOf('Village of Spring Valley Justice Court').courtKind).toBe('town-village');
    expect(nyCourtOf('Part AP7').courtKind).toBe('other');
    expect(nyCourtOf('')).toEqual({ courtKind: '', court: '' });
    expect(courtName(NY_ASKS(), 'unknown', '')).toBe('');
    expect(courtName(NY_ASKS(), 'city', '')).toBe('City Court');
  });
});

describe('Family Court or Juvenile Court', () => {
  it('is asked about the court, not about age', async () => {
    const w = await atRecord();
    expect(w.html).toContain('Was the case in Family Court or Juvenile Court?');
    expect(w.html).not.toContain('under 18, in juvenile');
    await w.post('/record', { ...NY_RECORD, juvenile: '' });
    expect(w.html).toContain(
      '<a href="#juvenile">Choose whether the case was in Family Court or Juvenile Court</a>',
    );
  });

  it('must agree with a Family Court chosen as the court', async () => {
    const w = await atRecord();
    await w.post('/record', { ...NY_RECORD, courtKind: 'family', court: '', juvenile: 'no' });
    expect(w.html).toContain(
      '<a href="#juvenile">You chose Family Court: answer Yes, or choose another court</a>',
    );
    await w.post('/record', { ...NY_RECORD, courtKind: 'family', court: '', juvenile: 'yes' });
    expect(w.h1).toBe('Your records');
  });
});

describe('federal records', () => {
  it('ask where the arrest happened and whether a child was a victim', async () => {
    const w = await atRecord('US-FED');
    expect(w.html).toContain('Where were you arrested?');
    expect(w.html).toContain('Was a child (under 18) a victim of the offense?');
    await w.post('/record', FED_RECORD);
    expect(w.h1).toBe('Your records');
    const c = (await saved(await finish(w))).case;
    expect(c.convictions[0]).toMatchObject({
      arrestPlace: 'Newark, New Jersey',
      childVictim: false,
    });
  });

  it('need an answer about a child victim, and "I don\'t know" leaves it unset', async () => {
    const w = await atRecord('US-FED');
    await w.post('/record', { ...FED_RECORD, childVictim: '' });
    expect(w.html).toContain('<a href="#childVictim">Choose whether a child was a victim</a>');
    await w.post('/record', { ...FED_RECORD, childVictim: 'unknown' });
    expect(w.h1).toBe('Your records');
    const c = (await saved(await finish(w))).case;
    expect(c.convictions[0]?.childVictim).toBeUndefined();
  });

  it('are the only ones asked those two questions', async () => {
    const w = await atRecord('US-NY');
    expect(w.html).not.toContain('Where were you arrested?');
    expect(w.html).not.toContain('a victim of the offense');
  });

  it('refuse a place of arrest longer than 200 characters', async () => {
    const w = await atRecord('US-FED');
    await w.post('/record', { ...FED_RECORD, arrestPlace: 'x'.repeat(201) });
    expect(w.html).toContain('<a href="#arrestPlace">Where the arrest happened must be 200');
  });
});

describe('whether the trafficking has ended', () => {
  async function atTrafficking() {
    const w = await atRecord();
    await w.post('/record', NY_RECORD);
    await w.post('/records', { another: 'no' });
    return w;
  }

  it('is asked, with the hotline for someone still in it', async () => {
    const w = await atTrafficking();
    expect(w.html).toContain('Has the trafficking ended?');
    expect(w.html).toContain('1-888-373-7888');
    await w.post('/trafficking', { ...TRAFFICKING, ended: '' });
    expect(w.html).toContain('<a href="#ended">Choose whether the trafficking has ended</a>');
  });

  it('needs the date it ended when it has ended', async () => {
    const w = await atTrafficking();
    await w.post('/trafficking', { ...TRAFFICKING, ended: 'yes', endDate: '' });
    expect(w.html).toContain('<a href="#endDate">Enter when the trafficking ended</a>');
  });

  it('saves "not ended" as no end date and shows it, and when help was sought, on check your answers', async () => {
    const w = await atTrafficking();
    await w.post('/trafficking', { ...TRAFFICKING, ended: 'no', endDate: '06/30/2014' });
    await w.post('/account', { narrative: 'He controlled me.' });
    await w.post('/outcome', {});
    await w.post('/about', PERSON);
    expect(w.h1).toBe('Check your answers');
    expect(w.html).toContain('No, it is still going on');
    expect(w.html).toContain('February 1, 2015');
    const c = (await saved(w)).case;
    expect(c.trafficking).toMatchObject({ endDate: null, servicesSoughtDate: '2015-02-01' });
  });

  it('shows "Not given" rather than "None" when no date of seeking help was given', async () => {
    const w = await atTrafficking();
    await finish2(w);
    expect(w.html).toContain('First asked for help</dt><dd>Not given</dd>');
  });

  async function finish2(w: Walker) {
    await w.post('/trafficking', { ...TRAFFICKING, servicesSoughtDate: '' });
    await w.post('/account', { narrative: 'x' });
    await w.post('/outcome', {});
    await w.post('/about', PERSON);
  }
});

describe('saving and continuing', () => {
  it('round-trips every new answer through "save my answers" and "continue from a file"', async () => {
    const w = await atRecord('US-FED');
    await w.post('/record', {
      ...FED_RECORD,
      offenseDate: '02/27/2012',
      imprisoned: 'yes',
      childVictim: 'unknown',
    });
    await w.post('/records', { another: 'yes' });
    await w.post('/record', {
      ...FED_RECORD,
      index: '1',
      offense: '18 U.S.C. § 1028',
      disposition: 'dismissed-on-government-motion',
      convictionDate: '',
      imprisoned: '',
      childVictim: 'no',
    });
    await finish(w, { ...TRAFFICKING, ended: 'no', endDate: '' });
    const first = await saved(w);
    expect(first.case.convictions).toMatchObject([
      { offenseDate: '2012-02-27', imprisoned: true, arrestPlace: 'Newark, New Jersey' },
      { disposition: 'dismissed-on-government-motion', convictionDate: null, childVictim: false },
    ]);
    expect(first.case.trafficking?.endDate).toBeNull();

    const back = await continueFrom(w, first.text);
    expect(back.status).toBe(200);
    // Every answer was read back: the next open step is after the records and the trafficking.
    expect(back.h1).toBe('What the law allows');
    await back.post('/outcome', {});
    await back.post('/about', PERSON);
    expect(back.h1).toBe('Check your answers');
    const second = await saved(back);
    expect(second.case).toEqual(first.case);

    // Opening the record again shows the answers chosen.
    await back.post('/check', { _action: 'change:record:1' });
    expect(back.html).toMatch(
      /id="disposition-dismissed-on-government-motion" type="radio" name="disposition" value="dismissed-on-government-motion" checked/,
    );
    expect(back.html).toMatch(
      /id="childVictim-no" type="radio" name="childVictim" value="no" checked/,
    );
  });

  it('round-trips a New York court choice and "I don\'t know"', async () => {
    const w = await atRecord('US-NY');
    await w.post('/record', { ...NY_RECORD, courtKind: 'supreme', court: '' });
    await w.post('/records', { another: 'yes' });
    await w.post('/record', { ...NY_RECORD, index: '1', courtKind: 'unknown', court: '' });
    await finish(w);
    const first = await saved(w);
    const back = await continueFrom(w, first.text);
    await back.post('/outcome', {});
    await back.post('/about', PERSON);
    await back.post('/check', { _action: 'change:record:0' });
    expect(back.html).toMatch(
      /id="courtKind-supreme" type="radio" name="courtKind" value="supreme" checked/,
    );
    expect((await saved(back)).case).toEqual(first.case);
  });
});

describe("the attorney's records table", () => {
  async function atTable(jurisdiction: string) {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', { who: 'attorney', relief: 'vacatur' });
    await w.post('/where', { jurisdiction });
    return w;
  }

  it('has columns for how each case ended, a prison or jail sentence and the offense date', async () => {
    const w = await atTable('US-NY');
    for (const column of ['How it ended', 'Prison or jail sentence', 'Offense date'])
      expect(w.html).toContain(`<th scope="col">${column}`);
    expect(w.html).toContain('<th scope="col">Family or Juvenile Court</th>');
    expect(w.html).not.toContain('Place of arrest');
    const fed = await atTable('US-FED');
    expect(fed.html).toContain('<th scope="col">Place of arrest (city, state)');
    expect(fed.html).toContain('<th scope="col">Child victim</th>');
  });

  it('names the row and the column of a contradiction, and keeps what was typed', async () => {
    const w = await atTable('US-FED');
    await w.post('/records-table', {
      rowCount: '5',
      'rows-0-offense': '18 U.S.C. § 1952',
      'rows-0-arrestDate': '05/01/2015',
      'rows-0-convictionDate': '05/02/2015',
      'rows-0-disposition': 'acquitted',
      'rows-0-arrestPlace': 'Camden, New Jersey',
    });
    expect(w.html).toContain(
      '<a href="#rows-0-disposition">Row 1: A date of conviction is only for a conviction',
    );
    expect(w.html).toContain('<option value="acquitted" selected>');
    expect(w.html).toContain('value="Camden, New Jersey"');
  });

  it('saves the new columns into the case', async () => {
    const w = await atTable('US-FED');
    await w.post('/records-table', {
      rowCount: '5',
      'rows-0-offense': '18 U.S.C. § 2119',
      'rows-0-arrestDate': '05/01/2015',
      'rows-0-offenseDate': '04/30/2015',
      'rows-0-convictionDate': '05/02/2016',
      'rows-0-imprisoned': 'yes',
      'rows-0-arrestPlace': 'Camden, New Jersey',
      'rows-0-childVictim': 'no',
      'rows-1-offense': '18 U.S.C. § 1028',
      'rows-1-arrestDate': '06/01/2015',
      'rows-1-disposition': 'not-prosecuted',
    });
    expect(w.h1).toBe('About the trafficking');
    await w.post('/trafficking', { ...TRAFFICKING, narrative: 'Account.' });
    await w.post('/outcome', {});
    await w.post('/about', { ...PERSON, attorneyName: 'Ana Ruiz', barNumber: '123456' });
    expect(w.h1).toBe('Check your answers');
    const c = (await saved(w)).case;
    expect(c.convictions).toMatchObject([
      {
        offenseDate: '2015-04-30',
        convictionDate: '2016-05-02',
        imprisoned: true,
        arrestPlace: 'Camden, New Jersey',
        childVictim: false,
      },
      { convictionDate: null, disposition: 'not-prosecuted' },
    ]);
    const back = await continueFrom(w, (await saved(w)).text);
    await back.post('/outcome', {});
    expect(back.html).toContain('value="Ana Ruiz"');
    await back.post('/about', { ...PERSON, attorneyName: 'Ana Ruiz', barNumber: '123456' });
    expect(back.h1).toBe('Check your answers');
    expect((await saved(back)).case).toEqual(c);
    await back.post('/check', { _action: 'change:records-table' });
    expect(back.h1).toBe("The client's records");
    expect(back.html).toContain('<option value="not-prosecuted" selected>');
  });
});

describe('drafts and the language switch', () => {
  it('opens a draft signed before the new questions existed, with them unanswered', () => {
    const old = {
      ...emptyDraft(),
      records: [
        {
          offense: 'PL 230.00',
          description: '',
          arrestDate: '03/01/2012',
          convicted: 'yes',
          convictionDate: '03/02/2012',
          court: '',
          county: '',
          docketNumber: '',
          juvenile: 'no',
        },
      ],
    } as unknown as Draft;
    const back = decodeDraft(encodeDraft(old, SECRET), SECRET);
    expect(back?.records[0]).toMatchObject({ convicted: 'yes', disposition: '', courtKind: '' });
    // Read as before: the conviction date still makes it a conviction.
    expect(back && draftToCaseInput(back, NY_ASKS())['convictions']).toMatchObject([
      { convictionDate: '2012-03-02' },
    ]);
  });

  it('keeps the new answers typed on a record page when the language is switched', async () => {
    const w = await atRecord('US-FED');
    await w.post('/record', {
      ...FED_RECORD,
      disposition: 'acquitted',
      childVictim: 'unknown',
      'offenseDate-day': '31',
      'offenseDate-month': '2',
      'offenseDate-year': '2012',
      _action: 'lang:es',
    });
    expect(w.h1).toBe('Antecedente 1');
    expect(w.html).toMatch(/value="acquitted" checked/);
    expect(w.html).toMatch(/value="unknown" checked/);
    expect(dateBoxes(w.html, 'offenseDate')).toEqual({ day: '31', month: '2', year: '2012' });
    expect(w.html).toContain('value="Newark, New Jersey"');
  });

  it('keeps "has it ended" when the language is switched on the trafficking page', async () => {
    const w = await atRecord();
    await w.post('/record', NY_RECORD);
    await w.post('/records', { another: 'no' });
    await w.post('/trafficking', { ...TRAFFICKING, ended: 'no', _action: 'lang:es' });
    expect(w.html).toContain('¿Terminó la trata?');
    expect(w.html).toMatch(/id="ended-no" type="radio" name="ended" value="no" checked/);
  });
});

describe('a New York attorney continuing from a file', () => {
  it('keeps the court name in the table', async () => {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', { who: 'attorney', relief: 'vacatur' });
    await w.post('/where', { jurisdiction: 'US-NY' });
    await w.post('/records-table', {
      rowCount: '5',
      'rows-0-offense': 'PL 230.00',
      'rows-0-arrestDate': '03/01/2012',
      'rows-0-convictionDate': '03/02/2012',
      'rows-0-court': 'Criminal Court of the City of New York',
    });
    await w.post('/trafficking', { ...TRAFFICKING, narrative: 'Account.' });
    await w.post('/outcome', {});
    await w.post('/about', { ...PERSON, attorneyName: 'Ana Ruiz', barNumber: '123456' });
    const first = await saved(w);
    const back = await continueFrom(w, first.text);
    await back.post('/outcome', {});
    await back.post('/about', { ...PERSON, attorneyName: 'Ana Ruiz', barNumber: '123456' });
    await back.post('/check', { _action: 'change:records-table' });
    expect(back.html).toContain('value="Criminal Court of the City of New York"');
    await back.post('/records-table', {
      rowCount: '5',
      'rows-0-offense': 'PL 230.00',
      'rows-0-arrestDate': '03/01/2012',
      'rows-0-convictionDate': '03/02/2012',
      'rows-0-court': 'Criminal Court of the City of New York',
    });
    expect((await saved(back)).case.convictions[0]?.court).toBe(
      'Criminal Court of the City of New York',
    );
  });
});
