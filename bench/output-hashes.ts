/**
 * Whether a change keeps every output byte: `npx tsx bench/output-hashes.ts [--code DIR]` prints a
 * hash of the packet PDF and DOCX of the first three fixture cases of every jurisdiction, in
 * English and Spanish, with a fixed creation date. Run it on two builds (this one's `dist/src`
 * and an older commit's) and diff the two lists. Fixture data only; nothing is written.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

type ParseCase = typeof import('../src/domain/parse-case').parseCase;
type Generate = typeof import('../src/documents/generate').generatePacketFile;
type LoadPacks = typeof import('../src/jurisdictions/load-packs').loadPacks;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { code: { type: 'string' } } });
  const root = path.resolve(values.code ?? path.join(__dirname, '..', 'src'));
  const req = <T>(file: string): T => require(path.join(root, file)) as T;
  const parseCase = req<{ parseCase: ParseCase }>('domain/parse-case').parseCase;
  const generate = req<{ generatePacketFile: Generate }>('documents/generate').generatePacketFile;
  const registry = req<{ loadPacks: LoadPacks }>('jurisdictions/load-packs').loadPacks();
  const base = path.resolve(__dirname, '..', 'test', 'fixtures', 'cases');
  for (const state of readdirSync(base).sort()) {
    const files = readdirSync(path.join(base, state))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .slice(0, 3);
    for (const file of files) {
      const raw = JSON.parse(readFileSync(path.join(base, state, file), 'utf8')) as {
        case?: unknown;
      };
      const parsed = parseCase(raw.case ?? raw, '2026-03-01');
      if (!parsed.ok) continue;
      for (const lang of ['en', 'es'] as const)
        for (const format of ['pdf', 'docx'] as const) {
          const out = await generate(
            {
              case: parsed.value,
              format,
              today: '2026-03-01',
              lang,
              creationDate: '2026-01-02T03:04:05Z',
            },
            registry,
          ).then(
            (r) => createHash('sha256').update(r.bytes).digest('hex').slice(0, 16),
            (e: unknown) => `error: ${e instanceof Error ? e.name : 'unknown'}`,
          );
          console.log(`${state}/${file} ${lang} ${format} ${out}`);
        }
    }
  }
}

void main();
