/**
 * Memory soak: `node --expose-gc --import tsx bench/memory-soak.ts [clients] [folder|pdf|docx|zip]` renders
 * batch folders (or packets of one format) for invented New York clients (a different name and docket numbers each time) in this
 * thread and prints RSS and the heap after a full GC every 100 packets. A heap that keeps growing
 * means something keeps per-client data. Nothing is written.
 */
import { parseCase } from '../src/domain/parse-case';
import { generatePacketFile, type OutputFormat } from '../src/documents/generate';
import { runFolderTask } from '../src/documents/render-worker';
import { loadPacks } from '../src/jurisdictions/load-packs';

const TODAY = '2026-11-27';
const OFFENSES = ['PL 230.00', 'Penal Law § 230.00', 'PL 240.20'];

export function inventedCase(i: number): unknown {
  return {
    version: 1,
    jurisdiction: 'US-NY',
    relief: 'vacatur',
    petitioner: {
      legalName: `Test Person ${i}`,
      dateOfBirth: '1990-04-12',
      address: { line1: `${i} Main St`, city: 'Albany', state: 'NY', postalCode: '12207' },
    },
    convictions: [0, 1, 2].map((r) => ({
      offense: OFFENSES[r],
      arrestDate: `201${r + 1}-03-01`,
      convictionDate: `201${r + 1}-03-02`,
      court: 'Criminal Court of the City of New York',
      county: 'Queens',
      docketNumber: `201${r + 1}QN${String(i).padStart(6, '0')}`,
    })),
    trafficking: {
      types: ['sex'],
      startDate: '2010-01-01',
      endDate: '2014-06-30',
      narrative: `In my own words, number ${i}: how these arrests were a result of being trafficked.`,
    },
  };
}

async function main(): Promise<void> {
  const total = Number(process.argv[2] ?? 1000);
  const format = (process.argv[3] ?? 'folder') as OutputFormat | 'folder';
  const registry = loadPacks();
  const gc = (globalThis as { gc?: () => void }).gc;
  const started = performance.now();
  for (let i = 1; i <= total; i += 1) {
    const parsed = parseCase(inventedCase(i), TODAY);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    if (format === 'folder') await runFolderTask({ case: parsed.value, today: TODAY });
    else await generatePacketFile({ case: parsed.value, format, today: TODAY }, registry);
    if (i % 100 === 0) {
      gc?.();
      const m = process.memoryUsage();
      console.log(
        `${i}: ${format}: rss ${(m.rss / 2 ** 20).toFixed(0)} MB, heap after gc ${(m.heapUsed / 2 ** 20).toFixed(1)} MB, external ${(m.external / 2 ** 20).toFixed(1)} MB, ${((performance.now() - started) / i).toFixed(0)} ms/packet`,
      );
    }
  }
}

if (require.main === module) void main();
