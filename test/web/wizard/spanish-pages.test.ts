import {
  CRIMINAL_CASE,
  LOSS,
  NY_RECORD,
  PERIOD,
  PERSON,
  TRAFFICKING,
  walkRestitutionToCheck,
  Walker,
  decode,
} from './journey';
import { wizardApp } from './support';

/**
 * Every Spanish wizard page, walked in Spanish through supertest, holds no English outside
 * passages marked `lang="en"`. English is found by its small words ("the", "your", "must", …),
 * which Spanish never uses; names that stay in English on purpose are listed below.
 */

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** The text of a page's body, leaving out scripts, styles and every element marked `lang="en"`. */
export function textOutsideEnglish(html: string): string {
  const body = /<body[\s\S]*<\/body>/.exec(html)?.[0] ?? html;
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g;
  const stack: { name: string; skip: boolean }[] = [];
  const skipping = () => stack.some((s) => s.skip);
  let out = '';
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    if (!skipping()) out += body.slice(last, m.index);
    last = tag.lastIndex;
    const [, close, rawName, attrs] = m;
    const name = rawName!.toLowerCase();
    if (close) {
      const at = stack.map((s) => s.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      out += ' ';
      continue;
    }
    if (VOID.has(name) || attrs!.trimEnd().endsWith('/')) continue;
    const skip = /\slang="en"/.test(attrs!) || name === 'script' || name === 'style';
    stack.push({ name, skip });
    out += ' ';
  }
  out += body.slice(last);
  return decode(out).replace(/\s+/g, ' ');
}

/** English that stays on Spanish pages on purpose: names of organisations, laws and courts, and what the test typed. */
const KEPT = [
  // What the walk types (the person's own words go into the papers as typed).
  NY_RECORD.court,
  CRIMINAL_CASE.court,
  'Superior Court of California, County of Los Angeles',
  'United States District Court for the District of New Jersey',
  // Court names she must copy as printed (review §3 B) and the New York court choices.
  'Criminal Court of the City of New York',
  'Supreme Court, Criminal Term',
  'Town or Village Court',
  // Organisations and programmes, by their own names (review §3, item 13).
  'The Legal Aid Society',
  'Appellate Advocates, Trafficking Practice',
  'Center for Appellate Litigation',
  'Coalition to Abolish Slavery & Trafficking',
  'The Human Trafficking Legal Center',
  'National Human Trafficking Hotline',
  'Address Confidentiality Program',
  'Safe at Home',
  'Cal. Rules of Court',
];

const STOP = new Set(
  'the and of to your you is are for with this that must will be was were has have from by on at an it if can may not or'.split(
    ' ',
  ),
);

/**
 * Each run of text around an English small word, to say where the English is. An English term in
 * parentheses after the Spanish, as on the papers ("sellar (seal)"), is the glossary's own rule
 * (review §3 C), so parentheses are left out.
 */
