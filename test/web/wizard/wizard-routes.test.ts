import request from 'supertest';
import { parseCase } from '../../../src/domain/parse-case';
import { decodeDraft, encodeDraft } from '../../../src/web/wizard/codec';
import { emptyDraft } from '../../../src/web/wizard/draft';
import { fakePool, SECRET, TODAY, wizardApp } from './support';
import { NY_RECORD, PERSON, TRAFFICKING, walkToCheck, Walker, dateBoxes } from './journey';

describe('the start page', () => {
  it('is served with no-store, a strict CSP, a CSRF cookie, a skip link and a quick exit', async () => {
    const res = await request(wizardApp()).get('/');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    // The CSRF check reads Origin, which same-origin keeps on form posts; other sites get nothing.
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['content-security-policy']).not.toMatch(/unsafe-inline/);
    expect(String(res.headers['set-cookie'])).toMatch(/csrf=.*HttpOnly.*SameSite=Strict/i);
    expect(res.text).toContain('<html lang="en">');
    expect(res.text).toContain('href="#main-content"');
    expect(res.text).toMatch(/href="\/exit"[^>]*data-quick-exit/);
    expect(res.text).not.toMatch(/<script>|style="/);
  });

  it('speaks Spanish when asked, on the start page and the first question', async () => {
    const w = await new Walker(wizardApp()).get('/?lang=es');
    expect(w.html).toContain('<html lang="es">');
    expect(w.html).toContain('>Comenzar</button>');
    await w.post('/start', {});
    expect(w.h1).toBe('¿Quién está llenando esto?');
  });

  it('asks who is filling it in, then what they want, each on its own page', async () => {
    const w = await new Walker(wizardApp()).get('/');
    expect(w.html).not.toContain('name="who"');
    expect(w.html).not.toContain('name="relief"');
    await w.post('/start', {});
    expect(w.h1).toBe('Who is filling this in?');
    expect(w.title).toBe('Court forms helper — step 1 of 10');
    expect(w.html).not.toContain('name="relief"');
    await w.post('/who', { who: 'self' });
    expect(w.h1).toBe('What do you want to ask a court for?');
    expect(w.title).toBe('Court forms helper — step 2 of 10');
    await w.post('/relief', { relief: 'vacatur' });
    expect(w.h1).toBe('Where is the court of the record?');
    // The page's own Back goes to the question before, with its answer chosen.
    await w.post('/where', { _action: 'back' });
    expect(w.html).toMatch(/id="relief"[^>]*value="vacatur" checked/);
    await w.post('/relief', { _action: 'back' });
    expect(w.html).toMatch(/id="who"[^>]*value="self" checked/);
  });

  it('asks an attorney what the client wants', async () => {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', {});
    await w.post('/who', { who: 'attorney' });
    expect(w.h1).toBe('What does the client want to ask a court for?');
  });

  it('still takes both answers from a start page opened before they had their own pages', async () => {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', { who: 'attorney', relief: 'vacatur' });
    expect(w.h1).toBe('Where is the court of the record?');
    const half = await new Walker(wizardApp()).get('/');
    await half.post('/start', { who: 'self' });
    expect(half.h1).toBe('Who is filling this in?');
  });

  it('sends a step address without answers back to the start', async () => {
    const res = await request(wizardApp()).get('/record');
    expect(res.status).toBe(303);
    expect(res.headers['location']).toBe('/');
  });

  it('shows the error summary, "Error:" in the title and the message by the field when nobody is chosen', async () => {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', {});
    await w.post('/who', {});
    expect(w.title).toMatch(/^Error: /);
    expect(w.html).toContain('role="alert"');
    expect(w.html).toContain('<a href="#who">Choose who is filling this in</a>');
    expect(w.html).toContain('id="who-error"');
  });

  it('sends a clinic to the clinic page', async () => {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', {});
    await w.post('/who', { who: 'clinic' });
    expect(w.status).toBe(303);
    expect(w.headers['location']).toBe('/clinic');
  });

  it('moves a person on to "where" and never puts answers in the address', async () => {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', { who: 'self', relief: 'vacatur' });
    expect(w.h1).toBe('Where is the court of the record?');
    expect(w.title).not.toMatch(/Error/);
    expect(w.html).toContain('N.Y. Crim. Proc. Law § 440.10(1)(i)');
  });
});

