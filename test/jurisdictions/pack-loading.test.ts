import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  DEFAULT_PACK_DIR,
  loadPacks,
  PackError,
  parsePack,
} from '../../src/jurisdictions/load-packs';

describe('jurisdiction packs', () => {
  const registry = loadPacks();

  it('loads every pack in jurisdictions/ through its schema', () => {
    expect(registry.packs.map((p) => p.code)).toEqual(
      expect.arrayContaining(['US-CA', 'US-FED', 'US-NY']),
    );
  });

  it.each(['US-NY', 'US-CA', 'US-FED'])(
    '%s names its statute, sources, verification date and ≥60 offenses',
    (code) => {
      const pack = registry.get(code)!;
      expect(pack.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(pack.sources.length).toBeGreaterThan(0);
      expect(pack.reliefs.vacatur?.authority).toBeTruthy();
      expect(pack.offenses.length).toBeGreaterThanOrEqual(60);
      for (const rule of pack.reliefs.vacatur!.rules)
        if (rule.status !== 'needs-review') expect(rule.reason.citation).toBeTruthy();
    },
  );

  it('every source a relief names exists, and every tag a rule tests is used by some offense', () => {
    for (const pack of registry.packs) {
      const tags = new Set(pack.offenses.flatMap((o) => o.tags));
      for (const rule of pack.reliefs.vacatur?.rules ?? [])
        for (const tag of [...(rule.when.tagsAny ?? []), ...(rule.when.tagsNone ?? [])])
          expect({ pack: pack.code, tag, used: tags.has(tag) }).toEqual({
            pack: pack.code,
            tag,
            used: true,
          });
    }
  });

  describe('a bad pack', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'relief-packs-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('stops loading and names the file and the field', () => {
      const good = JSON.parse(readFileSync(path.join(DEFAULT_PACK_DIR, 'us-ny.json'), 'utf8'));
      delete good.verifiedOn;
      good.offenses[0].level = 'dreadful';
      writeFileSync(path.join(dir, 'us-ny.json'), JSON.stringify(good));
      expect(() => loadPacks(dir)).toThrow(PackError);
      try {
        loadPacks(dir);
      } catch (err) {
        expect((err as Error).message).toMatch(/us-ny\.json/);
        expect((err as Error).message).toMatch(/verifiedOn/);
        expect((err as Error).message).toMatch(/offenses\.0\.level/);
      }
    });

    it('refuses JSON that does not parse, naming the file', () => {
      expect(() => parsePack('us-zz.json', '{ nope')).toThrow(/us-zz\.json.*not valid JSON/s);
    });

    it('refuses a pack stored under another code’s file name', () => {
      const good = readFileSync(path.join(DEFAULT_PACK_DIR, 'us-ny.json'), 'utf8');
      expect(() => parsePack('us-ca.json', good)).toThrow(/must live in us-ny\.json/);
    });
  });
});