function englishIn(html: string): string[] {
  let text = textOutsideEnglish(html);
  for (const kept of KEPT) text = text.split(kept).join(' ');
  for (let before = ''; before !== text;) {
    before = text;
    text = text.replace(/\([^()]*\)/g, ' ');
  }
  const words = text.split(/\s+/);
  const found: string[] = [];
  words.forEach((w, i) => {
    const bare = w.toLowerCase().replace(/[^a-z]/g, '');
    if (STOP.has(bare) && /^[A-Za-z(«"“]*[A-Za-z]+[.,:;)»"”]*$/.test(w))
      found.push(
        words
          .slice(Math.max(0, i - 4), i + 5)
          .join(' ')
          .trim(),
      );
  });
  return found;
}

/** The pages a walk saw, by the name of the step, to report which one holds English. */
class Recorder {
  readonly pages: [string, string][] = [];
  constructor(readonly w: Walker) {}
  async get(name: string, url: string) {
    await this.w.get(url);
    this.pages.push([name, this.w.html]);
  }
  async post(name: string, url: string, fields: Record<string, string | string[]>) {
    await this.w.post(url, fields);
    this.pages.push([name, this.w.html]);
  }
  english(): string[] {
    return this.pages.flatMap(([name, html]) => englishIn(html).map((e) => `${name}: ${e}`));
  }
}

const NARRATIVE = 'Él controlaba todo lo que yo hacía. Me quitó los papeles.';

async function vacaturWalk(
  jurisdiction: string,
  record: Record<string, string>,
  who: 'self' | 'attorney' = 'self',
) {
  const r = new Recorder(new Walker(wizardApp()));
  await r.get('start', '/?lang=es');
  await r.post('start (errors)', '/start', {});
  await r.post('where', '/start', { who, relief: 'vacatur' });
  await r.post('where (errors)', '/where', {});
  if (who === 'attorney') {
    await r.post('records-table', '/where', { jurisdiction });
    await r.post('records-table (errors)', '/records-table', {
      rowCount: '5',
      'rows-0-offense': record.offense!,
    });
    await r.post('trafficking', '/records-table', {
      rowCount: '5',
      'rows-0-offense': record.offense!,
      'rows-0-arrestDate': record.arrestDate!,
      'rows-0-convictionDate': record.convictionDate!,
    });
    await r.post('trafficking (errors)', '/trafficking', {});
    await r.post('outcome', '/trafficking', { ...TRAFFICKING, narrative: NARRATIVE });
  } else {
    await r.post('record', '/where', { jurisdiction });
    await r.post('record (errors)', '/record', {});
    await r.post('records', '/record', record);
    await r.post('trafficking', '/records', { another: 'no' });
    await r.post('trafficking (errors)', '/trafficking', {});
    await r.post('account', '/trafficking', TRAFFICKING);
    await r.post('outcome', '/account', { narrative: NARRATIVE });
  }
  await r.post('about', '/outcome', {});
  const lawyer: Record<string, string> =
    who === 'attorney' ? { attorneyName: 'Ana Ruiz', barNumber: '123456' } : {};
  await r.post('about (errors)', '/about', { ...PERSON, email: 'not an email', line1: '1 Main' });
  // Born after the arrest: the final case check finds it, on the check page.
  await r.post('check', '/about', { ...PERSON, ...lawyer, dateOfBirth: '04/12/2013' });
  await r.post('check (case check errors)', '/check', {});
  expect(textOutsideEnglish(r.w.html)).toContain(
    'Antecedente 1: La fecha del arresto (1 de marzo de 2012) es antes de su fecha de nacimiento (12 de abril de 2013). Revise las dos fechas.',
  );
  await r.post('about again', '/check', { _action: 'change:about' });
  await r.post('check again', '/about', { ...PERSON, ...lawyer });
  await r.post('download', '/check', {});
  return r;
}

const FED_RECORD = {
  ...NY_RECORD,
  offense: '18 U.S.C. § 2113(a)',
  description: '',
  court: 'United States District Court for the District of New Jersey',
  county: '',
  arrestPlace: 'Newark, New Jersey',
  childVictim: 'no',
};
const CA_RECORD = {
  ...NY_RECORD,
  offense: 'PC 647(b)',
  description: '',
  court: 'Superior Court of California, County of Los Angeles',
  county: 'Los Angeles',
};

describe('the Spanish wizard pages hold no English outside passages marked lang="en"', () => {
  it('finds English outside a lang="en" passage, and not inside one', () => {
    const html =
      '<body><p>Escriba su nombre. <span lang="en">Enter the name of the court</span></p><p>Check your answers</p></body>';
    expect(englishIn(html)).toEqual(['Escriba su nombre. Check your answers']);
  });

  it.each([
    ['US-NY', { ...NY_RECORD, description: '' }],
    ['US-CA', CA_RECORD],
    ['US-FED', FED_RECORD],
  ])('on the self-help vacatur path for %s, with its errors', async (code, record) => {
    const r = await vacaturWalk(code, record);
    expect(r.pages.map(([name]) => name)).toContain('download');
    expect(r.english()).toEqual([]);
  });

  it('on the attorney table path', async () => {
    const r = await vacaturWalk('US-NY', { ...NY_RECORD, description: '' }, 'attorney');
    expect(r.english()).toEqual([]);
  });

  it.each(['US-FED', 'US-CA'])('on the restitution path for %s, with its errors', async (code) => {
    const w = new Walker(wizardApp());
    const r = new Recorder(w);
    await r.get('start', '/?lang=es');
    await r.post('where', '/start', { who: 'self', relief: 'restitution' });
    await r.post('criminal-case', '/where', { jurisdiction: code });
    await r.post('criminal-case (errors)', '/criminal-case', {});
    await r.post('period', '/criminal-case', CRIMINAL_CASE);
    await r.post('period (errors)', '/period', { ...PERIOD, grossToDefendant: '4.800' });
    // A second period with a market rate (CA compares it) and days before the wage table.
    await r.post('periods', '/period', { ...PERIOD, marketRatePerHour: '25' });
    await r.post('period 2', '/periods', { another: 'yes' });
    await r.post('periods 2', '/period', {
      ...PERIOD,
      index: '1',
      start: '01/05/1930',
      end: '06/28/1930',
    });
    await r.post('losses', '/periods', { another: 'no' });
    await r.post('loss', '/losses', { another: 'yes' });
    await r.post('loss (errors)', '/loss', {});
    await r.post('losses 2', '/loss', LOSS);
    await r.post('loss 2', '/losses', { another: 'yes' });
    // Lost income with no dates, then lost income on days valued as work: both warnings.
    await r.post('losses 3', '/loss', {
      index: '1',
      category: 'lost-income',
      description: 'Sueldo perdido',
      amount: '900',
      start: '',
      end: '',
    });
    await r.post('loss 3', '/losses', { another: 'yes' });
    await r.post('losses 4', '/loss', {
      index: '2',
      category: 'lost-income',
      description: 'Sueldo perdido mientras me recuperaba',
      amount: '500',
      start: '02/01/2015',
      end: '02/20/2015',
    });
    await r.post('claim', '/losses', { another: 'no' });
    // Every warning the calculator can give is on this page, in Spanish, dates in words.
    const claim = textOutsideEnglish(w.html);
    expect(claim).toContain('Período 2: los días del 5 de enero de 1930 al');
    expect(claim).toContain('La pérdida 2 («Sueldo perdido») es un ingreso perdido sin fechas');
    expect(claim).toContain(
      'La pérdida 3 («Sueldo perdido mientras me recuperaba») cubre días que ya se cuentan como trabajo en el período 1 (del 5 de enero de 2015 al 28 de junio de 2015)',
    );
    if (code === 'US-CA')
      expect(claim).toContain('Escribió una tarifa de mercado para 1 de 2 períodos');
    await r.post('about', '/claim', {});
    await r.post('check', '/about', PERSON);
    await r.post('download', '/check', {});
    expect(r.pages.map(([name]) => name)).toContain('download');
    expect(r.english()).toEqual([]);
  });

  it('on the restitution check page the shared journey reaches', async () => {
    const w = await walkRestitutionToCheck(new Walker(wizardApp()), { lang: 'es' });
    expect(englishIn(w.html)).toEqual([]);
  });

  it('on the pages for a place the tool has no law for', async () => {
    const r = new Recorder(new Walker(wizardApp()));
    await r.get('start', '/?lang=es');
    await r.post('where', '/start', { who: 'self', relief: 'restitution' });
    await r.post('no restitution (New York)', '/where', { jurisdiction: 'US-NY' });
    const v = new Recorder(new Walker(wizardApp()));
    await v.get('start', '/?lang=es');
    await v.post('where', '/start', { who: 'self', relief: 'vacatur' });
    await v.post('no law', '/where', { jurisdiction: 'other' });
    expect(r.pages.at(-1)![1]).toContain('Nueva York');
    expect([...r.english(), ...v.english()]).toEqual([]);
  });

  it('on the pages that say something went wrong', async () => {
    const r = new Recorder(new Walker(wizardApp()));
    await r.get('not found', '/no-such-page?lang=es');
    expect(r.w.status).toBe(404);
    await r.get('start', '/?lang=es');
    await r.post('expired form', '/start', { who: 'self', relief: 'vacatur', _csrf: 'stale' });
    expect(r.w.status).toBe(403);
    expect(r.w.html).toContain('<html lang="es">');
    expect(r.english()).toEqual([]);
  });
});
