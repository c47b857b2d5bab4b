import { wizardApp } from './support';
import { NY_RECORD, PERSON, TRAFFICKING, Walker } from './journey';

/** The tab title and the header: what shows in the tab switcher and in history. */
function visibleName(w: Walker): string {
  const header = /<header[\s\S]*?<\/header>/.exec(w.html)?.[0] ?? '';
  return `${w.title}\n${header.replace(/<[^>]+>/g, ' ')}`;
}

const SENSITIVE = /traffick|survivor|trata|sobreviviente|víctima|victim/i;

describe('neutral titles and header', () => {
  it.each(['en', 'es'] as const)(
    'never name the subject in the %s title or header, on any page of the journey',
    async (lang) => {
      const w = await new Walker(wizardApp()).get(lang === 'es' ? '/?lang=es' : '/');
      const seen: string[] = [visibleName(w)];
      const steps: [string, Record<string, string | string[]>][] = [
        ['/start', {}],
        ['/who', { who: 'self' }],
        ['/relief', { relief: 'vacatur' }],
        ['/where', { jurisdiction: 'US-NY' }],
        ['/record', NY_RECORD],
        ['/records', { another: 'no' }],
        ['/trafficking', TRAFFICKING],
        ['/account', { narrative: 'He took my papers.' }],
        ['/outcome', {}],
        ['/about', PERSON],
        ['/check', {}],
      ];
      for (const [url, fields] of steps) {
        await w.post(url, fields);
        expect(w.status).toBe(200);
        seen.push(visibleName(w));
      }
      for (const text of seen) expect(text).not.toMatch(SENSITIVE);
      expect(seen[5]).toContain(
        lang === 'es'
          ? 'Ayuda con formularios judiciales — paso 4 de 10'
          : 'Court forms helper — step 4 of 10',
      );
    },
  );

  it('keeps "Error:" first in the title of a page with errors', async () => {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', { who: 'self', relief: 'vacatur' });
    await w.post('/where', {});
    expect(w.title).toBe('Error: Court forms helper — step 3 of 10');
  });
});

describe('the hotline when the trafficking has not ended', () => {
  async function toAccount(ended: 'yes' | 'no', lang: 'en' | 'es' = 'en') {
    const w = await new Walker(wizardApp()).get(lang === 'es' ? '/?lang=es' : '/');
    await w.post('/start', { who: 'self', relief: 'vacatur' });
    await w.post('/where', { jurisdiction: 'US-NY' });
    await w.post('/record', NY_RECORD);
    await w.post('/records', { another: 'no' });
    await w.post(
      '/trafficking',
      ended === 'yes' ? TRAFFICKING : { ...TRAFFICKING, ended: 'no', endDate: '' },
    );
    return w;
  }

  it('shows the hotline, the risk of alerting them and a free lawyer, and still lets the person go on', async () => {
    const w = await toAccount('no');
    expect(w.h1).toBe('Your account, in your own words');
    expect(w.html).toContain('href="tel:+18883737888">1-888-373-7888</a>');
    expect(w.html).toContain('href="sms:233733">233733</a>');
    expect(w.html).toContain('may alert the person who controls you');
    expect(w.html).toContain('free lawyer first');
    await w.post('/account', { narrative: '' });
    expect(w.status).toBe(200);
    expect(w.h1).toBe('What the law allows');
    expect(w.html).not.toContain('1-888-373-7888</a>');
    await w.post('/outcome', {});
    await w.post('/about', PERSON);
    await w.post('/check', {});
    expect(w.h1).toBe('Your papers are ready to make');
    expect(w.html).toContain('1-888-373-7888</a>');
  });

  it('says it in Spanish too', async () => {
    const w = await toAccount('no', 'es');
    expect(w.html).toContain('Línea Nacional contra la Trata de Personas');
    expect(w.html).toContain('puede alertar a la persona que le controla');
  });

  it('does not show the panel when the trafficking has ended', async () => {
    const w = await toAccount('yes');
    expect(w.h1).toBe('Your account, in your own words');
    expect(w.html).not.toContain('tel:+18883737888');
  });
});

describe('before the account', () => {
  it.each([
    ['en', 'under penalty of perjury', 'can be short'],
    ['es', 'bajo pena de perjurio', 'puede ser corto'],
  ] as const)(
    'explains in %s what sworn means and that the account can be short',
    async (lang, perjury, short) => {
      const w = await new Walker(wizardApp()).get(lang === 'es' ? '/?lang=es' : '/');
      await w.post('/start', { who: 'self', relief: 'vacatur' });
      await w.post('/where', { jurisdiction: 'US-NY' });
      await w.post('/record', NY_RECORD);
      await w.post('/records', { another: 'no' });
      await w.post('/trafficking', TRAFFICKING);
      const before = w.html.indexOf('name="narrative"');
      expect(w.html.indexOf(perjury)).toBeGreaterThan(0);
      expect(w.html.indexOf(perjury)).toBeLessThan(before);
      expect(w.html.indexOf(short)).toBeLessThan(before);
    },
  );
});