describe('where', () => {
  it('asks again when nothing is chosen', async () => {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', { who: 'self', relief: 'vacatur' });
    await w.post('/where', {});
    expect(w.title).toMatch(/^Error: /);
    expect(w.html).toContain('href="#jurisdiction"');
  });

  it('answers honestly for a state this tool does not have', async () => {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', { who: 'self', relief: 'vacatur' });
    await w.post('/where', { jurisdiction: 'other' });
    expect(w.h1).toBe('We cannot prepare papers for that state yet');
    expect(w.html).toContain('freedomnetworkusa.org');
  });

  it('goes to the first record, with the catalogue as a datalist', async () => {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', { who: 'self', relief: 'vacatur' });
    await w.post('/where', { jurisdiction: 'US-NY' });
    expect(w.h1).toBe('Record 1');
    expect(w.html).toContain('<datalist id="offense-list">');
    expect(w.html).toContain('<option value="PL 230.00">');
  });
});

describe('a record', () => {
  async function atRecord() {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', { who: 'self', relief: 'vacatur' });
    await w.post('/where', { jurisdiction: 'US-NY' });
    return w;
  }

  it('keeps every typed answer and links each error to its field', async () => {
    const w = await atRecord();
    await w.post('/record', {
      ...NY_RECORD,
      offense: '',
      arrestDate: '13/45/2012',
      county: 'Kings & Queens',
    });
    expect(w.title).toMatch(/^Error: /);
    expect(w.html).toContain('<a href="#offense">Enter the charge</a>');
    expect(w.html).toContain(
      '<a href="#arrestDate">Enter the date of arrest as month/day/year, like 03/01/2012</a>',
    );
    expect(dateBoxes(w.html, 'arrestDate')).toMatchObject({ day: '45', year: '2012' });
    expect(w.html).toContain('value="Kings &amp; Queens"');
    expect(w.html).toMatch(
      /<fieldset class="usa-fieldset" aria-describedby="arrestDate-hint arrestDate-error">/,
    );
  });

  it('refuses a conviction before the arrest', async () => {
    const w = await atRecord();
    await w.post('/record', { ...NY_RECORD, convictionDate: '02/01/2012' });
    expect(w.html).toContain('The date of conviction must be on or after the date of arrest');
  });

  it('refuses a date in the future', async () => {
    const w = await atRecord();
    await w.post('/record', { ...NY_RECORD, arrestDate: '01/01/2030', convicted: 'no' });
    expect(w.html).toContain('The date of arrest cannot be in the future');
  });

  it('keeps an unknown charge and flags it for a lawyer', async () => {
    const w = await atRecord();
    await w.post('/record', { ...NY_RECORD, offense: 'Local ordinance 99' });
    expect(w.h1).toBe('Your records');
    expect(w.html).toContain('Local ordinance 99');
    expect(w.html).toContain('This tool does not recognise this charge');
  });

  it('adds another, changes one and removes one from the summary', async () => {
    const w = await atRecord();
    await w.post('/record', NY_RECORD);
    expect(w.html).not.toContain('does not recognise');
    await w.post('/records', { another: 'yes' });
    expect(w.h1).toBe('Record 2');
    await w.post('/record', {
      ...NY_RECORD,
      index: '1',
      offense: 'PL 240.37',
      docketNumber: 'SECOND',
    });
    expect(w.html).toContain('You have added 2 records.');
    await w.post('/records', { _action: 'edit:1' });
    expect(w.h1).toBe('Record 2');
    expect(w.html).toContain('value="SECOND"');
    await w.post('/record', { ...NY_RECORD, index: '1', docketNumber: 'CHANGED' });
    expect(w.html).toContain('You have added 2 records.');
    await w.post('/records', { _action: 'remove:0', confirm: 'yes' });
    expect(w.html).toContain('You have added 1 record.');
    expect(w.html).not.toContain('2012QN012345');
  });

  it('asks whether to add another before moving on', async () => {
    const w = await atRecord();
    await w.post('/record', NY_RECORD);
    await w.post('/records', {});
    expect(w.html).toContain('<a href="#another">Choose whether to add another record</a>');
  });
});

