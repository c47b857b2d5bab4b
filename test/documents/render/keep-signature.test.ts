import type { Block, DocumentModel, Packet } from '../../../src/documents/model';
import { renderDocx } from '../../../src/documents/render/docx';
import { renderPdf } from '../../../src/documents/render/pdf';
import { dateLineText } from '../../../src/documents/render/text';
import { readPdf, readZipEntries } from './helpers';

/**
 * No page holding only a signature: signature blocks and verifications stay with the text above
 * them. Documents with 1 to 30 paragraphs before the signature put it at every place on a page,
 * including where it used to be pushed alone onto a new page.
 */

const filler = (i: number): Block => ({
  kind: 'paragraph',
  numbered: true,
  runs: [
    {
      text: `Filler ${i}: the petitioner was a victim of trafficking and each arrest listed was the direct result of it${i % 3 ? ', as the declaration filed with this petition says in full.' : '.'}`,
    },
  ],
});

const signature: Block = {
  kind: 'signature',
  dateLine: 'Dated: ______________________',
  lines: ['SIGNER Name', 'SIGNER Role', 'SIGNER Street', 'SIGNER City'],
};
const perjury: Block = {
  kind: 'verification',
  form: 'penalty-of-perjury',
  text: [
    {
      text: 'SIGNER declares under penalty of perjury under the laws of the State of California that the foregoing is true and correct.',
    },
  ],
};
const jurat: Block = {
  kind: 'verification',
  form: 'notary',
  text: [{ text: 'SIGNER sworn to before me this ____ day of ______________, 20___.' }],
};
const enter: Block = { kind: 'paragraph', indent: true, runs: [{ text: 'ENTER:' }] };
const table: Block = {
  kind: 'table',
  header: [[{ text: 'Case' }], [{ text: 'Court' }]],
  rows: [[[{ text: 'Cell 1' }], [{ text: 'Cell court' }]]],
};
const heading: Block = { kind: 'heading', level: 2, text: [{ text: 'Headed table' }] };

type Ending = { name: string; pleading: boolean; tail: Block[] };
const ENDINGS: Ending[] = [
  { name: 'signature', pleading: false, tail: [signature] },
  { name: 'signature then jurat', pleading: false, tail: [signature, jurat] },
  { name: 'declaration then signature (pleading)', pleading: true, tail: [perjury, signature] },
  { name: 'one-line ENTER: then signature', pleading: false, tail: [enter, signature] },
  { name: 'heading, table, signature', pleading: false, tail: [heading, table, signature] },
];

function documents(ending: Ending): DocumentModel[] {
  return Array.from({ length: 30 }, (_, n) => ({
    id: `doc-${n}`,
    title: `Document ${n}`,
    pleading: ending.pleading,
    lang: 'en',
    blocks: [...Array.from({ length: n + 1 }, (_, i) => filler(i)), ...ending.tail],
  }));
}

describe('signatures are kept with the text above them', () => {
  test.each(ENDINGS)('PDF, $name: every page with a signature has other text on it', async (e) => {
    const packet: Packet = { title: 'Keep', documents: documents(e) };
    const { pages } = await readPdf(await renderPdf(packet));
    const signed = pages.filter((p) => p.includes('SIGNER'));
    expect(signed.length).toBeGreaterThanOrEqual(30);
    const lone = signed.filter((p) => !/Filler|ENTER|Cell/.test(p));
    expect(lone).toEqual([]);
  });

  test('PDF: a signature that cannot fit takes the last two lines of the paragraph above along', async () => {
    const packet: Packet = { title: 'Keep', documents: documents(ENDINGS[0] as Ending) };
    const { pages } = await readPdf(await renderPdf(packet));
    for (const page of pages.filter((p) => p.includes('SIGNER') && !p.includes('Filler 0'))) {
      // The page starts with a paragraph's tail: at least the words of its last two lines.
      const before = page.slice(0, page.indexOf('Dated:'));
      expect(before.split(' ').filter(Boolean).length).toBeGreaterThanOrEqual(8);
    }
  });

  test('DOCX: the text above a signature, and a signature above a jurat, keep with next', async () => {
    const doc: DocumentModel = {
      id: 'd',
      title: 'D',
      pleading: false,
      lang: 'en',
      blocks: [filler(1), filler(2), signature, jurat],
    };
    const files = await readZipEntries(await renderDocx({ title: 'D', documents: [doc] }));
    const xml = files.get('word/document.xml')?.data.toString('utf8') ?? '';
    const paragraphs = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const at = (text: string): string => paragraphs.find((p) => p.includes(text)) ?? '';
    expect(at('Filler 2')).toContain('<w:keepNext/>');
    expect(at('Filler 2')).toContain('<w:widowControl/>');
    expect(at('Filler 1')).not.toContain('<w:keepNext/>');
    expect(at('SIGNER City')).toContain('<w:keepNext/>');
    expect(at('Notary Public')).not.toContain('<w:keepNext/>');
  });

  test('DOCX: a one-line paragraph and a table above a signature bring what is above them', async () => {
    const doc: DocumentModel = {
      id: 'd',
      title: 'D',
      pleading: false,
      lang: 'en',
      blocks: [filler(1), enter, signature, filler(2), table, signature],
    };
    const files = await readZipEntries(await renderDocx({ title: 'D', documents: [doc] }));
    const xml = files.get('word/document.xml')?.data.toString('utf8') ?? '';
    const paragraphs = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const at = (text: string): string => paragraphs.find((p) => p.includes(text)) ?? '';
    expect(at('Filler 1')).toContain('<w:keepNext/>');
    expect(at('ENTER:')).toContain('<w:keepNext/>');
    expect(at('Filler 2')).toContain('<w:keepNext/>');
    expect(at('Cell court')).toContain('<w:keepNext/>');
  });
});

describe('the date line of a signature block', () => {
  test.each([
    ['Dated: ______________________', 'Dated: ______________________'],
    ['Executed on: ______________', 'Executed on: ______________'],
    ['Fecha: __________', 'Fecha: __________'],
    ['March 2, 2026', 'Dated: March 2, 2026'],
    ['', 'Dated: ____________________'],
  ])('%j prints as %j (one label, never "Dated: Dated:")', (line, printed) => {
    expect(dateLineText(line)).toBe(printed);
  });
});
