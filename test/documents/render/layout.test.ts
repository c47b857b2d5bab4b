import fc from 'fast-check';
import { breakLines } from '../../../src/documents/render/layout';
import { measure } from '../../../src/documents/render/pdf-writer';
import type { Run } from '../../../src/documents/model';

const words = fc.array(fc.stringMatching(/^[A-Za-zÀ-ž0-9.,;§]{1,14}$/), {
  minLength: 1,
  maxLength: 80,
});

describe('breakLines', () => {
  test('every line fits the width, and the words come out in order, each once', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 120, max: 468 }), fc.boolean(), (ws, width, bold) => {
        const runs: Run[] = [{ text: ws.join(' '), bold }];
        const lines = breakLines(runs, width, (t, f) => measure(t, f));
        for (const line of lines) expect(line.width).toBeLessThanOrEqual(width + 0.01);
        const out = lines.map((l) => l.fragments.map((f) => f.text).join('')).join(' ');
        expect(out.split(' ').filter(Boolean)).toEqual(ws);
      }),
      { numRuns: 200 },
    );
  });

  test('a word wider than the line is broken rather than overflowing', () => {
    const lines = breakLines([{ text: 'x'.repeat(200) }], 100, (t, f) => measure(t, f));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(100.01);
  });

  test('a shorter first line leaves room for a paragraph number', () => {
    const text = 'word '.repeat(60).trim();
    const full = breakLines([{ text }], 400, (t, f) => measure(t, f));
    const indented = breakLines([{ text }], 400, (t, f) => measure(t, f), 300);
    expect((indented[0]?.width ?? 0) <= 300).toBe(true);
    expect((full[0]?.width ?? 0) > 300).toBe(true);
  });

  test('styles survive across runs: "**bold**," keeps the comma with its word', () => {
    const lines = breakLines([{ text: 'bold', bold: true }, { text: ', plain' }], 400, (t, f) =>
      measure(t, f),
    );
    expect(lines[0]?.fragments).toEqual([
      { text: 'bold', face: 'bold' },
      { text: ', plain', face: 'regular' },
    ]);
  });
});
