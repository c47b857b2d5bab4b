import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { assess } from '../../src/domain/assess';
import { parseCase } from '../../src/domain/parse-case';
import { buildPacket } from '../../src/documents/packet';
import { expectDraftsNoPapers, loadedVacatur } from './pack-helpers';

describe('the North Carolina pack (US-NC): § 15A-1416.1 read only in part, § 15A-1415(b)(10) unread', () => {
  const { pack, vacatur } = loadedVacatur('US-NC');

  it('drafts no court paper: only the instructions and the cover go into the packet', () => {
    expectDraftsNoPapers(vacatur);
  });

  it('never calls a record eligible, and says in English and Spanish that the ground was not read', () => {
    expect(vacatur.rules.every((r) => r.status !== 'eligible')).toBe(true);
    const covered = vacatur.rules.find((r) => r.reason.code === 'nonviolent-vacatur-lawyer');
    expect(covered?.when.tagsAny).toEqual(['nonviolent']);
    expect(covered?.reason.message).toContain('prepares no court paper');
    expect(covered?.reason.message).toContain('§ 15A-1415(b)(10)');
    expect(covered?.reason.messageEs).toContain('no prepara documentos para el tribunal');
    expect(covered?.reason.messageEs).toContain('§ 15A-1415(b)(10)');
  });

  it('names the victim confidentiality law as § 14-43.17 (14-43.16 is the affirmative defense)', () => {
    const p = vacatur.procedure;
    for (const text of [p.confidentiality ?? '', p.confidentialityEs ?? '']) {
      expect(text).toContain('14-43.17');
      expect(text).not.toContain('14-43.16');
      expect(text).toContain('AOC-CR-183');
    }
    // § 14-43.17(d): the protection does not reach a court file unless a motion under (e) is granted.
    expect(p.confidentiality).toContain('subsection (d)');
    expect(p.confidentialityEs).toContain('subsección (d)');
    expect(vacatur.sourceIds).toContain('cuffney-gs-14-43-17');
  });

  it('asks nothing of the person that only a drafted paper needed (no notary, no paragraph to fill in)', () => {
    const codes = vacatur.requirements.map((q) => q.code);
    expect(codes).not.toContain('notarize-affidavit');
    for (const q of vacatur.requirements) {
      expect(q.message).not.toMatch(/affidavit|paragraph/i);
      expect(q.messageEs).not.toMatch(/declaración jurada|párrafo/i);
    }
  });

  it('opens its notes for a lawyer with why there are no papers, in both languages', () => {
    expect(vacatur.needsReview[0]).toMatch(/^This tool drafts no court paper for North Carolina/);
    const es = vacatur.needsReviewEs ?? [];
    expect(es[0]).toMatch(/^Esta herramienta no prepara documentos/);
    expect(vacatur.needsReview).toHaveLength(es.length);
    const ids = new Set(pack.sources.map((s) => s.id));
    for (const id of ['nc-aoc-cr-forms-index', 'us-statutes-nc-headings'])
      expect(ids.has(id) && vacatur.sourceIds.includes(id)).toBe(true);
  });

  it('builds, for every North Carolina fixture, a packet with no court paper, in English and Spanish', () => {
    const dir = path.join(__dirname, '..', 'fixtures', 'cases', 'us-nc');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const file of files) {
      const fixture = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {
        case: unknown;
        today?: string;
      };
      const today = fixture.today ?? '2026-12-05';
      const parsed = parseCase(fixture.case, today);
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      const a = assess(parsed.value, pack, today);
      expect(a.convictions.every((r) => r.status !== 'eligible')).toBe(true);
      for (const lang of ['en', 'es'] as const) {
        const ids = buildPacket(parsed.value, a, pack, { today, lang }).documents.map((d) => d.id);
        expect(ids.filter((id) => id.startsWith('nc-'))).toEqual([]);
        expect(ids).toContain('lawyer-memo');
      }
    }
  });
});
