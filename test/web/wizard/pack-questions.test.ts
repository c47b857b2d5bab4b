import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PackSchema } from '../../../src/domain/pack-schema';
import { NY_RECORD, TRAFFICKING, Walker } from './journey';
import { packs, wizardApp } from './support';

const WIZARD = path.join(__dirname, '..', '..', '..', 'src', 'web', 'wizard');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('the wizard names no state', () => {
  it('holds no state code or state name in src/web/wizard', () => {
    const found = filesUnder(WIZARD).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ file: path.relative(WIZARD, file), line: i + 1, text: line }))
        .filter((l) => /US-NY|US-CA|US-FED|New York|California/.test(l.text)),
    );
    expect(found).toEqual([]);
  });

  it('asks the court from the pack’s own list, in the page’s language', async () => {
    const registry = packs();
    const ny = registry.get('US-NY')!;
    const choices = ny.reliefs.vacatur?.recordQuestions?.courtChoices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    // A made-up pack's court list is what the record page offers.
    const raw = JSON.parse(
      readFileSync(path.join(__dirname, '..', '..', '..', 'jurisdictions', 'us-ny.json'), 'utf8'),
    ) as { reliefs: { vacatur: { recordQuestions: unknown } } };
    raw.reliefs.vacatur.recordQuestions = {
      courtChoices: [
        {
          id: 'muni',
          label: 'Municipal Court',
          labelEs: 'Tribunal Municipal',
          courtName: 'Muni Ct.',
        },
      ],
      courtExample: 'Springfield Municipal Court',
    };
    const pack = PackSchema.parse(raw);
    const app = wizardApp({
      registry: { packs: [pack], get: (code: string) => (code === pack.code ? pack : undefined) },
    } as never);
    const w = await new Walker(app).get('/?lang=es');
    await w.post('/start', { who: 'self', relief: 'vacatur' });
    await w.post('/where', { jurisdiction: pack.code });
    expect(w.html).toContain('Tribunal Municipal');
    expect(w.html).toContain('Por ejemplo: Springfield Municipal Court.');
    expect(w.html).not.toContain('Hempstead');
    await w.post('/record', { ...NY_RECORD, courtKind: 'muni', court: '' });
    expect(w.html).toContain('Muni Ct.');
  });

  it('refuses a court choice that takes the wizard’s own ids', () => {
    const raw = JSON.parse(
      readFileSync(path.join(__dirname, '..', '..', '..', 'jurisdictions', 'us-ny.json'), 'utf8'),
    ) as { reliefs: { vacatur: { recordQuestions: unknown } } };
    raw.reliefs.vacatur.recordQuestions = {
      courtChoices: [{ id: 'unknown', label: 'x', courtName: 'x' }],
    };
    expect(PackSchema.safeParse(raw).success).toBe(false);
  });
});

describe('the attorney path speaks of the client', () => {
  it('says "the client" on the trafficking, outcome and check pages, and "you" on the person’s own path', async () => {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', { who: 'attorney', relief: 'vacatur' });
    await w.post('/where', { jurisdiction: 'US-NY' });
    await w.post('/records-table', {
      rowCount: '5',
      'rows-0-offense': 'PL 230.00',
      'rows-0-arrestDate': '03/01/2012',
      'rows-0-disposition': 'convicted',
      'rows-0-convictionDate': '03/02/2012',
      'rows-0-imprisoned': 'no',
      'rows-0-court': 'Criminal Court of the City of New York',
    });
    expect(w.html).toContain('When did the client first ask for help or services?');
    expect(w.html).toContain('Which of these documents does the client have?');
    await w.post('/trafficking', { ...TRAFFICKING, narrative: 'The client was forced to work.' });
    expect(w.html).toContain('The client&#x27;s records');
    expect(w.html).not.toContain('Your records');
    const self = await new Walker(wizardApp()).get('/');
    await self.post('/start', { who: 'self', relief: 'vacatur' });
    await self.post('/where', { jurisdiction: 'US-NY' });
    await self.post('/record', NY_RECORD);
    await self.post('/records', { another: 'no' });
    expect(self.html).toContain('When did you first ask for help or services?');
  });
});
