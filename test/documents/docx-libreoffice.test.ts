import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Block, Packet } from '../../src/documents/model';
import { renderDocx } from '../../src/documents/render/docx';
import { renderPdf } from '../../src/documents/render/pdf';
import { PAGE_HEIGHT, MARGIN } from '../../src/documents/render/page-geometry';
import { build, readFixture } from './packets/helpers';
import {
  convertDocxToPdf,
  isLineNumber,
  lackingWords,
  linesOf,
  normalise,
  pdfPages,
  readingWords,
  type PdfPage,
} from './render/office';

/**
 * Every fixture packet and one packet of each state with papers, in English and Spanish, as our PDF and as its DOCX opened in LibreOffice
 * (soffice --convert-to pdf). The files are fixture data in a temporary folder this test removes;
 * the server never writes a file. soffice and pdftotext must be installed (.ci/run installs them):
 * without them these tests fail.
 */

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const jsonNames = (dir: string): string[] =>
  readdirSync(path.join(FIXTURES, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
/** Every vacatur fixture packet and every restitution fixture case. */
const VACATUR = jsonNames('packets');
const RESTITUTION = jsonNames(path.join('restitution', 'cases'));
const LANGS = ['en', 'es'] as const;
const TODAY = '2026-11-27';

/**
 * For every state whose pack has papers (a templates folder), the fixture case whose packet has
 * the most documents, then the most blocks: so each state's court papers are opened in LibreOffice,
 * not only the five jurisdictions of fixtures/packets. Picked from the data, so a new state is in.
 */
function richestCaseOf(code: string): string {
  const dir = path.join('cases', code);
  const scored = jsonNames(dir).map((name) => {
    const fixture = JSON.parse(readFileSync(path.join(FIXTURES, dir, `${name}.json`), 'utf8'));
    const { packet } = build(fixture.case, fixture.today ?? TODAY, 'en');
    const blocks = packet.documents.reduce((n, d) => n + d.blocks.length, 0);
    return { name: `${dir}/${name}`, documents: packet.documents.length, blocks };
  });
  scored.sort((a, b) => b.documents - a.documents || b.blocks - a.blocks);
  return scored[0]!.name;
}
const TEMPLATES = path.join(__dirname, '..', '..', 'templates');
const STATES = readdirSync(TEMPLATES)
  .filter((d) => /^us-[a-z]{2,3}$/.test(d))
  .filter((d) => readdirSync(path.join(FIXTURES, 'cases')).includes(d))
  .sort()
  .map(richestCaseOf);

interface Rendered {
  name: string;
  packet: Packet;
  pdf: PdfPage[];
  office: PdfPage[];
}

function packetOf(name: string, lang: 'en' | 'es'): Packet {
  if (VACATUR.includes(name)) {
    const f = readFixture(name);
    return build(f.case, f.today, lang).packet;
  }
  if (STATES.includes(name)) {
    const f = JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8'));
    return build(f.case, f.today ?? TODAY, lang).packet;
  }
  const file = path.join(FIXTURES, 'restitution', 'cases', `${name}.json`);
  return build(JSON.parse(readFileSync(file, 'utf8')), '2026-11-27', lang).packet;
}

const NAMES = [...VACATUR, ...STATES, ...RESTITUTION].flatMap((n) => LANGS.map((l) => `${n}-${l}`));
const PACKETS = new Map(
  NAMES.map((name) => [name, packetOf(name.slice(0, -3), name.slice(-2) as 'en' | 'es')]),
);
const rendered = new Map<string, Rendered>();
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'relief-office-'));
  const docx = path.join(dir, 'docx');
  const out = path.join(dir, 'out');
  mkdirSync(docx);
  mkdirSync(out);
  // A state's case is named by its folder (cases/us-co/…): one flat file name each.
  const file = (name: string) => name.replace(/\//g, '--');
  for (const [name, packet] of PACKETS) {
    writeFileSync(path.join(docx, `${file(name)}.docx`), await renderDocx(packet));
    writeFileSync(path.join(dir, `${file(name)}.pdf`), await renderPdf(packet));
  }
  convertDocxToPdf(docx, out, path.join(dir, 'profile'));
  for (const [name, packet] of PACKETS)
    rendered.set(name, {
      name,
      packet,
      pdf: pdfPages(path.join(dir, `${file(name)}.pdf`)),
      office: pdfPages(path.join(out, `${file(name)}.pdf`)),
    });
}, 600_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function get(name: string): Rendered {
  const r = rendered.get(name);
  if (!r) throw new Error(`${name} was not rendered`);
  return r;
}

