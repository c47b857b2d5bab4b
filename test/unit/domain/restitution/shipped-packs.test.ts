import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assess } from '../../../../src/domain/assess';
import { parseCase } from '../../../../src/domain/parse-case';
import { RestitutionReliefSchema } from '../../../../src/domain/restitution-pack-schema';
import { loadPacks } from '../../../../src/jurisdictions/load-packs';

const registry = loadPacks();

describe('the shipped packs', () => {
  it.each(['US-FED', 'US-CA'])(
    '%s carries the same restitution part the calculator tests use',
    (code) => {
      const part = JSON.parse(
        readFileSync(
          path.join(
            __dirname,
            '..',
            '..',
            '..',
            'fixtures',
            'restitution',
            'pack-parts',
            `${code.toLowerCase()}.json`,
          ),
          'utf8',
        ),
      ) as unknown;
      expect(registry.get(code)?.reliefs.restitution).toEqual(RestitutionReliefSchema.parse(part));
    },
  );

  it('answers needs-review, without throwing, for a shipped pack that has no restitution part', () => {
    const pack = registry.packs.find((p) => !p.reliefs.restitution);
    if (!pack) return expect(registry.packs.every((p) => p.reliefs.restitution)).toBe(true);
    const parsed = parseCase(
      {
        version: 1,
        jurisdiction: pack.code,
        relief: 'restitution',
        petitioner: { legalName: 'Amara Okafor' },
        restitution: { court: 'Supreme Court', caseNumber: '123/2020', defendants: ['R. Roe'] },
      },
      '2026-11-27',
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const a = assess(parsed.value, pack, '2026-11-27');
    expect(a.overall).toBe('needs-review');
    expect(a.requirements[0]?.code).toBe('restitution-not-available');
  });
});
