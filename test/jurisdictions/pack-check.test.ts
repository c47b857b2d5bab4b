import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { assess } from '../../src/domain/assess';
import { todayIso } from '../../src/domain/dates';
import { parseCase } from '../../src/domain/parse-case';
import { buildPacket } from '../../src/documents/packet';
import { coverageMarkdown } from '../../src/jurisdictions/coverage-table';
import { loadPacks } from '../../src/jurisdictions/load-packs';

/**
 * The pack check every jurisdiction passes, found by itself: a new pack is checked without
 * editing this file. Its law is recent, sourced and exercised by its fixtures.
 */

const root = path.join(__dirname, '..', '..');
const registry = loadPacks();
const packs = registry.packs;

interface Fixture {
  case: unknown;
  today?: string;
  expected: { convictions: { codes: string[] }[] };
}

function fixturesOf(code: string): Fixture[] {
  const dir = path.join(root, 'test', 'fixtures', 'cases', code.toLowerCase());
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  return files.map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Fixture);
}

const DAY = 24 * 60 * 60 * 1000;
/** A no-relief pack's fixtures only prove no paper is made: a handful, not twenty. */
const NO_RELIEF_MIN_FIXTURES = 5;

describe.each(packs.map((p) => [p.code, p] as const))('the %s pack', (code, pack) => {
  const fixtures = fixturesOf(code);
  const relief = pack.reliefs.vacatur;

  it('was checked against its sources within the last twelve months', () => {
    const age = (Date.parse(todayIso()) - Date.parse(pack.verifiedOn)) / DAY;
    expect({ verifiedOn: pack.verifiedOn, recent: age <= 366 }).toEqual({
      verifiedOn: pack.verifiedOn,
      recent: true,
    });
  });

  it('names a source with a web address for each relief, and every source it cites exists', () => {
    expect(pack.sources.every((s) => /^https?:\/\//.test(s.url))).toBe(true);
    const ids = new Set(pack.sources.map((s) => s.id));
    expect((relief?.sourceIds ?? []).filter((id) => !ids.has(id))).toEqual([]);
    const none = pack.reliefs.none;
    const cited = [
      ...(none?.sourceIds ?? []),
      ...(none?.otherOptions ?? []).map((o) => o.sourceId),
    ];
    expect(cited.filter((id) => !ids.has(id))).toEqual([]);
  });

  const none = pack.reliefs.none;
  if (none) {
    // Relaxed for a state with no relief to file (docs/authoring.md, "A state with no relief"):
    // no rule table to exercise, so a handful of fixtures proves that no paper is ever made.
    it(`has at least ${NO_RELIEF_MIN_FIXTURES} fixture cases, a juvenile record among them`, () => {
      expect(fixtures.length).toBeGreaterThanOrEqual(NO_RELIEF_MIN_FIXTURES);
      const juvenile = fixtures.some((f) => {
        const parsed = parseCase(f.case, f.today ?? '2026-11-27');
        return parsed.ok && parsed.value.convictions.some((r) => r.juvenile);
      });
      expect(juvenile).toBe(true);
    });

    it('marks every record of every fixture needs-review, and builds no court paper', () => {
      for (const f of fixtures) {
        const today = f.today ?? '2026-11-27';
        const parsed = parseCase(f.case, today);
        if (!parsed.ok) throw new Error(`fixture does not parse: ${JSON.stringify(parsed.errors)}`);
        const a = assess(parsed.value, pack, today);
        expect(a.convictions.every((r) => r.status === 'needs-review')).toBe(true);
        for (const lang of ['en', 'es'] as const) {
          const packet = buildPacket(parsed.value, a, pack, { today, lang });
          expect(packet.documents.map((d) => d.id)).toEqual([
            'cover',
            'instructions',
            'lawyer-memo',
          ]);
        }
      }
    });

    it('names free legal help and at least one other option with its source', () => {
      expect(pack.legalHelp.length).toBeGreaterThan(0);
      expect(none.otherOptions.length).toBeGreaterThan(0);
    });
  }

  if (!relief) return;

  it('has at least 20 fixture cases', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  it('exercises every reason its rules can give', () => {
    const seen = new Set(fixtures.flatMap((f) => f.expected.convictions.flatMap((c) => c.codes)));
    // `otherwise` is a safety net a complete rule table never reaches, so it is not required.
    const codes = relief.rules.map((r) => r.reason.code);
    expect([...new Set(codes)].filter((c) => !seen.has(c))).toEqual([]);
  });

  it('exercises every offense its rules exclude', () => {
    const excludingTags = relief.rules
      .filter((r) => r.status === 'ineligible' && r.when.tagsAny)
      .flatMap((r) => r.when.tagsAny ?? []);
    const excluded = pack.offenses.filter((o) => o.tags.some((t) => excludingTags.includes(t)));
    const exercised = new Set<string>();
    for (const f of fixtures) {
      const today = f.today ?? '2026-11-27';
      const parsed = parseCase(f.case, today);
      if (!parsed.ok) continue;
      for (const r of assess(parsed.value, pack, today).convictions)
        if (r.offense) exercised.add(r.offense.citation);
    }
    expect(excluded.map((o) => o.citation).filter((c) => !exercised.has(c))).toEqual([]);
  });
});

describe('docs/JURISDICTIONS.md', () => {
  it('is the table the packs make today (run `npm run docs:jurisdictions` when it is not)', () => {
    const file = path.join(root, 'docs', 'JURISDICTIONS.md');
    const fresh = execFileSync(
      process.execPath,
      [require.resolve('prettier/bin/prettier.cjs'), '--stdin-filepath', file],
      { input: coverageMarkdown(packs), encoding: 'utf8' },
    );
    expect(readFileSync(file, 'utf8')).toBe(fresh);
  });

  it('has a row for every pack', () => {
    const text = readFileSync(path.join(root, 'docs', 'JURISDICTIONS.md'), 'utf8');
    for (const p of packs) expect(text).toContain(`| ${p.code}`);
  });
});
