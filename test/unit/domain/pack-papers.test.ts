import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PackSchema } from '../../../src/domain/pack-schema';

const ny = JSON.parse(
  readFileSync(path.join(__dirname, '..', '..', '..', 'jurisdictions', 'us-ny.json'), 'utf8'),
) as { reliefs: { vacatur: { documents: string[]; papers: Record<string, unknown> } } };

describe('court papers and captions are pack data', () => {
  it('accepts the shipped pack, whose every paper is described', () => {
    expect(PackSchema.safeParse(ny).success).toBe(true);
  });

  it('refuses a pack that lists a paper it does not describe, naming it', () => {
    const bad = structuredClone(ny);
    bad.reliefs.vacatur.documents.push('ny-mystery-paper');
    const result = PackSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('ny-mystery-paper');
  });

  it('refuses a pack without a caption', () => {
    const { caption: _caption, ...rest } = structuredClone(ny) as Record<string, unknown>;
    expect(PackSchema.safeParse(rest).success).toBe(false);
  });
});
