import { readBatchCsv } from '../../src/batch/read-csv';
import { streamBatch } from '../../src/batch/run-batch';
import { DEFAULT_LIMITS, type BatchReport } from '../../src/batch/types';
import { COMMENT_MAX_CHARS, zipComment } from '../../src/batch/zip-comment';
import {
  TODAY,
  collect,
  csvOf,
  fakeRenderer,
  goodRow,
  readZipComment,
  registry,
  streamOf,
  type Row,
} from './helpers';

async function zipOf(rows: Row[], failFor?: string) {
  const read = await readBatchCsv(streamOf(csvOf(rows)), DEFAULT_LIMITS);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const batch = streamBatch(read, {
    registry,
    today: TODAY,
    concurrency: 2,
    render: fakeRenderer(failFor ? { failFor } : {}),
  });
  const [bytes, report] = await Promise.all([collect(batch.zip), batch.done]);
  return { bytes, report };
}

function reportWith(notDrafted: string[]): BatchReport {
  return {
    clients: notDrafted.length + 1,
    drafted: 1,
    failed: notDrafted.length,
    rows: notDrafted.length + 1,
    summary: notDrafted.map((clientId) => ({
      clientId,
      folder: '',
      jurisdiction: 'US-NY',
      relief: 'vacatur',
      result: 'not-drafted' as const,
      overall: '',
      records: [],
      documents: [],
    })),
    problems: [],
    warnings: [],
  };
}

describe('the drafts ZIP says at its end what it holds', () => {
  it('counts the clients drafted and names those that were not', async () => {
    const { bytes, report } = await zipOf(
      [
        goodRow('A'),
        goodRow('B', { arrest_date: 'soon' }),
        goodRow('C', { legal_name: 'Broken Person' }),
      ],
      'Broken Person',
    );
    expect(report).toMatchObject({ clients: 3, drafted: 1, failed: 2 });
    expect(JSON.parse(await readZipComment(bytes))).toEqual({
      relief: 'drafts',
      clients: 3,
      drafted: 1,
      notDrafted: ['B', 'C'],
      more: 0,
    });
  });

  it('keeps the comment ASCII, so no client id can break the ZIP', () => {
    const comment = zipComment(reportWith(['Ánh-1', 'a\u0005b', 'PK\u0005\u0006']));
    expect(comment).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(comment).notDrafted).toEqual(['Ánh-1', 'a\u0005b', 'PK\u0005\u0006']);
  });

  it('names as many ids as fit and counts the rest', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `client-${'x'.repeat(40)}-${i}`);
    const parsed = JSON.parse(zipComment(reportWith(ids)));
    expect(parsed.notDrafted.length).toBeGreaterThan(50);
    expect(parsed.notDrafted.length + parsed.more).toBe(500);
    expect(zipComment(reportWith(ids)).length).toBeLessThan(COMMENT_MAX_CHARS + 200);
  });
});
