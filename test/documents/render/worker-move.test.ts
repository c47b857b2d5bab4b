import { Piscina } from 'piscina';
import { movedResult } from '../../../src/documents/render-worker';

type Movable = Record<symbol, unknown>;

describe('a worker’s result leaves its thread by moving, not copying', () => {
  it('moves each file’s own buffer, and copies a file that shares one first', () => {
    const own = new Uint8Array([1, 2, 3]);
    const pooled = Buffer.from('abc'); // a view into Node's shared pool
    const shared = new Uint8Array(pooled.buffer, pooled.byteOffset, pooled.byteLength);
    const result = {
      ok: true as const,
      files: [
        { name: 'a.pdf', bytes: own },
        { name: 'b.docx', bytes: shared },
      ],
    };
    const moved = movedResult(result) as Movable;
    const buffers = moved[Piscina.transferableSymbol] as ArrayBuffer[];
    const value = moved[Piscina.valueSymbol] as typeof result;
    expect(buffers).toContain(own.buffer);
    expect(buffers).not.toContain(pooled.buffer);
    expect(buffers).toHaveLength(2);
    expect(Buffer.from(value.files[1]!.bytes).toString()).toBe('abc');
    for (const f of value.files) expect(f.bytes.byteLength).toBe(f.bytes.buffer.byteLength);
  });

  it('passes a failure through as it is', () => {
    const failed = { ok: false as const, errors: [{ path: 'jurisdiction', message: 'No' }] };
    expect(movedResult(failed)).toBe(failed);
  });
});
