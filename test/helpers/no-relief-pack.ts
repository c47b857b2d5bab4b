import type { PackInput } from '../../src/domain/pack-schema';
import { testPack } from './test-pack';

/** An invented pack of the no-relief kind for unit tests: not law, just data of the right shape. */
export function noReliefInput(finding: 'none-for-adults' | 'unconfirmed' = 'none-for-adults') {
  return {
    finding,
    authority: 'Testland Code (no trafficking-survivor record-relief statute found)',
    summary: 'Testland law gives adults no trafficking-specific way to clear a record.',
    summaryEs:
      'La ley de Testland no da a los adultos una forma especial de limpiar sus antecedentes por la trata.',
    sourceIds: ['statute'],
    otherOptions: [
      {
        kind: 'expungement' as const,
        name: 'General expungement',
        nameEs: 'Eliminación general de antecedentes',
        does: 'Clears some records after a waiting time.',
        doesEs: 'Borra algunos antecedentes después de un tiempo de espera.',
        citation: 'Test Code § 9',
        sourceId: 'statute',
      },
      {
        kind: 'juvenile' as const,
        name: 'Juvenile trafficking relief',
        nameEs: 'Alivio para menores víctimas de trata',
        does: 'Vacates a delinquency record of a trafficked child.',
        doesEs: 'Anula el expediente de menor de una víctima de trata.',
        citation: 'Test Code § 10',
        sourceId: 'statute',
      },
    ],
    needsReview: ['Whether a 2026 bill became law.'],
    needsReviewEs: ['Si un proyecto de ley de 2026 se convirtió en ley.'],
  };
}

export function noReliefPack(finding: 'none-for-adults' | 'unconfirmed' = 'none-for-adults') {
  const input: Partial<PackInput> = {
    code: 'US-IA',
    name: 'Testland',
    nameEs: 'Testlandia',
    reliefs: { none: noReliefInput(finding) },
    legalHelp: [
      { name: 'Testland Legal Aid', nameEs: 'Testland Legal Aid (ayuda legal)', phone: '555-0100' },
    ],
  };
  return testPack(input);
}