describe('the trafficking and the account', () => {
  async function atTrafficking() {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', { who: 'self', relief: 'vacatur' });
    await w.post('/where', { jurisdiction: 'US-NY' });
    await w.post('/record', NY_RECORD);
    await w.post('/records', { another: 'no' });
    return w;
  }

  it('needs the kind of trafficking and an end after the start', async () => {
    const w = await atTrafficking();
    expect(w.h1).toBe('About the trafficking');
    await w.post('/trafficking', { ...TRAFFICKING, types: [], endDate: '01/01/2009' });
    expect(w.html).toContain('<a href="#types">Choose the kind of trafficking</a>');
    expect(w.html).toContain('When the trafficking ended must be on or after when it started');
    expect(dateBoxes(w.html, 'endDate')).toEqual({ day: '1', month: '1', year: '2009' });
  });

  it('goes back to the records summary', async () => {
    const w = await atTrafficking();
    await w.post('/trafficking', { _action: 'back' });
    expect(w.h1).toBe('Your records');
  });

  it('accepts the account and shows what the law allows, with the statute named', async () => {
    const w = await atTrafficking();
    await w.post('/trafficking', TRAFFICKING);
    expect(w.h1).toBe('Your account, in your own words');
    await w.post('/account', { narrative: 'What happened.' });
    expect(w.h1).toBe('What the law allows');
    expect(w.html).toContain('N.Y. Crim. Proc. Law § 440.10(1)(i)');
    expect(w.html).toMatch(
      /The law covers this record|A lawyer should look at this record|The law does not cover this record/,
    );
  });
});

describe('about you, check your answers and download', () => {
  it('needs a legal name and a real email address', async () => {
    const w = new Walker(wizardApp());
    await walkToCheck(w);
    await w.post('/check', { _action: 'change:about' });
    await w.post('/about', { ...PERSON, legalName: '', email: 'not-an-email' });
    expect(w.html).toContain('<a href="#legalName">Enter the full legal name</a>');
    expect(w.html).toContain('<a href="#email">Enter the email address like name@example.org</a>');
  });

  it('lists the answers, and a Change link returns to check your answers', async () => {
    const w = new Walker(wizardApp());
    await walkToCheck(w);
    expect(w.h1).toBe('Check your answers');
    expect(w.html).toContain('Nguyễn Thị Lan');
    expect(w.html).toContain('value="change:about"');
    await w.post('/check', { _action: 'change:about' });
    expect(w.h1).toBe('About you');
    expect(w.html).toContain('value="Nguyễn Thị Lan"');
    await w.post('/about', { ...PERSON, legalName: 'Lan Thi Nguyen' });
    expect(w.h1).toBe('Check your answers');
    expect(w.html).toContain('Lan Thi Nguyen');
  });

  it('changes one record from check your answers and comes back', async () => {
    const w = new Walker(wizardApp());
    await walkToCheck(w);
    await w.post('/check', { _action: 'change:record:0' });
    expect(w.h1).toBe('Record 1');
    await w.post('/record', { ...NY_RECORD, index: '0', county: 'Kings' });
    await w.post('/records', { another: 'no' });
    // A changed record is assessed again before the answers are checked.
    expect(w.h1).toBe('What the law allows');
    await w.post('/outcome', {});
    expect(w.h1).toBe('Check your answers');
    expect(w.html).toContain('Kings');
  });

  it('makes the PDF from the checked case and sends it as an attachment', async () => {
    const pool = fakePool();
    const w = new Walker(wizardApp({ pool }));
    await walkToCheck(w);
    await w.post('/check', {});
    expect(w.h1).toBe('Your papers are ready to make');
    await w.post('/download', { _action: 'pdf' });
    expect(w.status).toBe(200);
    expect(w.headers['content-disposition']).toBe('attachment; filename="court-forms.pdf"');
    expect(pool.calls).toHaveLength(1);
    expect(pool.calls[0]!.case.petitioner.legalName).toBe('Nguyễn Thị Lan');
    expect(pool.calls[0]!.case.convictions[0]!.arrestDate).toBe('2012-03-01');
    expect(pool.calls[0]!.format).toBe('pdf');
  });

  it('saves the answers as a contract v1 case file that the engine reads', async () => {
    const w = new Walker(wizardApp());
    await walkToCheck(w);
    const res = await request(w.app)
      .post('/check')
      .type('form')
      .set('Cookie', w.cookie)
      .send(new URLSearchParams({ ...w.state(), _action: 'save' }).toString());
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="court-forms-answers.json"',
    );
    const saved: unknown = JSON.parse(res.text);
    const parsed = parseCase(saved, TODAY);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.value.trafficking?.startDate).toBe('2010-01-01');
  });

  it('continues from a saved file uploaded on the start page', async () => {
    const w = new Walker(wizardApp());
    await walkToCheck(w);
    const saved = await request(w.app)
      .post('/check')
      .type('form')
      .set('Cookie', w.cookie)
      .send(new URLSearchParams({ ...w.state(), _action: 'save' }).toString());
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
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1>What the law allows</h1>');
  });

  it('refuses a file that is not a saved answers file, on the start page', async () => {
    const fresh = await new Walker(wizardApp()).get('/');
    const res = await request(fresh.app)
      .post('/continue')
      .set('Cookie', fresh.cookie)
      .field('_csrf', fresh.hidden('_csrf'))
      .attach('savedFile', Buffer.from('not json'), {
        filename: 'x.json',
        contentType: 'application/json',
      });
    expect(res.status).toBe(400);
    expect(res.text).toContain('<a href="#savedFile">We could not read that file.');
  });
});

