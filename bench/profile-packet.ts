/**
 * Profile helper: `npx tsx bench/profile-packet.ts [runs] [format...]` renders the first New York
 * fixture case `runs` times per format in this thread and prints the time per format and RSS.
 * Run it with `node --cpu-prof --cpu-prof-dir=$(mktemp -d) --import tsx bench/profile-packet.ts`
 * to see where the time goes. Fixture data only; nothing is written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseCase } from '../src/domain/parse-case';
import { generatePacketFile, type OutputFormat } from '../src/documents/generate';
import { loadPacks } from '../src/jurisdictions/load-packs';

const TODAY = '2026-03-01';

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 50);
  const formats = (
    process.argv.slice(3).length ? process.argv.slice(3) : ['pdf', 'docx', 'zip']
  ) as OutputFormat[];
  const dir = path.resolve(__dirname, '..', 'test', 'fixtures', 'cases', 'us-ny');
  const file = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()[0] as string;
  const raw = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { case: unknown };
  const parsed = parseCase(raw.case, TODAY);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const registry = loadPacks();
  for (const format of formats) {
    await generatePacketFile({ case: parsed.value, format, today: TODAY }, registry);
    const t = performance.now();
    const cpu = process.cpuUsage();
    const each: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const t0 = performance.now();
      await generatePacketFile({ case: parsed.value, format, today: TODAY }, registry);
      each.push(performance.now() - t0);
    }
    const ms = (performance.now() - t) / runs;
    const p50 = [...each].sort((a, b) => a - b)[Math.floor(each.length / 2)] ?? 0;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000 / runs;
    console.log(
      `${format}: ${ms.toFixed(1)} ms wall (p50 ${p50.toFixed(1)}), ${cpuMs.toFixed(1)} ms CPU per packet (load ${loadavg()[0]!.toFixed(2)}); RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
    );
  }
}

void main();
