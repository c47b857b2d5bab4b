import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assess } from '../../../src/domain/assess';
import type { Case } from '../../../src/domain/case-schema';
import type { Pack } from '../../../src/domain/pack-schema';
import { parseCase } from '../../../src/domain/parse-case';
import type { Block, DocumentModel, Run, TableBlock } from '../../../src/documents/model';
import {
  buildRestitutionPacket,
  RestitutionPacketError,
} from '../../../src/documents/restitution-packet';
import { packWith } from '../../unit/domain/restitution/pack-fixture';

const TODAY = '2026-11-27';
const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'restitution', 'cases');

function load(file: string, patch: (c: Record<string, unknown>) => void = () => {}): Case {
  const raw = JSON.parse(readFileSync(path.join(fixtures, file), 'utf8')) as Record<
    string,
    unknown
  >;
  patch(raw);
  const parsed = parseCase(raw, TODAY);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

function packet(c: Case, pack: Pack, lang: 'en' | 'es' = 'en') {
  return buildRestitutionPacket(c, assess(c, pack, TODAY), pack, { today: TODAY, lang });
}

const runsText = (runs: Run[]): string => runs.map((r) => r.text).join('');
function textOf(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return runsText(block.text);
    case 'paragraph':
      return runsText(block.runs);
    case 'list':
      return block.items.map(runsText).join('\n');
    case 'table':
      return [block.header, ...block.rows].map((row) => row.map(runsText).join(' | ')).join('\n');
    case 'signature':
      return [block.dateLine ?? '', block.placeLine ?? '', ...block.lines].join('\n');
    case 'verification':
      return runsText(block.text);
    case 'caption':
      return [
        ...block.court,
        block.plaintiff.name,
        block.defendant.name,
        ...block.caseNumbers,
        ...block.title,
      ].join('\n');
    case 'blank':
      return block.label;
    default:
      return '';
  }
}
const docText = (d: DocumentModel): string => d.blocks.map(textOf).join('\n');
const tables = (d: DocumentModel): TableBlock[] =>
  d.blocks.filter((b): b is TableBlock => b.kind === 'table');
const byId = (docs: DocumentModel[], id: string): DocumentModel => {
  const d = docs.find((x) => x.id === id);
  if (!d) throw new Error(`no ${id} in ${docs.map((x) => x.id).join(', ')}`);
  return d;
};

const fed = packWith('US-FED');
const ca = packWith('US-CA');

