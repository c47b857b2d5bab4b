import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { templateFor } from '../../../src/documents/document-catalog';
import { renderTemplate } from '../../../src/documents/template-engine';
import { build, buildFixture, registry } from './helpers';

const root = path.join(__dirname, '..', '..', '..', 'templates');
// Every pack's folder (templates/us-*), read from disk so a new pack's templates are checked too.
const folders = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** This helper's templates: everything in its folders except the restitution helper's files. */
function ownTemplates(): string[] {
  return folders.flatMap((folder) =>
    readdirSync(path.join(root, folder))
      .filter((f) => f.endsWith('.hbs') && !f.startsWith('restitution-'))
      .map((f) => `${folder}/${f.slice(0, -'.hbs'.length)}`),
  );
}

const fullFixtures = {
  'US-NY': ['ny-two-courts', 'ny-attorney'],
  'US-CA': ['ca-full'],
  'US-FED': ['fed-full'],
  'US-FL': ['fl-full'],
} as const;

describe('templates', () => {
  it('never print a value unescaped (no triple-stash or {{& }})', () => {
    for (const name of ownTemplates()) {
      const source = readFileSync(path.join(root, `${name}.hbs`), 'utf8');
      expect({ name, unescaped: /\{\{\s*[{&]/.test(source) }).toEqual({ name, unescaped: false });
    }
  });

  it('are compiled in strict mode, so a view missing a field is an error, not a blank', () => {
    expect(() => renderTemplate('us-ny/notice-of-motion', {})).toThrow();
    expect(() => renderTemplate('common/instructions', { es: false })).toThrow();
  });

  it.each(Object.entries(fullFixtures))(
    'for %s, every document the pack lists renders from a full fixture',
    (code, names) => {
      const pack = registry.get(code);
      if (!pack?.reliefs.vacatur) throw new Error(`no vacatur pack ${code}`);
      const rendered = new Set(
        names.flatMap((n) => buildFixture(n).packet.documents.map((d) => d.id)),
      );
      for (const id of pack.reliefs.vacatur.documents)
        expect({ id, rendered: rendered.has(id) }).toEqual({ id, rendered: true });
      for (const n of names)
        for (const d of buildFixture(n).packet.documents)
          expect(d.blocks.length).toBeGreaterThan(0);
    },
  );

  it('has a template for every vacatur document id of every pack, and no court template that no pack uses', () => {
    const used = new Set<string>();
    for (const pack of registry.packs) {
      for (const id of pack.reliefs.vacatur?.documents ?? []) {
        const name = templateFor(id, pack);
        expect({ id, exists: ownTemplates().includes(name) }).toEqual({ id, exists: true });
        used.add(name);
      }
    }
    const courtTemplates = ownTemplates().filter((t) => /^us-/.test(t));
    expect(courtTemplates.filter((t) => !used.has(t))).toEqual([]);
  });

  it('maps pack document ids to template names', () => {
    const ny = registry.get('US-NY');
    const fed = registry.get('US-FED');
    if (!ny || !fed) throw new Error('packs missing');
    expect(templateFor('ny-notice-of-motion', ny)).toBe('us-ny/notice-of-motion');
    expect(templateFor('fed-provider-affidavit', fed)).toBe('us-fed/provider-affidavit');
    expect(templateFor('instructions', ny)).toBe('common/instructions');
    expect(templateFor('cover', fed)).toBe('common/cover');
  });

  it('renders in both languages for every pack', () => {
    for (const names of Object.values(fullFixtures)) {
      const { c } = buildFixture(names[0]);
      const es = build(c, '2026-11-27', 'es').packet;
      expect(es.documents.at(-1)?.lang).toBe('es');
      expect(es.documents.at(0)?.lang).toBe('es');
    }
  });
});
