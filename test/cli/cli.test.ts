import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nyCase } from '../helpers/app';
import { runCli } from '../helpers/cli';

describe('relief CLI', () => {
  let dir: string;
  let caseFile: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'relief-cli-'));
    caseFile = path.join(dir, 'case.json');
    writeFileSync(caseFile, JSON.stringify(nyCase()));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the jurisdictions', async () => {
    const r = await runCli(['jurisdictions']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/US-NY\s+New York/);
    expect(r.stdout).toMatch(/US-CA/);
    expect(r.stdout).toMatch(/US-FED/);
  });

  it('prints a readable assessment with citations and exits 0', async () => {
    const r = await runCli(['check', caseFile]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Overall: eligible/);
    expect(r.stdout).toMatch(/440\.10/);
    expect(r.stdout).toMatch(/ELIGIBLE/);
    expect(r.stdout).toMatch(/not legal advice/);
  });

  it('prints the assessment as JSON with --json', async () => {
    const r = await runCli(['check', caseFile, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ jurisdiction: 'US-NY', overall: 'eligible' });
  });

  it('reads the case from stdin with -', async () => {
    const r = await runCli(['check', '-', '--json'], JSON.stringify(nyCase()));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).overall).toBe('eligible');
  });

  it('exits 1 and names the field when the case is bad', async () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...nyCase(), relief: 'pardon' }));
    const r = await runCli(['check', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/relief: Set relief to "vacatur"/);
  });

  it('exits 1 with a clear message for a file that is not JSON', async () => {
    const bad = path.join(dir, 'broken.json');
    writeFileSync(bad, '{ "version": 1, ');
    const r = await runCli(['check', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not valid JSON/);
  });

  it('exits 1 for a missing file', async () => {
    const r = await runCli(['check', path.join(dir, 'nope.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Cannot read/);
  });

  it.each([
    [[]],
    [['frobnicate']],
    [['check']],
    [['generate', 'x.json', '--format', 'rtf', '--out', '-']],
    [['check', 'x.json', '--nope']],
  ])('exits 2 with usage for %j', async (argv) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr + r.stdout).toMatch(/Usage: relief/);
  });

  it('writes a PDF packet to a file and to stdout', async () => {
    const out = path.join(dir, 'packet.pdf');
    const r = await runCli(['generate', caseFile, '--format', 'pdf', '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const piped = await runCli(['generate', caseFile, '--format', 'docx', '--out', '-']);
    expect(piped.code).toBe(0);
    expect(piped.stdoutBytes.subarray(0, 2).toString()).toBe('PK');
  });
});
