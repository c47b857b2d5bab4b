import { assessVacatur } from '../../../src/domain/eligibility';
import { parseCase } from '../../../src/domain/parse-case';
import type { Case } from '../../../src/domain/case-schema';
import type { Pack, VacaturRelief } from '../../../src/domain/pack-schema';
import { testCase, testPack } from '../../helpers/test-pack';

const TODAY = '2026-11-27';

/** The test pack with Spanish beside some of its texts (and not beside others). */
function spanishPack(): Pack {
  const pack = testPack();
  const v = pack.reliefs.vacatur as VacaturRelief;
  const relief: VacaturRelief = {
    ...v,
    rules: v.rules.map((r) =>
      r.reason.code === 'offense-excluded'
        ? { ...r, reason: { ...r.reason, messageEs: '{name} está excluido' } }
        : r,
    ),
    otherwise: {
      ...v.otherwise,
      reason: { ...v.otherwise.reason, messageEs: '{offense} está cubierto' },
    },
    timing: {
      ...v.timing,
      outsidePeriod: { ...v.timing.outsidePeriod!, messageEs: '{offense} quedó fuera del período' },
    },
    requirements: v.requirements.map((q) => ({
      ...q,
      messageEs: 'La fiscalía tiene {days} días: hasta el {dueDate}',
    })),
  };
  return { ...pack, reliefs: { vacatur: relief } };
}

function caseWith(records: Record<string, unknown>[]): Case {
  const parsed = parseCase(testCase({ convictions: records }), TODAY);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

const conviction = (offense: string, arrestDate = '2012-03-01') => ({
  offense,
  arrestDate,
  convictionDate: '2012-03-02',
});

describe('the assessment carries the pack’s Spanish beside the English', () => {
  it('fills the blanks of a Spanish reason as it fills the English', () => {
    const a = assessVacatur(caseWith([conviction('PL 230.00')]), spanishPack(), TODAY);
    expect(a.convictions[0]?.reasons[0]).toEqual({
      code: 'offense-covered',
      message: 'Test Penal Law § 230.00 is covered',
      messageEs: 'Test Penal Law § 230.00 está cubierto',
      citation: 'Test Law § 1',
    });
  });

  it('gives the Spanish of a record outside the trafficking period, and of an excluded offense', () => {
    const a = assessVacatur(
      caseWith([conviction('PL 230.00', '2009-01-01'), conviction('PL 120.10')]),
      spanishPack(),
      TODAY,
    );
    expect(a.convictions[0]?.reasons.map((r) => r.messageEs)).toEqual([
      'Test Penal Law § 230.00 está cubierto',
      'Test Penal Law § 230.00 quedó fuera del período',
    ]);
    expect(a.convictions[1]?.reasons[0]?.messageEs).toBe('Assault 1 está excluido');
  });

  it('fills the days and the due date into a Spanish requirement', () => {
    const a = assessVacatur(caseWith([conviction('PL 230.00')]), spanishPack(), TODAY);
    expect(a.requirements[0]).toMatchObject({
      message: 'The prosecutor has 45 days: by January 11, 2027',
      messageEs: 'La fiscalía tiene 45 días: hasta el 11 de enero de 2027',
      dueDate: '2027-01-11',
    });
  });

  it('adds no Spanish where the pack has none, so nothing unfilled or empty reaches a page', () => {
    const a = assessVacatur(caseWith([conviction('PL 230.00')]), testPack(), TODAY);
    expect(a.convictions[0]?.reasons[0]).not.toHaveProperty('messageEs');
    expect(a.requirements[0]).not.toHaveProperty('messageEs');
  });
});

describe('a charge the catalogue does not know, decided on the record alone', () => {
  it('is named once, not as "X (X)", in English and Spanish', () => {
    const pack = testPack();
    const v = pack.reliefs.vacatur as VacaturRelief;
    const relief: VacaturRelief = {
      ...v,
      rules: [
        {
          when: { records: ['conviction'] },
          status: 'needs-review',
          reason: {
            code: 'vacatur-motion-lawyer',
            message: 'A lawyer can check whether {name} ({offense}) is covered.',
            messageEs: 'Un abogado puede ver si {name} ({offense}) está cubierto.',
            citation: 'Test Law § 1',
          },
        },
        ...v.rules,
      ],
    };
    const a = assessVacatur(
      caseWith([conviction('Test Code § 37-2732')]),
      { ...pack, reliefs: { vacatur: relief } },
      TODAY,
    );
    const reason = a.convictions[0]!.reasons[0]!;
    expect(reason.message).toBe('A lawyer can check whether Test Code § 37-2732 is covered.');
    expect(reason.messageEs).toBe('Un abogado puede ver si Test Code § 37-2732 está cubierto.');
  });
});
