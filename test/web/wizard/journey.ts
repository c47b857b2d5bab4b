import request from 'supertest';
import type { Express } from 'express';

/** A tiny browser for supertest: keeps the CSRF cookie, reads the hidden fields of the last page. */
export class Walker {
  cookie = '';
  html = '';
  status = 0;
  headers: Record<string, string> = {};

  constructor(readonly app: Express) {}

  async get(url: string): Promise<this> {
    const res = await request(this.app).get(url).set('Cookie', this.cookie);
    this.take(res);
    return this;
  }

  /** POST a form of the current page: its hidden draft, csrf token and lang, plus the given fields. */
  async post(
    url: string,
    fields: Record<string, string | string[]>,
    opts: { keepState?: boolean; origin?: string; host?: string } = {},
  ): Promise<this> {
    const state = opts.keepState === false ? {} : this.state();
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...state, ...fields }))
      for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
    let req = request(this.app).post(url).type('form').set('Cookie', this.cookie);
    if (opts.origin) req = req.set('Origin', opts.origin);
    if (opts.host) req = req.set('Host', opts.host);
    const res = await req.send(body.toString());
    this.take(res);
    return this;
  }

  private take(res: request.Response) {
    this.status = res.status;
    this.html = typeof res.text === 'string' ? res.text : '';
    this.headers = res.headers as Record<string, string>;
    const set = res.headers['set-cookie'] as unknown as string[] | undefined;
    const csrf = set?.map((c) => c.split(';')[0]!).find((c) => c.startsWith('csrf='));
    if (csrf) this.cookie = csrf;
  }

  /** A hidden field of the page's own forms (after the header, which holds the language switch). */
  hidden(name: string): string {
    const at = this.html.indexOf('</header>');
    const m = new RegExp(`name="${name}" value="([^"]*)"`).exec(
      at >= 0 ? this.html.slice(at) : this.html,
    );
    return m ? decode(m[1]!) : '';
  }

  state(): Record<string, string> {
    return { _csrf: this.hidden('_csrf'), draft: this.hidden('draft'), lang: this.hidden('lang') };
  }

  get title(): string {
    return decode(/<title>([^<]*)<\/title>/.exec(this.html)?.[1] ?? '');
  }

  get h1(): string {
    const m = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(this.html);
    return decode((m?.[1] ?? '').replace(/<[^>]+>/g, '').trim());
  }
}

export function decode(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#x3D;/g, '=')
    .replace(/&#x60;/g, '`')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export const NY_RECORD = {
  offense: 'PL 230.00',
  description: 'Prostitution',
  arrestDate: '03/01/2012',
  offenseDate: '',
  disposition: 'convicted',
  convictionDate: '03/02/2012',
  imprisoned: 'no',
  courtKind: 'nyc-criminal',
  court: 'Criminal Court of the City of New York',
  county: 'Queens',
  docketNumber: '2012QN012345',
  juvenile: 'no',
};

export const TRAFFICKING = {
  types: ['sex'],
  startDate: '01/01/2010',
  ended: 'yes',
  endDate: '06/30/2014',
  servicesSoughtDate: '02/01/2015',
  documentation: ['t-visa'],
};

export const PERSON = {
  legalName: 'Nguyễn Thị Lan',
  otherNames: 'Lan Nguyen',
  dateOfBirth: '04/12/1990',
  line1: '12 Main St',
  line2: '',
  city: 'Albany',
  state: 'NY',
  postalCode: '12207',
  phone: '518-555-0100',
  email: 'lan@example.org',
};

/** Walk the self-represented New York journey up to check your answers. */
export async function walkToCheck(w: Walker, lang: 'en' | 'es' = 'en'): Promise<Walker> {
  await w.get(lang === 'es' ? '/?lang=es' : '/');
  await w.post('/start', { who: 'self', relief: 'vacatur' });
  await w.post('/where', { jurisdiction: 'US-NY' });
  await w.post('/record', NY_RECORD);
  await w.post('/records', { another: 'no' });
  await w.post('/trafficking', TRAFFICKING);
  await w.post('/account', {
    narrative: 'He took my papers and made me work. Each arrest happened while he controlled me.',
  });
  await w.post('/outcome', {});
  await w.post('/about', PERSON);
  return w;
}

export const CRIMINAL_CASE = {
  court: 'United States District Court for the Eastern District of New York',
  caseNumber: '1:19-cr-00123',
  defendants: 'John Doe\nRichard Roe',
};

/** The contract's example period: 25 weeks at 70 hours, $84,000 taken, nothing paid. */
export const PERIOD = {
  start: '01/05/2015',
  end: '06/28/2015',
  hoursPerWeek: '70',
  daysPerWeek: '7',
  grossToDefendant: '$84,000',
  paidToVictim: '',
};

export const LOSS = {
  category: 'therapy',
  description: 'Counseling, 40 sessions',
  amount: '$4,800.00',
  start: '',
  end: '',
};

/** Walk a restitution journey up to "what you can ask for". */
export async function walkRestitutionToClaim(
  w: Walker,
  opts: { lang?: 'en' | 'es'; who?: 'self' | 'attorney'; jurisdiction?: string } = {},
): Promise<Walker> {
  await w.get(opts.lang === 'es' ? '/?lang=es' : '/');
  await w.post('/start', { who: opts.who ?? 'self', relief: 'restitution' });
  await w.post('/where', { jurisdiction: opts.jurisdiction ?? 'US-FED' });
  await w.post('/criminal-case', CRIMINAL_CASE);
  await w.post('/period', PERIOD);
  await w.post('/periods', { another: 'no' });
  await w.post('/losses', { another: 'yes' });
  await w.post('/loss', LOSS);
  await w.post('/losses', { another: 'no' });
  return w;
}

/** …and on to check your answers. */
export async function walkRestitutionToCheck(
  w: Walker,
  opts: { lang?: 'en' | 'es'; who?: 'self' | 'attorney'; jurisdiction?: string } = {},
): Promise<Walker> {
  await walkRestitutionToClaim(w, opts);
  await w.post('/claim', {});
  await w.post('/about', {
    ...PERSON,
    ...(opts.who === 'attorney' ? { attorneyName: 'Ana Ruiz', barNumber: '123456' } : {}),
  });
  return w;
}

/** What a date question's day / month / year boxes show, read from the page. */
export function dateBoxes(html: string, id: string): { day: string; month: string; year: string } {
  const value = (name: string) =>
    decode(new RegExp(`name="${name}"[^>]*value="([^"]*)"`).exec(html)?.[1] ?? '');
  const select =
    new RegExp(`<select[^>]*id="${id}-month"[\\s\\S]*?</select>`).exec(html)?.[0] ?? '';
  const month = /<option value="(\d+)" selected>/.exec(select)?.[1] ?? '';
  return { day: value(`${id}-day`), month, year: value(`${id}-year`) };
}
