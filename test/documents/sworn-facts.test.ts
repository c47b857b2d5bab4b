import { PaperSchema, SWORN_FACTS } from '../../src/domain/vacatur-papers-schema';
import { swornFactsOf, type SwornPaper } from '../../src/documents/sworn-facts';
import type { PacketViewBase } from '../../src/documents/view-types';

/** The part of a packet's view the sworn-facts list reads: the trafficking and each record. */
const view = {
  trafficking: {
    types: 'sex trafficking',
    typesEs: 'trata sexual',
    start: 'March 1, 2014',
    startEs: '1 de marzo de 2014',
    end: 'June 30, 2016',
    endEs: '30 de junio de 2016',
    servicesSought: 'August 2, 2016',
    servicesSoughtEs: '2 de agosto de 2016',
    narrative: ['What happened.'],
    safety: ['He still lives nearby.'],
  },
  sets: [
    {
      records: [
        {
          isConviction: true,
          arrestDate: 'April 1, 2015',
          arrestDateEs: '1 de abril de 2015',
          convictionDate: 'May 5, 2015',
          convictionDateEs: '5 de mayo de 2015',
          citation: 'Penal Law § 230.00',
          name: 'Prostitution',
          nameEs: 'Prostitución',
          duringTrafficking: true,
        },
        {
          isConviction: false,
          arrestDate: 'July 7, 2015',
          arrestDateEs: '7 de julio de 2015',
          convictionDate: '',
          convictionDateEs: '',
          citation: 'Penal Law § 240.37',
          name: '',
          nameEs: '',
          duringTrafficking: false,
        },
      ],
    },
  ],
} as unknown as PacketViewBase;

const HAWAII_ALSO = { en: 'That three years have passed.', es: 'Que pasaron tres años.' };

describe('the sworn facts the instructions list come from what the sworn papers state', () => {
  it.each<[string, SwornPaper[], string[]]>([
    ['no sworn paper: nothing is listed', [], []],
    [
      'a paper that states every fact (no `swears`): the trafficking, each record and its link, the time, help sought, the account, the safety words',
      [{}],
      [
        'That you were a victim of sex trafficking from March 1, 2014 to June 30, 2016.',
        'That you were arrested on April 1, 2015 and convicted on May 5, 2015 of Penal Law § 230.00, and that this was a result of the trafficking.',
        'That you were being trafficked at the time of the events behind the charge of Penal Law § 230.00 (Prostitution).',
        'That you were arrested on July 7, 2015 for Penal Law § 240.37, and that the arrest was a result of the trafficking (the papers do not say you did what you were arrested for).',
        'That you first sought help as a victim of trafficking on August 2, 2016.',
        'Everything you wrote in your own words about what happened.',
        'What you wrote about your safety, or your family’s, in your own words.',
      ],
    ],
    [
      "a paper that states each record only, and a fact of its own (Hawaii's declaration): no trafficking",
      [{ swears: ['records'], swearsAlso: [HAWAII_ALSO] }],
      [
        'That you were convicted on May 5, 2015 of Penal Law § 230.00.',
        'That you were arrested on July 7, 2015 for Penal Law § 240.37 (the papers do not say you did what you were arrested for).',
        'That three years have passed.',
      ],
    ],
    [
      'a paper that states the link alone',
      [{ swears: ['link'] }],
      [
        'That the record of Penal Law § 230.00 was a result of the trafficking.',
        'That the record of Penal Law § 240.37 was a result of the trafficking.',
      ],
    ],
    [
      'two papers: what either states is listed once, the same further fact once',
      [
        { swears: ['trafficking'], swearsAlso: [HAWAII_ALSO] },
        { swears: ['help-sought', 'trafficking'], swearsAlso: [HAWAII_ALSO] },
      ],
      [
        'That you were a victim of sex trafficking from March 1, 2014 to June 30, 2016.',
        'That you first sought help as a victim of trafficking on August 2, 2016.',
        'That three years have passed.',
      ],
    ],
    ['a sworn paper that states none of the case (a certificate of service)', [{ swears: [] }], []],
  ])('%s', (_, papers, en) => {
    const facts = swornFactsOf(view, papers);
    expect(facts.en).toEqual(en);
    expect(facts.es).toHaveLength(en.length);
  });

  it('says each fact in Spanish too, the charge named where the pack names it', () => {
    const { es } = swornFactsOf(view, [{ swears: ['records'], swearsAlso: [HAWAII_ALSO] }]);
    expect(es).toEqual([
      'Que el 5 de mayo de 2015 hubo una condena contra usted por Penal Law § 230.00 (Prostitución).',
      'Que el 7 de julio de 2015 hubo un arresto contra usted por Penal Law § 240.37 (los documentos no dicen que usted hizo aquello por lo que hubo el arresto).',
      'Que pasaron tres años.',
    ]);
  });

  const paper = {
    title: 'Declaration',
    pleading: false,
    signer: 'person',
    plain: 'your statement',
    plainEs: 'su declaración',
  };

  it('a pack may say what a sworn paper states, from the closed set only', () => {
    expect(PaperSchema.safeParse({ ...paper, sworn: true, swears: [...SWORN_FACTS] }).success).toBe(
      true,
    );
    expect(PaperSchema.safeParse({ ...paper, sworn: true, swears: ['guilt'] }).success).toBe(false);
  });

  it('a paper that is not sworn may not say what it swears', () => {
    const r = PaperSchema.safeParse({ ...paper, sworn: false, swearsAlso: [HAWAII_ALSO] });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toMatch(/set sworn to true/);
  });
});
