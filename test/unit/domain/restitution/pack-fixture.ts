import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PackSchema, type Pack } from '../../../../src/domain/pack-schema';

/** The restitution pack parts as shipped, inside a minimal pack, so these tests do not depend on other packs' work. */
export function packWith(code: 'US-FED' | 'US-CA', withRestitution = true): Pack {
  const file = path.join(
    __dirname,
    '..',
    '..',
    '..',
    'fixtures',
    'restitution',
    'pack-parts',
    `${code.toLowerCase()}.json`,
  );
  const part: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return PackSchema.parse({
    code,
    name: code === 'US-FED' ? 'Federal courts' : 'California',
    courtSystem: code === 'US-FED' ? 'federal' : 'state',
    caption: {
      layout: code === 'US-FED' ? 'standard' : 'pleading',
      connector: 'v.',
      plaintiff: {
        name:
          code === 'US-FED' ? 'UNITED STATES OF AMERICA' : 'THE PEOPLE OF THE STATE OF CALIFORNIA',
        role: 'Plaintiff',
      },
      numberLabel: 'Case No.',
      countyLine: code !== 'US-FED',
    },
    verifiedOn: '2026-11-27',
    sources: [
      {
        id: 'placeholder',
        title: 'Placeholder',
        url: 'https://example.org/',
        supports: 'test pack',
      },
    ],
    codes: [{ key: 'X', name: 'Test code', aliases: ['X'] }],
    offenses: [
      { code: 'X', section: '1', citation: 'X § 1', name: 'Test offense', level: 'felony' },
    ],
    reliefs: withRestitution ? { restitution: part } : {},
  });
}

export function restitutionCase(
  restitution: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): unknown {
  return {
    version: 1,
    jurisdiction: 'US-FED',
    relief: 'restitution',
    petitioner: { legalName: 'Ana María Quispe' },
    restitution: {
      court: 'United States District Court for the Eastern District of New York',
      caseNumber: '1:19-cr-00123',
      defendants: ['John Doe'],
      ...restitution,
    },
    ...extra,
  };
}
