import type { Block } from '../../../src/documents/model';
import { build, captionOf, docText, onlyDoc, packetText } from './helpers';

const NAME = '*Ana* #1 {{lookup}} <b>Ruiz</b> ::: **x**';
const NARRATIVE = [
  '# Not a heading',
  '::page-break',
  '::: signature\ndate: not a date\n:::',
  '1. not a second number {{#each x}}{{/each}} | a | b |',
  '- not a list > nor a quote __nor underlined__ \uE001 \uE000',
].join('\n\n');

const input = {
  version: 1,
  jurisdiction: 'US-NY',
  relief: 'vacatur',
  petitioner: {
    legalName: NAME,
    otherNames: ['::caption'],
    address: { line1: '::blank 3 x', city: '*C*', state: 'NY', postalCode: '#1' },
  },
  convictions: [
    {
      offense: 'PL 230.00',
      arrestDate: '2012-03-01',
      convictionDate: '2012-03-02',
      court: '## Court',
      county: '**Queens**',
      docketNumber: '| 1 |',
    },
  ],
  trafficking: {
    types: ['sex'],
    startDate: '2010-01-01',
    endDate: '2014-06-30',
    narrative: NARRATIVE,
    safetyConcerns: ':::',
  },
};

const styled = (b: Block): boolean =>
  (b.kind === 'paragraph' && b.runs.some((r) => r.bold || r.italic || r.underline)) ||
  (b.kind === 'heading' && b.text.some((r) => r.bold || r.italic || r.underline));

describe('text a person enters is printed literally, never read as markup', () => {
  const { packet } = build(input);
  const affidavit = onlyDoc(packet, 'ny-affidavit');

  it('prints the name as entered in the caption, the body and the signature', () => {
    expect(captionOf(affidavit).defendant.name).toBe(
      `${NAME.toUpperCase()}, also known as ::CAPTION`,
    );
    const text = docText(affidavit);
    expect(text).toContain(`${NAME}, being duly sworn, deposes and says:`);
    const signature = affidavit.blocks.find((b) => b.kind === 'signature');
    expect(signature).toMatchObject({ kind: 'signature', lines: [NAME] });
  });

  it('prints each paragraph of the account as a numbered fact, markup characters and all', () => {
    const paragraphs = affidavit.blocks
      .filter((b) => b.kind === 'paragraph' && b.numbered)
      .map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''));
    expect(paragraphs).toContain('# Not a heading');
    expect(paragraphs).toContain('::page-break');
    expect(paragraphs).toContain('::: signature date: not a date :::');
    expect(paragraphs).toContain('1. not a second number {{#each x}}{{/each}} | a | b |');
    expect(paragraphs).toContain('- not a list > nor a quote __nor underlined__');
  });

  it('adds no block, heading, break or style that the templates did not write', () => {
    for (const d of packet.documents) {
      expect(d.blocks.filter((b) => b.kind === 'page-break')).toHaveLength(0);
      expect(
        d.blocks.filter((b) => b.kind === 'heading').map((b) => docText({ ...d, blocks: [b] })),
      ).not.toContain('Not a heading');
    }
    expect(affidavit.blocks.filter((b) => b.kind === 'signature')).toHaveLength(1);
    expect(affidavit.blocks.filter((b) => b.kind === 'blank')).toHaveLength(0);
    const hostileBlocks = affidavit.blocks.filter((b) =>
      docText({ ...affidavit, blocks: [b] }).includes('Ruiz</b>'),
    );
    expect(hostileBlocks.length).toBeGreaterThan(0);
    expect(hostileBlocks.filter(styled)).toHaveLength(0);
  });

  it('keeps table cells and addresses whole', () => {
    const notice = onlyDoc(packet, 'ny-notice-of-motion');
    const row = notice.blocks.find((b) => b.kind === 'table');
    expect(row && row.kind === 'table' ? row.rows[0]?.[0]?.[0]?.text : '').toBe('| 1 |');
    expect(docText(notice)).toContain('::blank 3 x');
    expect(docText(notice)).toContain('## Court, **Queens** County');
    expect(packetText(packet)).not.toMatch(/[\uE000\uE001]/);
  });
});
