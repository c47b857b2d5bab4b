/**
 * Where a batch client's CPU goes, stage by stage, in this thread:
 * `npx tsx bench/folder-stages.ts [clients] [--root DIR]…`.
 *
 * For each code root (default: this checkout's `src`; give `--root` several times, e.g. an older
 * build's `dist/src` and this one's, to compare them in one run, taken in turns A B A B so a drift
 * in the machine's speed hits both alike) it makes the batch benchmark's New York client (3
 * records) N times: check + assess, build the packet, the packet PDF with the instructions as a
 * part, the packet DOCX. Prints CPU ms per client per stage (process.cpuUsage, so it includes the
 * GC's and zlib's helper threads) and the load average beside each figure. Invented data only;
 * nothing is written.
 */
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

type Stage = 'assess' | 'build' | 'pdf' | 'docx';
const STAGES: Stage[] = ['assess', 'build', 'pdf', 'docx'];
const TODAY = '2026-11-27';
const OFFENSES = ['PL 230.00', 'Penal Law § 230.00', 'PL 240.20'];

interface Code {
  root: string;
  parseCase: typeof import('../src/domain/parse-case').parseCase;
  assess: typeof import('../src/domain/assess').assess;
  buildPacket: typeof import('../src/documents/packet').buildPacket;
  renderPdfWithPart: typeof import('../src/documents/render/pdf').renderPdfWithPart;
  renderDocx: typeof import('../src/documents/render/docx').renderDocx;
  registry: ReturnType<typeof import('../src/jurisdictions/load-packs').loadPacks>;
}

function load(root: string): Code {
  const req = <T>(file: string): T => require(path.join(root, file)) as T;
  return {
    root,
    parseCase: req<typeof import('../src/domain/parse-case')>('domain/parse-case').parseCase,
    assess: req<typeof import('../src/domain/assess')>('domain/assess').assess,
    buildPacket: req<typeof import('../src/documents/packet')>('documents/packet').buildPacket,
    renderPdfWithPart:
      req<typeof import('../src/documents/render/pdf')>('documents/render/pdf').renderPdfWithPart,
    renderDocx:
      req<typeof import('../src/documents/render/docx')>('documents/render/docx').renderDocx,
    registry: req<typeof import('../src/jurisdictions/load-packs')>(
      'jurisdictions/load-packs',
    ).loadPacks(),
  };
}

function caseFor(code: Code, i: number) {
  const parsed = code.parseCase(
    {
      version: 1,
      jurisdiction: 'US-NY',
      relief: 'vacatur',
      petitioner: {
        legalName: `Test Person ${i}`,
        dateOfBirth: '1990-04-12',
        address: { line1: `${i} Main St`, city: 'Albany', state: 'NY', postalCode: '12207' },
      },
      convictions: [0, 1, 2].map((r) => ({
        offense: OFFENSES[r]!,
        level: 'misdemeanor',
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
        narrative:
          'In my own words: how these arrests were a result of being trafficked, over several sentences of text.',
      },
    },
    TODAY,
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function client(code: Code, i: number, into: Record<Stage, number>): Promise<void> {
  const c = caseFor(code, i);
  let t = cpuMs();
  const lap = (stage: Stage): void => {
    const now = cpuMs();
    into[stage] += now - t;
    t = now;
  };
  const pack = code.registry.get('US-NY')!;
  const assessment = code.assess(c, pack, TODAY);
  lap('assess');
  const packet = code.buildPacket(c, assessment, pack, { today: TODAY, lang: 'en' });
  lap('build');
  await code.renderPdfWithPart(packet, 'instructions');
  lap('pdf');
  await code.renderDocx(packet);
  lap('docx');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { root: { type: 'string', multiple: true } },
    allowPositionals: true,
  });
  const clients = Number(positionals[0] ?? 100);
  const roots = values.root?.length ? values.root : [path.resolve(__dirname, '..', 'src')];
  const codes = roots.map((r) => load(path.resolve(r)));
  const totals = codes.map(() => ({ assess: 0, build: 0, pdf: 0, docx: 0 }));
  const warm = codes.map(() => ({ assess: 0, build: 0, pdf: 0, docx: 0 }));
  for (const [k, code] of codes.entries())
    for (let i = 0; i < 10; i += 1) await client(code, i, warm[k]!);
  const loadBefore = loadavg().map((l) => l.toFixed(2));
  // In turns, a block of 10 clients each, so both roots see the same machine.
  for (let done = 0; done < clients; done += 10)
    for (const [k, code] of codes.entries())
      for (let i = done; i < Math.min(clients, done + 10); i += 1)
        await client(code, i, totals[k]!);
  const loadAfter = loadavg().map((l) => l.toFixed(2));
  for (const [k, code] of codes.entries()) {
    const t = totals[k]!;
    const sum = STAGES.reduce((a, s) => a + t[s], 0);
    const parts = STAGES.map((s) => `${s} ${(t[s] / clients).toFixed(1)}`).join(', ');
    console.log(
      `${code.root}: ${(sum / clients).toFixed(1)} ms CPU per client (${parts}); ` +
        `load ${loadBefore.join(' ')} → ${loadAfter.join(' ')}`,
    );
  }
}

void main();
