import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { assess } from '../../../src/domain/assess';
import type { Assessment } from '../../../src/domain/assessment';
import type { Case } from '../../../src/domain/case-schema';
import type { Pack } from '../../../src/domain/pack-schema';
import { parseCase } from '../../../src/domain/parse-case';
import type { Block, CaptionBlock, DocumentModel, Packet, Run } from '../../../src/documents/model';
import { buildPacket } from '../../../src/documents/packet';
import { loadPacks } from '../../../src/jurisdictions/load-packs';

export const registry = loadPacks();

export interface Fixture {
  description: string;
  today: string;
  case: unknown;
}

export function readFixture(name: string): Fixture {
  const file = path.join(__dirname, '..', '..', 'fixtures', 'packets', `${name}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Fixture;
}

export function parseFixtureCase(input: unknown, today: string): Case {
  const parsed = parseCase(input, today);
  if (!parsed.ok) throw new Error(`fixture does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.value;
}

export function packFor(c: Case): Pack {
  const pack = registry.get(c.jurisdiction);
  if (!pack) throw new Error(`no pack for ${c.jurisdiction}`);
  return pack;
}

export interface Built {
  c: Case;
  a: Assessment;
  pack: Pack;
  packet: Packet;
}

/** Parse, assess and build a case (JSON input) the way generatePacketFile does. */
export function build(
  input: unknown,
  today = '2026-11-27',
  lang: 'en' | 'es' = 'en',
  pack?: Pack,
): Built {
  const c = parseFixtureCase(input, today);
  const p = pack ?? packFor(c);
  const a = assess(c, p, today);
  return { c, a, pack: p, packet: buildPacket(c, a, p, { today, lang }) };
}

function lawFixture(state: string, file: string): { case: unknown; today?: string } {
  const at = path.join(__dirname, '..', '..', 'fixtures', 'cases', state, file);
  return JSON.parse(readFileSync(at, 'utf8')) as { case: unknown; today?: string };
}

/** The case of one jurisdiction's law fixture (test/fixtures/cases/<state>/<file>). */
export function readCaseFixture(state: string, file: string): unknown {
  return lawFixture(state, file).case;
}

/** A law fixture (`<state>/<name>.json`) built as generatePacketFile does, on its own date if it has one. */
export function buildCaseFixture(
  state: string,
  name: string,
  lang: 'en' | 'es' = 'en',
  today = '2026-12-05',
): Built {
  const f = lawFixture(state, `${name}.json`);
  return build(f.case, f.today ?? today, lang);
}

export function buildFixture(name: string, lang: 'en' | 'es' = 'en'): Built {
  const f = readFixture(name);
  return build(f.case, f.today, lang);
}

const runs = (rs: Run[]): string => rs.map((r) => r.text).join('');

/** What a reader sees of one block, as plain text. */
export function blockText(b: Block): string {
  switch (b.kind) {
    case 'caption':
      return [
        ...b.court,
        b.plaintiff.name,
        b.plaintiff.role,
        b.defendant.name,
        b.defendant.role,
        ...b.caseNumbers,
        ...b.title,
        ...(b.filer ?? []),
        ...(b.notes ?? []),
      ].join('\n');
    case 'heading':
      return runs(b.text);
    case 'paragraph':
      return runs(b.runs);
    case 'list':
      return b.items.map(runs).join('\n');
    case 'table':
      return [
        b.header.map(runs).join(' | '),
        ...b.rows.map((row) => row.map(runs).join(' | ')),
      ].join('\n');
    case 'signature':
      return [b.dateLine ?? '', b.placeLine ?? '', ...b.lines].join('\n');
    case 'verification':
      return runs(b.text);
    case 'blank':
      return b.label;
    case 'page-break':
      return '';
  }
}

export function docText(doc: DocumentModel): string {
  return doc.blocks.map(blockText).join('\n');
}

export function packetText(packet: Packet): string {
  return packet.documents.map((d) => `${d.title}\n${docText(d)}`).join('\n');
}

export function docsById(packet: Packet, id: string): DocumentModel[] {
  return packet.documents.filter((d) => d.id === id);
}

export function onlyDoc(packet: Packet, id: string): DocumentModel {
  const docs = docsById(packet, id);
  if (docs.length !== 1) throw new Error(`expected one ${id}, found ${docs.length}`);
  return docs[0] as DocumentModel;
}

export function captionOf(doc: DocumentModel): CaptionBlock {
  const first = doc.blocks[0];
  if (!first || first.kind !== 'caption')
    throw new Error(`${doc.id} does not start with a caption`);
  return first;
}

export function numbered(doc: DocumentModel): string[] {
  return doc.blocks.filter((b) => b.kind === 'paragraph' && b.numbered).map(blockText);
}

export function tables(doc: DocumentModel): Extract<Block, { kind: 'table' }>[] {
  return doc.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
}

export interface NamedInput {
  name: string;
  input: unknown;
  today: string;
}

/** Every law fixture case and every packet fixture, by name, in a stable order. */
export function allFixtureInputs(): NamedInput[] {
  const root = path.join(__dirname, '..', '..', 'fixtures');
  const out: NamedInput[] = [];
  const casesRoot = path.join(root, 'cases');
  for (const folder of readdirSync(casesRoot).sort())
    for (const file of readdirSync(path.join(casesRoot, folder)).sort()) {
      if (!file.endsWith('.json')) continue;
      const f = JSON.parse(readFileSync(path.join(casesRoot, folder, file), 'utf8')) as {
        case: unknown;
        today?: string;
      };
      out.push({ name: `${folder}/${file}`, input: f.case, today: f.today ?? '2026-11-27' });
    }
  const packetsRoot = path.join(root, 'packets');
  for (const file of readdirSync(packetsRoot).sort()) {
    const f = readFixture(file.replace(/\.json$/, ''));
    out.push({ name: `packets/${file}`, input: f.case, today: f.today });
  }
  return out;
}
