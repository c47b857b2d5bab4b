import type { Assessment } from '../../../src/domain/assessment';
import type { Pack } from '../../../src/domain/pack-schema';
import { outcomeView } from '../../../src/web/wizard/outcome';
import { decode, NY_RECORD, TRAFFICKING, Walker } from './journey';
import { packs, wizardApp } from './support';

/** The English legal wording a pack shows on the outcome page, cut at its blanks ({name}, …). */
function englishPieces(pack: Pack): string[] {
  const v = pack.reliefs.vacatur;
  if (!v) return [];
  const texts = [
    ...v.rules.map((r) => r.reason.message),
    v.otherwise.reason.message,
    ...(v.timing.outsidePeriod ? [v.timing.outsidePeriod.message] : []),
    ...v.requirements.map((r) => r.message),
    ...v.proof.helpfulEvidence,
    ...v.needsReview,
  ];
  return texts
    .flatMap((t) => t.split(/\{\w+\}/))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 25);
}

/** The page's main content as text, tags removed. */
function mainText(html: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? html;
  return decode(main.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
}

const mainHtml = (html: string): string => /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? html;

async function spanishOutcome(jurisdiction: string, record: Record<string, string>) {
  const w = await new Walker(wizardApp()).get('/?lang=es');
  await w.post('/start', { who: 'self', relief: 'vacatur' });
  await w.post('/where', { jurisdiction });
  await w.post('/record', record);
  await w.post('/records', { another: 'no' });
  await w.post('/trafficking', TRAFFICKING);
  await w.post('/account', { narrative: 'Él controlaba todo lo que yo hacía.' });
  return w;
}

const CASES: [string, Record<string, string>, string, string][] = [
  [
    'US-NY',
    NY_RECORD,
    'Presente la moción con la debida diligencia',
    'cuando su participación en él fue resultado de haber sido víctima de trata',
  ],
  [
    'US-CA',
    {
      ...NY_RECORD,
      offense: 'PC 647(b)',
      court: 'Superior Court of California',
      county: 'Los Angeles',
    },
    'Firme la petición bajo pena de perjurio.',
    'es un delito no violento',
  ],
  [
    'US-FED',
    {
      ...NY_RECORD,
      offense: '18 U.S.C. § 1343',
      description: 'Wire fraud',
      court: 'United States District Court for the District of New Jersey',
      county: '',
      arrestPlace: 'Newark, New Jersey',
      childVictim: 'no',
    },
    'La moción debe ser por escrito',
    'así que es un delito de nivel A',
  ],
];

describe('the Spanish outcome page ("what the law allows")', () => {
  it.each(CASES)(
    'shows the %s law in Spanish, with no English pack text and nothing marked as English',
    async (code, record, spanishRequirement, spanishReason) => {
      const w = await spanishOutcome(code, record);
      expect(w.h1).toBe('Lo que permite la ley');
      const text = mainText(w.html);
      expect(text).toContain(spanishRequirement);
      expect(text).toContain(spanishReason);
      const pack = packs().get(code) as Pack;
      const english = englishPieces(pack).filter((piece) => text.includes(piece));
      expect(english).toEqual([]);
      expect(mainHtml(w.html)).not.toContain('lang="en"');
      expect(text).not.toContain('(texto de la ley, en inglés)');
    },
  );

  it('writes the dates the Spanish way', async () => {
    const w = await spanishOutcome('US-FED', CASES[2]![1]);
    const text = mainText(w.html);
    expect(text).toContain('Si presenta hoy: 1 de julio de 2026');
    expect(text).toMatch(/se revisó por última vez el \d{1,2} de [a-z]+ de \d{4}\./);
  });

  it('fills the blanks of a Spanish reason with the record’s offense, by its Spanish name', async () => {
    const w = await spanishOutcome('US-NY', NY_RECORD);
    expect(mainText(w.html)).toContain(
      'puede alcanzar una condena por cualquier delito, incluido Prostitución (N.Y. Penal Law § 230.00)',
    );
  });

  it('shows the English page in English, untouched by the Spanish', async () => {
    const w = await new Walker(wizardApp()).get('/');
    await w.post('/start', { who: 'self', relief: 'vacatur' });
    await w.post('/where', { jurisdiction: 'US-NY' });
    await w.post('/record', NY_RECORD);
    await w.post('/records', { another: 'no' });
    await w.post('/trafficking', TRAFFICKING);
    await w.post('/account', { narrative: 'He controlled everything I did.' });
    const text = mainText(w.html);
    expect(text).toContain('Make the motion with due diligence');
    expect(text).not.toContain('debida diligencia');
  });
});

describe('a pack without Spanish for some texts', () => {
  const ny = packs().get('US-NY') as Pack;
  const relief = ny.reliefs.vacatur;
  if (!relief) throw new Error('the NY pack has no vacatur relief');
  const { needsReviewEs: _dropped, ...rest } = relief;
  const partial: Pack = {
    ...ny,
    reliefs: {
      vacatur: {
        ...rest,
        proof: { ...relief.proof, helpfulEvidenceEs: relief.proof.helpfulEvidenceEs?.slice(1) },
      },
    },
  };
  const assessment: Assessment = {
    jurisdiction: 'US-NY',
    relief: 'vacatur',
    remedy: 'vacatur',
    authority: relief.authority,
    verifiedOn: ny.verifiedOn,
    assessedOn: '2026-06-01',
    overall: 'eligible',
    convictions: [
      {
        index: 0,
        asWritten: 'PL 230.00',
        kind: 'conviction',
        status: 'eligible',
        reasons: [{ code: 'offense-covered', message: 'English only.', citation: 'CPL' }],
      },
    ],
    requirements: [
      { code: 'a', message: 'Serve it.', messageEs: 'Entréguelo.' },
      { code: 'b', message: 'File it.' },
    ],
    needsReview: relief.needsReview,
  };

  it('shows the English where the Spanish is missing, marked as English, and the Spanish elsewhere', () => {
    const view = outcomeView(assessment, partial, 'es');
    expect(view.requirements.map((r) => [r.text, r.en])).toEqual([
      ['Entréguelo.', false],
      ['File it.', true],
    ]);
    expect(view.requirementsInEnglish).toBe(true);
    expect(view.needsReview.every((n) => n.en)).toBe(true);
    // A Spanish list that does not line up with the English is not used at all.
    expect(view.helpfulEvidence.every((h) => h.en)).toBe(true);
    expect(view.helpfulEvidenceInEnglish).toBe(true);
    expect(view.records[0]?.reasons[0]?.original).toBe('English only.');
  });

  it('marks nothing as English when every text has its Spanish', () => {
    const view = outcomeView(
      { ...assessment, requirements: [assessment.requirements[0]!] },
      ny,
      'es',
    );
    expect(view.requirementsInEnglish).toBe(false);
    expect(view.helpfulEvidenceInEnglish).toBe(false);
    expect(view.needsReview.some((n) => n.en)).toBe(false);
  });
});
