import request from 'supertest';
import { assess } from '../../../src/domain/assess';
import { parseCase } from '../../../src/domain/parse-case';
import { outcomeView } from '../../../src/web/wizard/outcome';
import { noReliefPack } from '../../helpers/no-relief-pack';
import { testCase } from '../../helpers/test-pack';
import { decode, NY_RECORD, TRAFFICKING, Walker } from './journey';
import { packs, wizardApp } from './support';

/** A state with no trafficking-specific relief for adults, as the wizard shows it (issue 13). */

const TODAY = '2026-12-04';

function outcomeOf(lang: 'en' | 'es', finding: 'none-for-adults' | 'unconfirmed') {
  const pack = noReliefPack(finding);
  const parsed = parseCase(testCase({ jurisdiction: 'US-IA' }), TODAY);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return outcomeView(assess(parsed.value, pack, TODAY), pack, lang);
}

describe('the outcome for a state with no relief', () => {
  it('says plainly that no court papers are made, with the other options, in English', () => {
    const view = outcomeOf('en', 'none-for-adults');
    expect(view.noRelief?.text).toContain('gives adults no special way to clear a record');
    expect(view.noRelief?.text).toContain('no court papers');
    expect(view.noRelief?.options.map((o) => o.name)).toEqual([
      'General expungement',
      'Juvenile trafficking relief',
    ]);
  });

  it('says it in Spanish on the Spanish side, the options in Spanish', () => {
    const view = outcomeOf('es', 'unconfirmed');
    expect(view.noRelief?.text).toContain('no pudo confirmar');
    expect(view.noRelief?.summary).toContain('La ley de Testland');
    expect(view.noRelief?.options[0]?.name).toBe('Eliminación general de antecedentes');
  });

  it('is absent for a state whose law gives relief', () => {
    const ny = packs().get('US-NY');
    if (!ny) throw new Error('no NY pack');
    const parsed = parseCase(testCase(), TODAY);
    if (!parsed.ok) throw new Error('case');
    expect(outcomeView(assess(parsed.value, ny, TODAY), ny, 'en').noRelief).toBeUndefined();
  });
});

describe('the coverage page for a no-relief pack', () => {
  const noRelief = packs().packs.filter((p) => p.reliefs.none);

  it('shows each such state plainly, in English and Spanish', async () => {
    expect(noRelief.length).toBeGreaterThan(0);
    const en = await request(wizardApp()).get('/coverage');
    const es = await request(wizardApp()).get('/coverage?lang=es');
    for (const p of noRelief) {
      const finding = p.reliefs.none?.finding;
      expect(en.text).toContain(
        finding === 'unconfirmed'
          ? 'Could not confirm the law — other options'
          : 'No trafficking-specific relief for adults found — other options',
      );
      expect(es.text).toContain(p.nameEs ?? p.name);
    }
    expect(es.text).toContain('otras opciones');
  });
});

describe('the wizard journey in a state with no relief', () => {
  it('offers the state, then says on the outcome page that no court papers are made', async () => {
    const w = new Walker(wizardApp());
    await w.get('/');
    await w.post('/start', { who: 'self', relief: 'vacatur' });
    expect(w.html).toContain('value="US-SD"');
    expect(w.html).toContain('No special law for trafficking survivors found here');
    await w.post('/where', { jurisdiction: 'US-SD' });
    await w.post('/record', {
      ...NY_RECORD,
      offense: 'SDCL 22-23-1',
      courtKind: '',
      court: 'Circuit Court, Pennington County',
      county: 'Pennington',
    });
    await w.post('/records', { another: 'no' });
    await w.post('/trafficking', TRAFFICKING);
    await w.post('/account', { narrative: 'He controlled where I went.' });
    expect(w.h1).toBe('What the law allows');
    expect(decode(w.html)).toContain(
      'gives adults no special way to clear a record because they were trafficked',
    );
    expect(w.html).toContain('S.D. Codified Laws § 26-7A-115.1');
    expect(w.html).not.toContain('Your court papers: this tool makes them');
  });
});
