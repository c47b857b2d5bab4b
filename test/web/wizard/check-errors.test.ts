import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Case } from '../../../src/domain/case-schema';
import { fieldErrorEn } from '../../../src/domain/issues';
import { checkCaseDates, parseCase } from '../../../src/domain/parse-case';
import { checkProblem } from '../../../src/web/wizard/check-errors';
import type { Draft } from '../../../src/web/wizard/draft';
import { nyCase, TODAY } from '../../helpers/app';

function parsed(input: unknown): Case {
  const r = parseCase(input, TODAY);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

const restitutionCase = (): Record<string, unknown> =>
  JSON.parse(
    readFileSync(
      path.join(__dirname, '..', '..', 'fixtures', 'restitution', 'cases', 'us-fed-self.json'),
      'utf8',
    ),
  ) as Record<string, unknown>;

/** A vacatur case with every date problem the final check knows, and a restitution one. */
function everyCaseCheckMessage(): { path: string; message: string }[] {
  const c = parsed(nyCase());
  const r0 = c.convictions[0]!;
  const broken: Case = {
    ...c,
    petitioner: { ...c.petitioner, dateOfBirth: '2030-01-01' },
    convictions: [
      { ...r0, arrestDate: '2030-01-02', convictionDate: '2030-01-03', offenseDate: '2030-01-04' },
      { ...r0, convictionDate: '2012-01-01', disposition: 'dismissed' },
      { ...r0, disposition: 'pending' },
    ],
    trafficking: {
      ...c.trafficking!,
      startDate: '2030-01-01',
      endDate: '2029-01-01',
      servicesSoughtDate: '2030-01-01',
      documentation: [{ kind: 't-visa', issuer: 'USCIS', date: '2030-01-01' }],
    },
  };
  const rc = parsed(restitutionCase());
  const rest = rc.restitution!;
  const brokenRestitution: Case = {
    ...rc,
    restitution: {
      ...rest,
      periods: [{ ...rest.periods[0]!, start: '2031-01-01', end: '2030-01-01' }],
      losses: [{ ...rest.losses[0]!, start: '2020-02-01', end: '2020-01-01' }],
    },
  };
  const parts = [
    ...(
      parseCase({ ...nyCase(), convictions: [], trafficking: undefined }, TODAY) as {
        errors: { path: string; message: string }[];
      }
    ).errors,
    ...(
      parseCase({ ...restitutionCase(), restitution: undefined }, TODAY) as {
        errors: { path: string; message: string }[];
      }
    ).errors,
  ];
  return [
    ...[...checkCaseDates(broken, TODAY), ...checkCaseDates(brokenRestitution, TODAY)].map(
      fieldErrorEn,
    ),
    ...parts,
  ];
}

const draft = (lang: 'en' | 'es'): Pick<Draft, 'lang' | 'records' | 'person'> =>
  ({
    lang,
    records: [{ arrestDate: '03/13/2015' }],
    person: { dateOfBirth: '04/12/2016' },
  }) as unknown as Pick<Draft, 'lang' | 'records' | 'person'>;

describe('the final case check on the Spanish check page', () => {
  const messages = everyCaseCheckMessage();

  it('meets every kind of problem the case check finds', () => {
    const kinds = new Set(messages.map((m) => m.message.replace(/ (dismissed|acquitted)/, '')));
    expect(kinds.size).toBeGreaterThanOrEqual(14);
  });

  it.each(messages.map((m) => [m.path, m.message]))(
    'says %s ("%s") in Spanish, with no English left',
    (p, message) => {
      const problem = checkProblem({ path: p, message }, draft('es'));
      expect(problem.english).toBeUndefined();
      expect(problem.message).not.toContain(message);
      expect(problem.message).not.toMatch(/\b(the|must|cannot|Add)\b/);
    },
  );

  it('names the record and says both dates in words when an arrest comes before the birth', () => {
    expect(
      checkProblem(
        {
          path: 'convictions.0.arrestDate',
          message: 'The date of arrest must be after the date of birth',
        },
        draft('es'),
      ).message,
    ).toBe(
      'Antecedente 1: La fecha del arresto (13 de marzo de 2015) es antes de su fecha de nacimiento (12 de abril de 2016). Revise las dos fechas.',
    );
  });

  it('names the period or the loss a problem is in', () => {
    expect(
      checkProblem(
        {
          path: 'restitution.losses.1.end',
          message: 'The last day of the loss must be on or after the first day',
        },
        draft('es'),
      ).message,
    ).toBe('Pérdida 2: El último día de la pérdida debe ser el mismo día del primero o después');
  });

  it('shows a message it does not know in English, marked, and in English names the record too', () => {
    const unknown = { path: 'convictions.2.level', message: 'Choose a level' };
    expect(checkProblem(unknown, draft('es'))).toEqual({
      path: 'convictions.2.level',
      message: 'Antecedente 3: Revise esta respuesta (el mensaje está en inglés):',
      english: 'Choose a level',
    });
    expect(checkProblem(unknown, draft('en')).message).toBe(
      'Record 3: Check this answer: Choose a level',
    );
  });
});
