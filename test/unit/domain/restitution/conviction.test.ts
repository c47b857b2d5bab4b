import { assess } from '../../../../src/domain/assess';
import type { Assessment } from '../../../../src/domain/assessment';
import { parseCase } from '../../../../src/domain/parse-case';
import { sectionOf } from '../../../../src/domain/restitution/assess-restitution';
import { loadPacks } from '../../../../src/jurisdictions/load-packs';
import { restitutionCase } from './pack-fixture';

const TODAY = '2026-11-27';
const packs = loadPacks();

function run(jurisdiction: string, convictedOf?: string[]): Assessment {
  const input = restitutionCase({
    court: 'A court',
    caseNumber: 'TEST-1',
    defendants: ['A. Defendant'],
    losses: [{ category: 'therapy', description: 'Counselling', amount: 1000 }],
    ...(convictedOf ? { convictedOf } : {}),
  }) as Record<string, unknown>;
  const parsed = parseCase({ ...input, jurisdiction }, TODAY);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return assess(parsed.value, packs.get(jurisdiction)!, TODAY);
}

const codes = (a: Assessment) => a.requirements.map((r) => r.code);

describe('restitution follows the offense of conviction (audit M12)', () => {
  it('reads the section a charge names, whatever the spelling', () => {
    expect(sectionOf('18 U.S.C. § 1591(a)(1)')).toBe('1591');
    expect(sectionOf('18 USC 2421')).toBe('2421');
    expect(sectionOf('Cal. Penal Code § 236.1(c)')).toBe('236.1');
    expect(sectionOf('PC 266h')).toBe('266h');
  });

  it('asks for the offense of conviction when none is given, and still computes', () => {
    const a = run('US-FED');
    expect(a.overall).toBe('eligible');
    expect(codes(a)).toContain('conviction-offense-not-given');
  });

  it('claims under § 1593 for a chapter 77 conviction without the question', () => {
    const a = run('US-FED', ['18 U.S.C. § 1591(a)(1)']);
    expect(a.overall).toBe('eligible');
    expect(codes(a)).not.toContain('conviction-offense-not-given');
  });

  it('sends a Mann Act (chapter 117) conviction to review, naming § 2429', () => {
    const a = run('US-FED', ['18 U.S.C. § 2421']);
    expect(a.overall).toBe('needs-review');
    expect(a.requirements[0]).toMatchObject({ code: 'conviction-not-chapter-77' });
    expect(a.requirements[0]?.message).toContain('§ 2429');
  });

  it('sends a California pimping-only conviction to review: § 1202.4(p) follows § 236.1', () => {
    expect(run('US-CA', ['PC 266h']).overall).toBe('needs-review');
    expect(run('US-CA', ['PC 236.1(b)']).overall).toBe('eligible');
  });
});