describe('the federal restitution packet', () => {
  const self = packet(load('us-fed-self.json'), fed);

  it('holds the statement, declaration, proposed order and instructions, but no motion without a lawyer', () => {
    expect(self.documents.map((d) => d.id)).toEqual([
      'fed-restitution-statement',
      'fed-restitution-declaration',
      'fed-restitution-proposed-order',
      'fed-restitution-instructions',
    ]);
  });

  it('adds the CVRA motion when the person has a lawyer', () => {
    const represented = load('us-fed-self.json', (c) => {
      c.representation = {
        mode: 'attorney',
        attorney: { name: 'Dana Reyes', barNumber: 'NY 555', firm: 'Survivor Law Clinic' },
      };
    });
    const p = packet(represented, fed);
    const motion = byId(p.documents, 'fed-restitution-motion');
    expect(docText(motion)).toContain('18 U.S.C. § 3771(a)(6)');
    expect(docText(motion)).toContain('$85,300.00');
    const signature = motion.blocks.find((b) => b.kind === 'signature');
    expect(signature && signature.kind === 'signature' ? signature.lines : []).toContain(
      'Dana Reyes',
    );
  });

  it('captions the statement in federal style with the court, the parties and the case number', () => {
    const caption = byId(self.documents, 'fed-restitution-statement').blocks[0];
    expect(caption).toMatchObject({
      kind: 'caption',
      layout: 'standard',
      connector: 'v.',
      court: ['UNITED STATES DISTRICT COURT', 'FOR THE EASTERN DISTRICT OF NEW YORK'],
      plaintiff: { name: 'UNITED STATES OF AMERICA' },
      defendant: { name: 'JOHN DOE', role: 'Defendant' },
      caseNumbers: ['Case No. 1:19-cr-00123'],
    });
  });

  it('prints the FLSA tables line by line, split at the 2009 raise, with money right-aligned', () => {
    const statement = byId(self.documents, 'fed-restitution-statement');
    const hours = tables(statement).find((t) => runsText(t.header[5] ?? []) === 'Minimum wage');
    const amounts = tables(statement).find((t) => runsText(t.header[2] ?? []) === 'Straight time');
    if (!hours || !amounts) throw new Error('no wage tables');
    expect(hours.rows.map((row) => row.map(runsText))).toEqual([
      ['1', '06/21/2009 – 07/23/2009', '4.71', '330.00', '141.43', '$6.55'],
      ['1', '07/24/2009 – 08/22/2009', '4.29', '300.00', '128.57', '$7.25'],
      ['2', '01/06/2019 – 06/29/2019', '25.00', '1,500.00', '500.00', '$7.25'],
    ]);
    // Totals: straight 2,161.50 + 2,175.00 + 10,875.00 = 15,211.50; overtime 463.18 + 466.07 + 1,812.50 = 2,741.75.
    expect(amounts.rows.map((row) => row.map(runsText))).toEqual([
      ['1', '06/21/2009 – 07/23/2009', '$2,161.50', '$463.18', '$0.00', '$2,624.68'],
      ['1', '07/24/2009 – 08/22/2009', '$2,175.00', '$466.07', '$0.00', '$2,641.07'],
      ['2', '01/06/2019 – 06/29/2019', '$10,875.00', '$1,812.50', '$0.00', '$12,687.50'],
      ['', 'Total', '$15,211.50', '$2,741.75', '$0.00', '$17,953.25'],
    ]);
    expect(amounts.alignRight).toEqual([2, 3, 4, 5]);
  });

  it('shows which measure wins and the total: gross income $78,000.00 plus losses $7,300.00', () => {
    const text = docText(byId(self.documents, 'fed-restitution-statement'));
    expect(text).toContain('The gross income to the defendant (used)');
    expect(text).toContain('$78,000.00');
    expect(text).toContain('$85,300.00');
    // The liquidated alternative is shown but not added: 2 × 17,953.25 = 35,906.50 < 78,000.
    expect(text).toContain('$35,906.50');
  });

  it('warns in the statement that the lost income overlaps a period of work', () => {
    expect(docText(byId(self.documents, 'fed-restitution-statement'))).toContain(
      'covers days also valued as work in period 2',
    );
  });

  it('writes the declaration as numbered facts with a § 1746 verification', () => {
    const declaration = byId(self.documents, 'fed-restitution-declaration');
    const numbered = declaration.blocks
      .filter((b) => b.kind === 'paragraph' && b.numbered)
      .map(textOf);
    expect(
      numbered.some((t) =>
        t.startsWith('From June 21, 2009 to August 22, 2009, I worked about 70.00 hours a week'),
      ),
    ).toBe(true);
    expect(
      numbered.some((t) =>
        t.includes('Therapy and rehabilitation: Counseling, 40 sessions. The amount is $4,800.00.'),
      ),
    ).toBe(true);
    expect(
      declaration.blocks.some((b) => b.kind === 'verification' && b.form === 'penalty-of-perjury'),
    ).toBe(true);
  });

  it('writes the instructions in Spanish when asked, with the 90-day rule', () => {
    const es = packet(load('us-fed-self.json'), fed, 'es');
    const instructions = byId(es.documents, 'fed-restitution-instructions');
    expect(instructions).toMatchObject({
      title: 'Restitución: qué hacer ahora',
      plain: true,
      lang: 'es',
    });
    const text = docText(instructions);
    expect(text).toContain('90 días después de la sentencia');
    expect(text).toContain('IRS Notice 2012-12');
    expect(docText(byId(self.documents, 'fed-restitution-instructions'))).toContain(
      'no more than 90 days after sentencing',
    );
  });

  it('never prints undefined or null, even for a minimal case', () => {
    const minimal = parseCase(
      {
        version: 1,
        jurisdiction: 'US-FED',
        relief: 'restitution',
        petitioner: { legalName: 'A. B.' },
        restitution: {
          court: 'United States District Court for the District of Oregon',
          caseNumber: '3:20-cr-1',
          defendants: ['C. D.'],
          losses: [{ category: 'other', description: 'Phone', amount: 80 }],
        },
      },
      TODAY,
    );
    if (!minimal.ok) throw new Error('bad case');
    for (const d of packet(minimal.value, fed).documents)
      expect(docText(d)).not.toMatch(/undefined|null|\[object/);
  });

  it('prints hostile text in a loss description literally', () => {
    const hostile = load('us-fed-self.json', (c) => {
      const r = c.restitution as { losses: Array<{ description: string }> };
      (r.losses[0] as { description: string }).description =
        '**bold** | a | ::page-break {{x}} <script>';
    });
    const statement = byId(packet(hostile, fed).documents, 'fed-restitution-statement');
    expect(docText(statement)).toContain('**bold** | a | ::page-break {{x}} <script>');
    expect(statement.blocks.some((b) => b.kind === 'page-break')).toBe(false);
  });

  it('refuses a pack without a restitution part with its own error', () => {
    expect(() => packet(load('us-fed-self.json'), packWith('US-FED', false))).toThrow(
      RestitutionPacketError,
    );
  });
});

describe('the California restitution packet', () => {
  const p = packet(load('us-ca-attorney.json'), ca);

  it('holds the request, declaration, proposed order on pleading paper and instructions', () => {
    expect(p.documents.map((d) => [d.id, d.pleading])).toEqual([
      ['ca-restitution-request', true],
      ['ca-restitution-declaration', true],
      ['ca-restitution-proposed-order', true],
      ['ca-restitution-instructions', false],
    ]);
  });

  it('captions for The People with both defendants and the attorney as filer', () => {
    expect(byId(p.documents, 'ca-restitution-request').blocks[0]).toMatchObject({
      kind: 'caption',
      layout: 'pleading',
      connector: 'v.',
      plaintiff: { name: 'THE PEOPLE OF THE STATE OF CALIFORNIA' },
      defendant: { name: 'RICHARD ROE, MARK MOE', role: 'Defendants' },
      filer: expect.arrayContaining(['Łukasz Żółć', 'Bar No. 123456']),
    });
  });

  it('compares the three § 1202.4(p) measures and uses the greatest', () => {
    const request = byId(p.documents, 'ca-restitution-request');
    const measures = tables(request).find((t) => runsText(t.header[0] ?? []) === 'Measure');
    expect(measures?.rows.map((row) => row.map(runsText))).toEqual([
      ['The value of the work at the market rate', '$2,800.00'],
      ['The value of the work at the California minimum wage and overtime (used)', '$2,838.00'],
      ["The defendant's actual income from the work", '$2,000.00'],
    ]);
    expect(docText(request)).toContain('$3,338.00');
    expect(docText(request)).toContain('People v. Valle');
  });

  it('declares under the laws of California', () => {
    const declaration = byId(p.documents, 'ca-restitution-declaration');
    expect(docText(declaration)).toContain('under the laws of the State of California');
  });
});