/** The words of table header rows, which repeat on every page a table runs onto. */
function tableHeaderWords(packet: Packet): Set<string> {
  const words = new Set<string>();
  for (const b of packet.documents.flatMap((d) => d.blocks))
    if (b.kind === 'table')
      for (const cell of b.header)
        for (const w of cell
          .map((r) => r.text)
          .join('')
          .split(/\s+/))
          if (w) words.add(normalise(w));
  return words;
}

describe('a DOCX packet opened in LibreOffice', () => {
  test.each(NAMES)('%s: shows every word the PDF shows, and no other', (name) => {
    const { packet, pdf, office } = get(name);
    const pdfWords = readingWords(pdf);
    const officeWords = readingWords(office);
    expect(pdfWords.length).toBeGreaterThan(500);
    const headers = tableHeaderWords(packet);
    expect(lackingWords(pdfWords, officeWords, headers)).toEqual([]);
    expect(lackingWords(officeWords, pdfWords, headers)).toEqual([]);
  });

  const pleading = NAMES.filter((n) => PACKETS.get(n)?.documents.some((d) => d.pleading));
  test.each(pleading)(
    '%s: every page of a pleading document has the line numbers 1 to 28',
    (name) => {
      const { packet, office } = get(name);
      const titles = new Set(packet.documents.filter((d) => d.pleading).map((d) => d.title));
      // A pleading page is known by its footer: the document title under the page number.
      const pleadingPages = office.filter((page) =>
        linesOf(page).some(
          (line) =>
            (line[0]?.yMin ?? 0) > PAGE_HEIGHT - MARGIN &&
            titles.has(line.map((w) => w.text).join(' ')),
        ),
      );
      expect(pleadingPages.length).toBeGreaterThanOrEqual(titles.size);
      for (const page of pleadingPages) {
        const numbers = page
          .filter(isLineNumber)
          .sort((a, b) => a.yMin - b.yMin)
          .map((w) => Number(w.text));
        expect(numbers).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
      }
    },
  );
});

/** The words a signature block or verification prints, the renderer's own included. */
function signatureWords(packet: Packet): Set<string> {
  const words = new Set(['Dated:', 'Notary', 'Public']);
  const add = (text: string): void => {
    for (const w of text.split(/\s+/)) if (w) words.add(normalise(w));
  };
  const blocks: Block[] = packet.documents.flatMap((d) => d.blocks);
  for (const b of blocks) {
    if (b.kind === 'signature') [b.dateLine ?? '', b.placeLine ?? '', ...b.lines].forEach(add);
    if (b.kind === 'verification') add(b.text.map((r) => r.text).join(''));
  }
  return words;
}

/** Pages whose text, without page furniture and footer titles, is only signature-block text. */
function signatureOnlyPages(packet: Packet, pages: PdfPage[]): string[] {
  const signature = signatureWords(packet);
  const titles = new Set(packet.documents.map((d) => d.title));
  const lone: string[] = [];
  pages.forEach((page, index) => {
    const words = readingWords([page]).filter((w) => !/^[_\W]+$/.test(w));
    const footer = new Set(
      linesOf(page)
        .filter((l) => titles.has(l.map((w) => w.text).join(' ')))
        .flat()
        .map((w) => w.text),
    );
    const body = words.filter((w) => !footer.has(w));
    if (body.length > 0 && body.every((w) => signature.has(w)))
      lone.push(`page ${index + 1}: ${body.join(' ')}`);
  });
  return lone;
}

describe('no page holds only a signature, no label is doubled', () => {
  test.each(NAMES)('%s: in the PDF and in the DOCX as LibreOffice lays it out', (name) => {
    const { packet, pdf, office } = get(name);
    expect(signatureOnlyPages(packet, pdf)).toEqual([]);
    expect(signatureOnlyPages(packet, office)).toEqual([]);
    for (const pages of [pdf, office]) {
      const text = readingWords(pages).join(' ');
      expect(text).not.toMatch(/\b(Dated|Executed on|Fecha):\s*(Dated|Executed on|Fecha):/i);
    }
  });
});
