import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build, packetText } from './helpers';

/**
 * The free legal help in a Spanish packet is the pack's `nameEs` (the organisation's own name and
 * what it does, in Spanish), in every jurisdiction's first fixture; the English line is not there.
 */
const CASES = path.join(__dirname, '..', '..', 'fixtures', 'cases');
const firstOfEach = readdirSync(CASES)
  .sort()
  .map((folder) => {
    const file = readdirSync(path.join(CASES, folder))
      .filter((f) => f.endsWith('.json'))
      .sort()[0]!;
    const f = JSON.parse(readFileSync(path.join(CASES, folder, file), 'utf8')) as {
      case: unknown;
      today?: string;
    };
    return [`${folder}/${file}`, f] as const;
  });

describe('free legal help in a Spanish packet is in Spanish', () => {
  it.each(firstOfEach)('%s', (_name, f) => {
    const { packet, pack } = build(f.case, f.today ?? '2026-11-27', 'es');
    const text = packetText(packet);
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    for (const help of pack.legalHelp) {
      expect(squash(text)).toContain(squash(help.nameEs ?? help.name));
      if (help.nameEs && !help.nameEs.includes(help.name))
        expect(squash(text)).not.toContain(squash(help.name));
    }
  });
});
