import { Readable } from 'node:stream';
import { poolRenderer } from '../../src/batch/pool-renderer';
import { readBatchCsv } from '../../src/batch/read-csv';
import { streamBatch } from '../../src/batch/run-batch';
import { batchTemplateCsv } from '../../src/batch/template';
import { DEFAULT_LIMITS } from '../../src/batch/types';
import { createRenderPool } from '../../src/documents/render-pool';
import { loadPacks } from '../../src/jurisdictions/load-packs';
import { collect, readZip } from './helpers';

describe('the batch with the real documents pipeline', () => {
  it('puts the packet as one real PDF and one real DOCX, and the filing instructions as a PDF, in each client’s folder', async () => {
    const pool = createRenderPool({ inProcess: true });
    const [header, example] = batchTemplateCsv(loadPacks()).split('\r\n');
    const second = example!
      .replace('C-0001', 'C-0002')
      .replace('Maria Elena Lopez', 'Łukasz Nguyễn');
    const read = await readBatchCsv(
      Readable.from([Buffer.from(`${header}\r\n${example}\r\n${second}\r\n`)]),
      DEFAULT_LIMITS,
    );
    if (!read.ok) throw new Error('template did not read');
    const batch = streamBatch(read, {
      registry: loadPacks(),
      today: '2026-11-27',
      render: poolRenderer(pool),
      concurrency: 1,
    });
    const [bytes, report] = await Promise.all([collect(batch.zip), batch.done]);
    expect(report).toMatchObject({ drafted: 2, failed: 0 });
    const entries = await readZip(bytes);
    for (const client of ['C-0001', 'C-0002'])
      expect([...entries.keys()].filter((n) => n.startsWith(`${client}/`)).sort()).toEqual([
        `${client}/filing-instructions.pdf`,
        `${client}/motion-to-vacate-packet.docx`,
        `${client}/motion-to-vacate-packet.pdf`,
      ]);
    expect(report.summary[0]?.documents).toEqual([
      'motion-to-vacate-packet.pdf',
      'motion-to-vacate-packet.docx',
      'filing-instructions.pdf',
    ]);
    const pdfs = [...entries.keys()].filter((n) => n.endsWith('.pdf'));
    const docx = [...entries.keys()].filter((n) => n.endsWith('.docx'));
    for (const n of pdfs) expect(entries.get(n)!.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    for (const n of docx)
      expect((await readZip(entries.get(n)!)).has('word/document.xml')).toBe(true);
    await pool.close();
  }, 60_000);
});
