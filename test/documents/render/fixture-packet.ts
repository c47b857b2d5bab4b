import type { Block, CaptionBlock, DocumentModel, Packet } from '../../../src/documents/model';

export const NAMES = ['Nguyễn Thị Ánh', 'Łukasz Żółć', 'Zoë Ñúñez'] as const;

export const nyCaption: CaptionBlock = {
  kind: 'caption',
  layout: 'standard',
  connector: '-against-',
  court: ['CRIMINAL COURT OF THE CITY OF NEW YORK', 'COUNTY OF QUEENS'],
  plaintiff: { name: 'THE PEOPLE OF THE STATE OF NEW YORK', role: 'Respondent' },
  defendant: { name: 'NGUYỄN THỊ ÁNH', role: 'Defendant' },
  caseNumbers: ['Docket No. 2012QN012345'],
  title: ['NOTICE OF MOTION TO VACATE JUDGMENT'],
  notes: ['CPL 440.10(1)(i)'],
};

export const caCaption: CaptionBlock = {
  kind: 'caption',
  layout: 'pleading',
  connector: 'v.',
  court: ['SUPERIOR COURT OF THE STATE OF CALIFORNIA', 'COUNTY OF LOS ANGELES'],
  plaintiff: { name: 'THE PEOPLE OF THE STATE OF CALIFORNIA', role: 'Plaintiff' },
  defendant: { name: 'ŁUKASZ ŻÓŁĆ', role: 'Defendant and Petitioner' },
  caseNumbers: ['Case No. BA123456'],
  title: ['PETITION TO VACATE CONVICTIONS', '(Pen. Code, § 236.14)'],
  filer: [
    'Łukasz Żółć',
    '100 Spring St',
    'Los Angeles, CA 90012',
    'Telephone: 213-555-0100',
    'Email: lz@example.org',
    'Petitioner, self-represented',
  ],
};

export const fedCaption: CaptionBlock = {
  kind: 'caption',
  layout: 'standard',
  connector: 'v.',
  court: ['UNITED STATES DISTRICT COURT', 'EASTERN DISTRICT OF NEW YORK'],
  plaintiff: { name: 'UNITED STATES OF AMERICA', role: 'Plaintiff' },
  defendant: { name: 'ZOË ÑÚÑEZ', role: 'Defendant-Movant' },
  caseNumbers: ['Case No. 1:19-cr-00123'],
  title: ['MOTION TO VACATE CONVICTION'],
  notes: ['FILED UNDER SEAL'],
};

const facts = (n: number): Block[] =>
  Array.from({ length: n }, (_, i) => ({
    kind: 'paragraph' as const,
    numbered: true,
    runs: [
      { text: `Fact ${i + 1}: I, ` },
      { text: NAMES[i % NAMES.length] as string, bold: true },
      {
        text:
          ', state that on March 2, 2012 I was convicted in Docket No. 2012QN0123' +
          String(i).padStart(2, '0') +
          ' of a charge that was a result of having been trafficked; the trafficker controlled where I lived and worked.',
      },
    ],
  }));

export function nyDocument(factCount = 6): DocumentModel {
  return {
    id: 'ny-affidavit',
    title: 'Affidavit in Support of Motion to Vacate Judgment',
    pleading: false,
    lang: 'en',
    blocks: [
      nyCaption,
      {
        kind: 'heading',
        level: 1,
        text: [{ text: 'AFFIDAVIT OF NGUYỄN THỊ ÁNH' }],
        align: 'center',
      },
      {
        kind: 'paragraph',
        indent: true,
        runs: [
          { text: 'STATE OF NEW YORK, COUNTY OF QUEENS, ss.: ' },
          { text: 'Nguyễn Thị Ánh', italic: true },
          { text: ', being duly sworn, deposes and says:' },
        ],
      },
      ...facts(factCount),
      { kind: 'heading', level: 2, text: [{ text: 'Convictions' }] },
      {
        kind: 'table',
        header: [
          [{ text: 'Docket' }],
          [{ text: 'Offense' }],
          [{ text: 'Date' }],
          [{ text: 'Fine' }],
        ],
        rows: Array.from({ length: 4 }, (_, i) => [
          [{ text: `2012QN01234${i}` }],
          [{ text: 'N.Y. Penal Law § 230.00, Prostitution' }],
          [{ text: 'March 2, 2012' }],
          [{ text: '$250.00' }],
        ]),
        alignRight: [3],
      },
      {
        kind: 'list',
        ordered: false,
        items: [[{ text: 'T visa approval notice' }], [{ text: 'Letter from a service provider' }]],
      },
      {
        kind: 'paragraph',
        quote: true,
        runs: [
          {
            text: 'The court may vacate a judgment where the arrest or conviction was the result of being a victim of sex trafficking.',
          },
        ],
      },
      {
        kind: 'verification',
        form: 'notary',
        text: [{ text: 'Sworn to before me this ____ day of ______________, 20___.' }],
      },
      {
        kind: 'signature',
        dateLine: 'March 2, 2026',
        placeLine: 'Queens County, New York',
        lines: ['Nguyễn Thị Ánh', '12 Main St, Apt 3', 'Albany, NY 12207'],
      },
    ],
  };
}

export function caDocument(): DocumentModel {
  return {
    id: 'ca-petition',
    title: 'Petition to Vacate Convictions (Pen. Code, § 236.14)',
    pleading: true,
    lang: 'en',
    blocks: [
      caCaption,
      { kind: 'heading', level: 1, text: [{ text: 'PETITION' }] },
      {
        kind: 'paragraph',
        indent: true,
        runs: [
          {
            text: 'Petitioner Łukasz Żółć respectfully petitions the court to vacate the convictions listed below.',
          },
        ],
      },
      ...facts(8),
      { kind: 'blank', label: 'Agencies to notify', lines: 2 },
      {
        kind: 'verification',
        form: 'penalty-of-perjury',
        text: [
          {
            text: 'I declare under penalty of perjury under the laws of the State of California that the foregoing is true and correct.',
          },
        ],
      },
      { kind: 'signature', dateLine: '', lines: ['Łukasz Żółć', 'Petitioner'] },
    ],
  };
}

export function fedDocument(): DocumentModel {
  return {
    id: 'fed-motion',
    title: 'Motion to Vacate Conviction',
    pleading: false,
    lang: 'en',
    blocks: [
      fedCaption,
      {
        kind: 'paragraph',
        indent: true,
        runs: [{ text: 'Defendant-Movant Zoë Ñúñez moves under 18 U.S.C. § 3771A.' }],
      },
      ...facts(3),
      { kind: 'signature', dateLine: 'March 2, 2026', lines: ['Zoë Ñúñez'] },
    ],
  };
}

export function instructions(): DocumentModel {
  return {
    id: 'instructions',
    title: 'How to File Your Papers',
    pleading: false,
    plain: true,
    lang: 'en',
    blocks: [
      { kind: 'heading', level: 1, text: [{ text: 'How to file your papers' }] },
      {
        kind: 'paragraph',
        runs: [
          { text: 'Take the signed papers to the clerk of the court. ' },
          { text: 'Keep a copy.', bold: true },
        ],
      },
      {
        kind: 'list',
        ordered: true,
        items: [
          [{ text: 'Sign the affidavit in front of a notary.' }],
          [{ text: 'Serve the District Attorney.' }],
        ],
      },
    ],
  };
}

export function fixturePacket(): Packet {
  return {
    title: 'Motion to Vacate Judgment',
    documents: [nyDocument(), caDocument(), fedDocument(), instructions()],
  };
}
