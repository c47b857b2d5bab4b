/**
 * Documents benchmark: one typical packet (the first New York fixture case) as PDF + DOCX, warm,
 * in this process; then the same DOCX converted by LibreOffice (the route docassemble uses), side
 * by side. Run with `npx tsx bench/documents-bench.ts [runs]`. LibreOffice is only used here.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCase } from '../src/domain/parse-case';
import { generatePacketFile } from '../src/documents/generate';
import { loadPacks } from '../src/jurisdictions/load-packs';

const RUNS = Number(process.argv[2] ?? 50);
const LO_RUNS = Number(process.argv[3] ?? 5);
const TODAY = '2026-03-01';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function loadCase() {
  const dir = path.resolve(__dirname, '..', 'test', 'fixtures', 'cases', 'us-ny');
  const file = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()[0] as string;
  const raw = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { case: unknown };
  const parsed = parseCase(raw.case, TODAY);
  if (!parsed.ok)
    throw new Error(`fixture ${file} does not parse: ${JSON.stringify(parsed.errors)}`);
  return { c: parsed.value, file };
}

function soffice(): string | undefined {
  for (const bin of ['soffice', 'libreoffice'])
    if (spawnSync('which', [bin]).status === 0) return bin;
  return undefined;
}

async function main(): Promise<void> {
  const registry = loadPacks();
  const { c, file } = loadCase();
  const once = async () => {
    const pdf = await generatePacketFile({ case: c, format: 'pdf', today: TODAY }, registry);
    const docx = await generatePacketFile({ case: c, format: 'docx', today: TODAY }, registry);
    return { pdf, docx };
  };
  const cold = performance.now();
  const first = await once();
  const coldMs = performance.now() - cold;
  for (let i = 0; i < 5; i += 1) await once();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t = performance.now();
    await once();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const pages = execFileSync('pdfinfo', ['-'], { input: Buffer.from(first.pdf.bytes) })
    .toString()
    .match(/Pages:\s+(\d+)/)?.[1];
  console.log(
    `fixture: us-ny/${file} (${pages ?? '?'} PDF pages; PDF ${first.pdf.bytes.length} B, DOCX ${first.docx.bytes.length} B)`,
  );
  console.log(
    `direct PDF + DOCX: cold ${coldMs.toFixed(0)} ms; warm over ${RUNS} runs p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms; peak RSS ${rssMb.toFixed(0)} MB`,
  );

  const bin = soffice();
  if (!bin) {
    console.log(
      'LibreOffice is not installed; to compare, run: apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2',
    );
    return;
  }
  // Fixture data only: soffice converts files, so the DOCX goes to a temp folder that is removed.
  const dir = mkdtempSync(path.join(tmpdir(), 'relief-bench-'));
  try {
    const docx = path.join(dir, 'packet.docx');
    writeFileSync(docx, first.docx.bytes);
    const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
    const lo: number[] = [];
    for (let i = 0; i < LO_RUNS + 1; i += 1) {
      const t = performance.now();
      execFileSync(bin, [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
        stdio: 'ignore',
      });
      if (i > 0) lo.push(performance.now() - t);
    }
    lo.sort((a, b) => a - b);
    const loP50 = percentile(lo, 50);
    const loPages = execFileSync('pdfinfo', [path.join(dir, 'packet.pdf')])
      .toString()
      .match(/Pages:\s+(\d+)/)?.[1];
    console.log(
      `LibreOffice DOCX -> PDF (${loPages ?? '?'} pages): p50 ${loP50.toFixed(0)} ms over ${LO_RUNS} warm-profile runs (plus DOCX generation)`,
    );
    console.log(`ratio: LibreOffice route / direct PDF + DOCX = ${(loP50 / p50).toFixed(1)}x`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