describe('the journey and its protections', () => {
  it('refuses a post without the CSRF cookie', async () => {
    const w = await new Walker(wizardApp()).get('/');
    w.cookie = '';
    await w.post('/start', { who: 'self', relief: 'vacatur' });
    expect(w.status).toBe(403);
    expect(w.html).toContain('allow cookies');
  });

  it('refuses a post from another site', async () => {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', { who: 'self', relief: 'vacatur' }, { origin: 'https://evil.example' });
    expect(w.status).toBe(403);
  });

  it('accepts a post that names this site as its origin', async () => {
    const w = await new Walker(wizardApp()).get('/');
    await w.post(
      '/start',
      { who: 'self', relief: 'vacatur' },
      { origin: 'https://relief.example', host: 'relief.example' },
    );
    expect(w.status).toBe(200);
    expect(w.h1).toBe('Where is the court of the record?');
  });

  it('refuses a token signed with another key', async () => {
    const w = await new Walker(wizardApp()).get('/');
    const other = await new Walker(
      wizardApp({ secret: Buffer.from('another-key-another-key-another-k') }),
    ).get('/');
    w.cookie = other.cookie;
    await w.post('/start', { who: 'self', relief: 'vacatur', _csrf: other.hidden('_csrf') });
    expect(w.status).toBe(403);
  });

  it('refuses a changed draft', async () => {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', { who: 'self', relief: 'vacatur' });
    const [payload, sig] = w.hidden('draft').split('.');
    const forged = encodeDraft(
      { ...emptyDraft(), who: 'attorney' },
      Buffer.from('wrong-key'),
    ).split('.')[0];
    await w.post('/where', { jurisdiction: 'US-NY', draft: `${forged}.${sig}` });
    expect(w.status).toBe(400);
    expect(w.html).toContain('We could not read your answers');
    expect(payload).toBeTruthy();
  });

  it('accepts a draft signed with the shared secret by another instance', async () => {
    const a = await new Walker(wizardApp()).get('/');
    await a.post('/start', { who: 'self', relief: 'vacatur' });
    const b = new Walker(wizardApp());
    b.cookie = a.cookie;
    b.html = a.html;
    await b.post('/where', { jurisdiction: 'US-NY' });
    expect(b.h1).toBe('Record 1');
  });

  it('sends a post that skips ahead back to the first unanswered step', async () => {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', { who: 'self', relief: 'vacatur' });
    await w.post('/about', PERSON);
    expect(w.h1).toBe('Where is the court of the record?');
  });

  it('answers an oversized form with a friendly page', async () => {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', { who: 'self', relief: 'vacatur', narrative: 'x'.repeat(600 * 1024) });
    expect(w.status).toBe(413);
    expect(w.html).toContain('too large');
  });

  it('signs drafts with a per-process key when none is given', async () => {
    const w = await new Walker(wizardApp({ secret: undefined })).get('/');
    await w.post('/start', { who: 'self', relief: 'vacatur' });
    expect(w.h1).toBe('Where is the court of the record?');
  });
});

describe('in Spanish', () => {
  it('translates the pages and every error, keeping "Error:" in the title', async () => {
    const w = await new Walker(wizardApp()).get('/?lang=es');
    await w.post('/start', { who: 'self', relief: 'vacatur' });
    expect(w.h1).toBe('¿Dónde fue el arresto o la condena?');
    await w.post('/where', { jurisdiction: 'US-NY' });
    await w.post('/record', { ...NY_RECORD, offense: '', arrestDate: 'ayer' });
    expect(w.title).toMatch(/^Error: /);
    expect(w.html).toContain('Hay un problema');
    expect(w.html).toContain('<a href="#offense">Escriba el cargo</a>');
    expect(w.html).toContain('Escriba la fecha del arresto como mes/día/año');
    expect(w.html).toContain('<html lang="es">');
  });

  it('switches language mid-journey and keeps the answers', async () => {
    const w = new Walker(wizardApp());
    await walkToCheck(w);
    await w.post('/check', { _action: 'lang', lang: 'es' });
    expect(w.h1).toBe('Revise sus respuestas');
    expect(w.html).toContain('Nguyễn Thị Lan');
  });

  it('explains the outcome in Spanish and keeps the statute as written', async () => {
    const w = await new Walker(wizardApp()).get('/?lang=es');
    await w.post('/start', { who: 'self', relief: 'vacatur' });
    await w.post('/where', { jurisdiction: 'US-NY' });
    await w.post('/record', NY_RECORD);
    await w.post('/records', { another: 'no' });
    await w.post('/trafficking', TRAFFICKING);
    await w.post('/account', { narrative: '' });
    expect(w.h1).toBe('Lo que permite la ley');
    expect(w.html).toContain('Según N.Y. Crim. Proc. Law § 440.10(1)(i)');
    expect(w.html).toMatch(
      /La ley cubre este antecedente|Un abogado debería revisar este antecedente|La ley no cubre este antecedente/,
    );
  });

  it('asks the generator for Spanish instructions', async () => {
    const pool = fakePool();
    const w = new Walker(wizardApp({ pool }));
    await walkToCheck(w, 'es');
    await w.post('/check', {});
    await w.post('/download', { _action: 'docx' });
    expect(pool.calls[0]).toMatchObject({ format: 'docx', lang: 'es' });
  });
});

