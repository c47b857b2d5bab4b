import { runCli } from '../helpers/cli';

describe('relief check on a file that is not JSON', () => {
  it('says it is not valid JSON without quoting what the person wrote', async () => {
    const r = await runCli(['check', '-'], '{"petitioner": {"legalName": Maria Elena Lopez}}');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/- is not valid JSON/);
    expect(r.stderr).not.toMatch(/Maria|Lopez|legalName/);
  });

  it('names the line and column where the JSON stops making sense', async () => {
    const r = await runCli(['check', '-'], '{\n  "version": 1,\n  "relief" "vacatur"\n}');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not valid JSON near line 3, column 12\. Check quotes and commas/);
  });
});
