import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { assess } from '../../src/domain/assess';
import { parseCase } from '../../src/domain/parse-case';
import { loadPacks } from '../../src/jurisdictions/load-packs';

/**
 * Table-driven law tests: every file in test/fixtures/cases/<code>/*.json is a case with the
 * assessment a lawyer expects. Shape:
 * { description, today?, case, expected: { overall, convictions: [{ status, codes, citation?, remedy?, reasonCitation? }] } }
 */
interface ExpectedRecord {
  status: string;
  codes: string[];
  citation?: string | null;
  remedy?: string;
  reasonCitation?: string;
}
interface Fixture {
  description: string;
  today?: string;
  case: unknown;
  expected: { overall: string; convictions: ExpectedRecord[] };
}

const root = path.join(__dirname, '..', 'fixtures', 'cases');
const registry = loadPacks();
const folders = existsSync(root) ? readdirSync(root).sort() : [];

for (const folder of folders) {
  const files = readdirSync(path.join(root, folder))
    .filter((f) => f.endsWith('.json'))
    .sort();
  describe(`${folder} fixtures`, () => {
    it.each(files)('%s', (file) => {
      const fixture = JSON.parse(readFileSync(path.join(root, folder, file), 'utf8')) as Fixture;
      const today = fixture.today ?? '2026-11-27';
      const parsed = parseCase(fixture.case, today);
      if (!parsed.ok)
        throw new Error(`${file}: case does not parse: ${JSON.stringify(parsed.errors)}`);
      const pack = registry.get(parsed.value.jurisdiction);
      if (!pack) throw new Error(`${file}: no pack for ${parsed.value.jurisdiction}`);
      const result = assess(parsed.value, pack, today);
      const got = result.convictions.map((r) => ({
        status: r.status,
        codes: r.reasons.map((x) => x.code),
        citation: r.offense?.citation ?? null,
        remedy: r.remedy,
        reasonCitation: r.reasons[0]?.citation,
      }));
      const want = fixture.expected.convictions.map((w, i) => ({
        status: w.status,
        codes: w.codes,
        citation: w.citation === undefined ? got[i]?.citation : w.citation,
        remedy: w.remedy === undefined ? got[i]?.remedy : w.remedy,
        reasonCitation: w.reasonCitation === undefined ? got[i]?.reasonCitation : w.reasonCitation,
      }));
      expect({ overall: result.overall, convictions: got }).toEqual({
        overall: fixture.expected.overall,
        convictions: want,
      });
      // Every reason that rests on law names its citation.
      for (const r of result.convictions)
        for (const reason of r.reasons)
          if (!reason.code.startsWith('offense-')) expect(reason.citation).toBeTruthy();
    });
  });
}

it('has at least 20 fixture cases for every pack (5 for a pack with no relief to file)', () => {
  for (const pack of registry.packs) {
    const dir = path.join(root, pack.code.toLowerCase());
    const count = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).length : 0;
    const needed = pack.reliefs.none ? 5 : 20;
    expect({ pack: pack.code, enough: count >= needed }).toEqual({ pack: pack.code, enough: true });
  }
});
