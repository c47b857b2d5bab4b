import { assess } from '../../../src/domain/assess';
import { JUVENILE_OPTION_CODE } from '../../../src/domain/no-relief';
import { answersRelief, missingSpanishInPack, PackSchema } from '../../../src/domain/pack-schema';
import { parseCase } from '../../../src/domain/parse-case';
import { checkCase } from '../../../src/jurisdictions/check-case';
import { registryOf } from '../../../src/jurisdictions/load-packs';
import { noReliefInput, noReliefPack } from '../../helpers/no-relief-pack';
import { testCase, testPack } from '../../helpers/test-pack';

const TODAY = '2026-12-04';

function iowaCase(convictions?: unknown[]) {
  const input = testCase({
    jurisdiction: 'US-IA',
    ...(convictions ? { convictions } : {}),
  });
  const parsed = parseCase(input, TODAY);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

describe('a pack that says its state gives adults no trafficking-specific relief', () => {
  it('is valid with a finding, sources, other options and Spanish beside each text', () => {
    const pack = noReliefPack();
    expect(pack.reliefs.none?.finding).toBe('none-for-adults');
    expect(missingSpanishInPack(pack)).toEqual([]);
  });

  it('cannot also offer vacatur', () => {
    const vacatur = testPack().reliefs.vacatur;
    const raw = { ...testPack(), reliefs: { vacatur, none: noReliefInput() } };
    const result = PackSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('reliefs.none');
  });

  it('names only sources it has, for the finding and for each other option', () => {
    const none = noReliefInput();
    none.otherOptions[0] = { ...none.otherOptions[0]!, sourceId: 'nowhere' };
    const result = PackSchema.safeParse({ ...noReliefPack(), reliefs: { none } });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'reliefs.none.otherOptions.0.sourceId',
    ]);
  });

  it('needs at least one other option, and Spanish for the summary and each option', () => {
    const none = { ...noReliefInput(), otherOptions: [] };
    expect(PackSchema.safeParse({ ...noReliefPack(), reliefs: { none } }).success).toBe(false);
    const { summaryEs: _dropped, ...noSpanish } = noReliefInput();
    expect(PackSchema.safeParse({ ...noReliefPack(), reliefs: { none: noSpanish } }).success).toBe(
      false,
    );
  });

  it('answers a record-relief case, and a restitution case only when it offers restitution', () => {
    const pack = noReliefPack();
    expect(answersRelief(pack, 'vacatur')).toBe(true);
    expect(answersRelief(pack, 'restitution')).toBe(false);
    const checked = checkCase(testCase({ jurisdiction: 'US-IA' }), registryOf([pack]), TODAY);
    expect(checked.ok).toBe(true);
  });
});

describe('assessing a case in a state with no relief', () => {
  it('marks every record needs-review with the no-adult-relief reason and its authority', () => {
    const pack = noReliefPack();
    const a = assess(iowaCase(), pack, TODAY);
    expect(a.overall).toBe('needs-review');
    expect(a.remedy).toBe('none');
    expect(a.requirements).toEqual([]);
    expect(a.convictions.map((r) => [r.status, r.reasons.map((x) => x.code)])).toEqual([
      ['needs-review', ['no-adult-trafficking-relief']],
    ]);
    expect(a.convictions[0]?.reasons[0]?.citation).toBe(pack.reliefs.none?.authority);
    expect(a.convictions[0]?.reasons[0]?.messageEs).toBe(pack.reliefs.none?.summaryEs);
    expect(a.needsReview).toEqual(['Whether a 2026 bill became law.']);
  });

  it('says "unconfirmed" with its own code when the law could not be confirmed', () => {
    const a = assess(iowaCase(), noReliefPack('unconfirmed'), TODAY);
    expect(a.convictions[0]?.reasons[0]?.code).toBe('trafficking-relief-unconfirmed');
  });

  it('points a juvenile record to the juvenile-only relief, still for a lawyer to review', () => {
    const a = assess(
      iowaCase([
        { offense: 'PL 230.00', arrestDate: '2012-03-01', juvenile: true },
        { offense: 'PL 240.20', arrestDate: '2013-03-01', convictionDate: '2013-04-01' },
      ]),
      noReliefPack(),
      TODAY,
    );
    expect(a.convictions.map((r) => [r.status, r.reasons.map((x) => x.code)])).toEqual([
      ['needs-review', ['no-adult-trafficking-relief', JUVENILE_OPTION_CODE]],
      ['needs-review', ['no-adult-trafficking-relief']],
    ]);
  });

  it('never marks a record eligible, whatever the charge (even one a vacatur pack would cover)', () => {
    const a = assess(iowaCase(), noReliefPack(), TODAY);
    expect(a.convictions.every((r) => r.status === 'needs-review')).toBe(true);
  });
});