describe('the attorney path', () => {
  async function atTable() {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', { who: 'attorney', relief: 'vacatur' });
    await w.post('/where', { jurisdiction: 'US-CA' });
    return w;
  }

  it('takes several records at once in a table and skips empty rows', async () => {
    const w = await atTable();
    expect(w.h1).toBe("The client's records");
    await w.post('/records-table', {
      rowCount: '5',
      'rows-0-offense': 'PC 647(b)',
      'rows-0-arrestDate': '05/01/2015',
      'rows-0-convictionDate': '05/02/2015',
      'rows-1-offense': 'PC 653.22',
      'rows-1-arrestDate': '06/01/2015',
      'rows-1-juvenile': 'yes',
    });
    expect(w.h1).toBe('About the trafficking');
    expect(w.html).toContain('The client&#x27;s account');
  });

  it('names the row of each error and keeps the typed rows', async () => {
    const w = await atTable();
    await w.post('/records-table', {
      rowCount: '5',
      'rows-0-offense': 'PC 647(b)',
      'rows-0-arrestDate': '05/01/2015',
      'rows-1-offense': 'PC 653.22',
      'rows-1-arrestDate': 'sometime',
    });
    expect(w.html).toContain(
      '<a href="#rows-1-arrestDate">Row 2: Enter the date of arrest as month/day/year',
    );
    expect(w.html).toContain('value="sometime"');
  });

  it('asks for at least one record', async () => {
    const w = await atTable();
    await w.post('/records-table', { rowCount: '5' });
    expect(w.html).toContain('<a href="#rows-0-offense">Add at least one record');
  });

  it("asks for the attorney's name and bar number with the client's details", async () => {
    const w = await atTable();
    await w.post('/records-table', {
      rowCount: '5',
      'rows-0-offense': 'PC 647(b)',
      'rows-0-arrestDate': '05/01/2015',
    });
    await w.post('/trafficking', {
      ...TRAFFICKING,
      startDate: '01/01/2014',
      ended: 'no',
      endDate: '',
      narrative: 'Account.',
    });
    expect(w.h1).toBe('What the law allows');
    expect(w.html).toContain('Cal. Penal Code § 236.14');
    await w.post('/outcome', {});
    expect(w.h1).toBe('The client and the attorney');
    await w.post('/about', { ...PERSON });
    expect(w.html).toContain('<a href="#attorneyName">Enter the attorney&#x27;s name</a>');
    expect(w.html).toContain('<a href="#barNumber">Enter the bar number</a>');
    await w.post('/about', {
      ...PERSON,
      attorneyName: 'Ana Ruiz',
      barNumber: '123456',
      firm: 'Legal Aid',
    });
    expect(w.h1).toBe('Check your answers');
    expect(w.html).toContain('Ana Ruiz');
  });
});

describe('the draft codec', () => {
  it('reads back what it signed', () => {
    const token = encodeDraft({ ...emptyDraft('es'), who: 'self', jurisdiction: 'US-NY' }, SECRET);
    expect(decodeDraft(token, SECRET)).toMatchObject({
      lang: 'es',
      who: 'self',
      jurisdiction: 'US-NY',
    });
  });

  it('refuses a signed value that is not a draft', () => {
    const token = encodeDraft(
      { ...emptyDraft(), records: 'nope' } as unknown as ReturnType<typeof emptyDraft>,
      SECRET,
    );
    expect(decodeDraft(token, SECRET)).toBeUndefined();
  });
});
