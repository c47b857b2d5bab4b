import { readBatchCsv, type ReadOutcome } from '../../src/batch/read-csv';
import { streamBatch } from '../../src/batch/run-batch';
import { DEFAULT_LIMITS, type RenderClient } from '../../src/batch/types';
import { assess } from '../../src/domain/assess';
import { TODAY, collect, csvOf, goodRow, registry, streamOf } from './helpers';

describe('the batch hands its assessment to the renderer', () => {
  it('gives each client’s renderer the assessment it made when checking, the same as assessing again', async () => {
    const outcome: ReadOutcome = await readBatchCsv(
      streamOf(csvOf([goodRow('A'), goodRow('B', { offense: 'PL 120.10' })])),
      DEFAULT_LIMITS,
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const seen: Array<[string, unknown, unknown]> = [];
    const render: RenderClient = (c, today, assessment) => {
      seen.push([
        c.petitioner.legalName,
        assessment,
        assess(c, registry.get(c.jurisdiction)!, today),
      ]);
      return Promise.resolve([{ name: 'x.pdf', bytes: new Uint8Array([1]) }]);
    };
    const batch = streamBatch(outcome, { registry, today: TODAY, concurrency: 1, render });
    await Promise.all([collect(batch.zip), batch.done]);
    expect(seen).toHaveLength(2);
    for (const [, given, again] of seen) {
      expect(given).toBeDefined();
      expect(given).toEqual(again);
    }
  });
});
