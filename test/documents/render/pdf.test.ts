import { renderPdf, findMissingGlyphs } from '../../../src/documents/render/pdf';
import type { Packet } from '../../../src/documents/model';
import { caDocument, fixturePacket, NAMES, nyDocument } from './fixture-packet';
import { hasTool, mutoolWarnings, pdffonts, readPdf } from './helpers';

const FIXED = { creationDate: new Date('2026-01-02T03:04:05Z') };

describe('renderPdf', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderPdf(fixturePacket(), FIXED);
  });

  test('a real PDF reader finds every document, each starting on a new page', async () => {
    const pdf = await readPdf(bytes);
    expect(pdf.pages.length).toBe(6);
    expect(pdf.pages[0]).toContain('CRIMINAL COURT OF THE CITY OF NEW YORK');
    expect(pdf.pages[2]).toContain('SUPERIOR COURT OF THE STATE OF CALIFORNIA');
    expect(pdf.pages[4]).toContain('UNITED STATES DISTRICT COURT');
    expect(pdf.pages[5]).toContain('How to file your papers');
  });

  test('names keep their diacritics in the extracted text', async () => {
    const text = (await readPdf(bytes)).pages.join(' ');
    for (const name of NAMES) expect(text).toContain(name);
    expect(text).toContain('2012QN012345');
    expect(text).toContain('§ 230.00');
  });

  test('page numbers restart in each document', async () => {
    const { pages } = await readPdf(bytes);
    expect(pages[0]).toContain('Page 1 of 2');
    expect(pages[1]).toContain('Page 2 of 2');
    expect(pages[2]).toContain('Page 1 of 2');
    expect(pages[4]).toContain('Page 1 of 1');
  });

  test('numbered paragraphs are numbered per document', async () => {
    const { pages } = await readPdf(bytes);
    expect(pages[2]).toMatch(/1\. Fact 1/);
    expect(pages[4]).toMatch(/1\. Fact 1/);
    expect(pages[4]).not.toMatch(/7\. Fact/);
  });

  test('metadata carries the title and nothing that says who or what made it', async () => {
    const { info } = await readPdf(bytes);
    expect(info.Title).toBe('Motion to Vacate Judgment');
    expect(info.Author).toBeUndefined();
    expect(info.Producer ?? '').toBe('');
    expect(info.Creator ?? '').toBe('');
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('pdf-lib');
  });

  test('the fonts are embedded (pdffonts), as subsets: a few dozen KB, not the 500 KB font files', () => {
    expect(bytes.length).toBeLessThan(120_000);
    if (!hasTool('pdffonts'))
      throw new Error('pdffonts is missing: apt-get install poppler-utils (.ci/run does)');
    const rows = pdffonts(bytes);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row).toMatch(/Tinos\S*\s+CID TrueType\s+Identity-H\s+yes/);
  });

  test('the same packet gives byte-identical PDFs', async () => {
    const again = await renderPdf(fixturePacket(), FIXED);
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(again))).toBe(0);
  });

  test('without a creation date the PDF carries no dates', async () => {
    const undated = await readPdf(await renderPdf(fixturePacket()));
    expect(undated.info.CreationDate).toBeUndefined();
    expect((await readPdf(bytes)).info.CreationDate).toBe('D:20260102030405Z');
  });

  test('glyphs draw cleanly: mutool reports no broken outlines', () => {
    if (!hasTool('mutool'))
      throw new Error('mutool is missing: apt-get install mupdf-tools (.ci/run does)');
    expect(mutoolWarnings(bytes)).toEqual([]);
  });

  test('pleading pages carry the 28 line numbers and the title in the footer', async () => {
    const { pages } = await readPdf(bytes);
    const ca = pages[3] as string;
    expect(ca).toMatch(/\b1 2 3 4 5 6 7 8 9 10\b/);
    expect(ca).toContain('28');
    expect(ca).toContain('Petition to Vacate Convictions (Pen. Code, § 236.14)');
    expect(pages[0]).not.toMatch(/\b1 2 3 4 5 6 7 8 9 10\b/);
  });
});

describe('long documents', () => {
  test('thirty numbered facts run over several pages, every one printed once', async () => {
    const packet: Packet = { title: 'Affidavit', documents: [nyDocument(30)] };
    const { pages } = await readPdf(await renderPdf(packet));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const text = pages.join(' ');
    for (let i = 1; i <= 30; i += 1) expect(text.split(`Fact ${i}:`).length - 1).toBe(1);
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
  });

  test('a long table repeats its header row on the next page', async () => {
    const doc = nyDocument(0);
    const rows = Array.from({ length: 60 }, (_, i) => [
      [{ text: `Row ${i + 1}` }],
      [{ text: 'x' }],
    ]);
    doc.blocks = [{ kind: 'table', header: [[{ text: 'Docket' }], [{ text: 'Offense' }]], rows }];
    const { pages } = await readPdf(await renderPdf({ title: 't', documents: [doc] }));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('Docket Offense');
  });

  test('a pleading document that runs over keeps the grid and footer on every page', async () => {
    const { pages } = await readPdf(await renderPdf({ title: 't', documents: [caDocument()] }));
    expect(pages.length).toBe(2);
    for (const page of pages)
      expect(page).toContain('Petition to Vacate Convictions (Pen. Code, § 236.14)');
  });
});

describe('missing glyphs', () => {
  const chinese: Packet = {
    title: 'Declaration',
    documents: [
      {
        id: 'd',
        title: 'Declaration',
        pleading: false,
        blocks: [{ kind: 'paragraph', runs: [{ text: 'I am 王小明 and Zoë.' }] }],
      },
    ],
  };

  test('characters the font lacks are reported and drawn as a visible substitute', async () => {
    const reported: string[] = [];
    const bytes = await renderPdf(chinese, { onMissingGlyphs: (chars) => reported.push(...chars) });
    expect(reported).toEqual(['王', '小', '明']);
    expect(findMissingGlyphs(chinese)).toEqual(['王', '小', '明']);
    const text = (await readPdf(bytes)).pages.join(' ');
    expect(text).toContain('□□□');
    expect(text).toContain('Zoë');
  });

  test('a packet the font fully covers reports nothing', async () => {
    const reported: string[] = [];
    await renderPdf(fixturePacket(), { onMissingGlyphs: (chars) => reported.push(...chars) });
    expect(reported).toEqual([]);
    expect(findMissingGlyphs(fixturePacket())).toEqual([]);
  });
});
