import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PackSchema, type Pack } from '../domain/pack-schema';
import { AppError } from '../domain/app-error';

/** A pack that fails its schema: names the file and each field, so start-up stops with a clear message. */
export class PackError extends AppError {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Jurisdiction pack ${file} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** `jurisdictions/` at the repository root, or in dist/ once built (the build copies it there). */
export const DEFAULT_PACK_DIR = path.resolve(__dirname, '..', '..', 'jurisdictions');

/** Parse one pack's JSON text; throws PackError naming the file and field. */
export function parsePack(file: string, json: string): Pack {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new PackError(file, [`not valid JSON: ${(err as Error).message}`]);
  }
  const parsed = PackSchema.safeParse(raw);
  if (!parsed.success)
    throw new PackError(
      file,
      parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`),
    );
  const expected = `${parsed.data.code.toLowerCase()}.json`;
  if (path.basename(file) !== expected)
    throw new PackError(file, [`code: ${parsed.data.code} must live in ${expected}`]);
  return parsed.data;
}

export interface PackRegistry {
  readonly packs: readonly Pack[];
  get(code: string): Pack | undefined;
}

export function registryOf(packs: readonly Pack[]): PackRegistry {
  const byCode = new Map(packs.map((p) => [p.code, p]));
  return { packs, get: (code) => byCode.get(code.toUpperCase()) };
}

/** Load and validate every `*.json` pack in a folder, in code order. */
export function loadPacks(dir: string = DEFAULT_PACK_DIR): PackRegistry {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return registryOf(
    files.map((f) => parsePack(path.join(dir, f), readFileSync(path.join(dir, f), 'utf8'))),
  );
}
