/**
 * The Kubernetes manifests in docs/k8s/, checked two ways with no cluster:
 * - against the API's JSON schemas, as the npm package `kubernetes-models` compiles them with ajv
 *   (types, formats, enums, required fields);
 * - against the same package's TypeScript interfaces in strict mode, which reject a field the API
 *   does not have (a misspelt key that the schemas, open to unknown keys, would let through).
 * kubeconform is not in Debian, and Debian's kubectl (1.20) cannot validate without a server.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { parseAllDocuments, stringify } from 'yaml';

const REPO = path.resolve(__dirname, '..', '..');
const K8S = path.join(REPO, 'docs', 'k8s');
const MANIFESTS = readdirSync(K8S)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => path.join(K8S, f));

/** The interface of each kind the manifests use, in `kubernetes-models`. */
const TYPES: Record<string, { module: string; name: string }> = {
  'batch/v1/Job': { module: 'kubernetes-models/batch/v1/Job', name: 'IJob' },
  'apps/v1/Deployment': { module: 'kubernetes-models/apps/v1/Deployment', name: 'IDeployment' },
  'v1/Service': { module: 'kubernetes-models/v1/Service', name: 'IService' },
};

interface Checked {
  file: string;
  index: number;
  kind: string;
  known: boolean;
  errors: string[];
}

function schemaCheck(files: string[]): Checked[] {
  const r = spawnSync(process.execPath, [path.join(__dirname, 'k8s-validate.mjs'), ...files], {
    cwd: REPO,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`k8s-validate.mjs failed: ${r.stderr}`);
  return r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Checked);
}

/** Type-check each document as an object literal of its kind's interface; returns the errors. */
function typeCheck(files: string[]): string[] {
  const sources = new Map<string, { text: string; label: string }>();
  for (const file of files)
    parseAllDocuments(readFileSync(file, 'utf8')).forEach((doc, i) => {
      const data = doc.toJS() as { apiVersion?: string; kind?: string };
      const kind = `${data.apiVersion}/${data.kind}`;
      const type = TYPES[kind];
      const label = `${path.relative(REPO, file)} document ${i} (${kind})`;
      if (!type) throw new Error(`${label}: no interface known for ${kind}: add it to TYPES`);
      sources.set(path.join(__dirname, `__k8s-${sources.size}__.mts`), {
        label,
        text:
          `import type { ${type.name} } from '${type.module}';\n` +
          `export const doc: ${type.name} = ${JSON.stringify(data, null, 2)};\n`,
      });
    });
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.getSourceFile = (name, lang, ...rest) => {
    const own = sources.get(name);
    return own ? ts.createSourceFile(name, own.text, lang) : getSourceFile(name, lang, ...rest);
  };
  host.fileExists = (name) => sources.has(name) || fileExists(name);
  const program = ts.createProgram([...sources.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? (sources.get(d.file.fileName)?.label ?? d.file.fileName) : '';
    return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

describe('the Kubernetes manifests', () => {
  it('are a Job, a Deployment and a Service', () => {
    const kinds = MANIFESTS.flatMap((f) =>
      parseAllDocuments(readFileSync(f, 'utf8')).map((d) => (d.toJS() as { kind: string }).kind),
    );
    expect(kinds.sort()).toEqual(['Deployment', 'Job', 'Service']);
  });

  it("pass the Kubernetes API's JSON schemas", () => {
    const checked = schemaCheck(MANIFESTS);
    expect(checked.length).toBe(3);
    expect(checked.filter((c) => !c.known || c.errors.length)).toEqual([]);
  });

  it('use no field the Kubernetes API does not have', () => {
    expect(typeCheck(MANIFESTS)).toEqual([]);
  });

  describe('a manifest with mistakes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'relief-k8s-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const job = parseAllDocuments(
      readFileSync(path.join(K8S, 'batch-indexed-job.yaml'), 'utf8'),
    )[0]!.toJS() as {
      spec: Record<string, unknown> & {
        template: { spec: { containers: Record<string, unknown>[] } };
      };
    };
    const wrongType = structuredClone(job);
    wrongType.spec['completions'] = 'four';
    const misspeltSpec = structuredClone(job);
    misspeltSpec.spec['completionz'] = 4;
    const misspeltContainer = structuredClone(job);
    misspeltContainer.spec.template.spec.containers[0]!['imagePullPolicyy'] = 'Always';
    const write = (name: string, ...docs: unknown[]) => {
      writeFileSync(path.join(dir, name), docs.map((d) => stringify(d)).join('---\n'));
      return path.join(dir, name);
    };

    it('fails the schemas on a wrong type', () => {
      const [checked] = schemaCheck([write('wrong-type.yaml', wrongType)]);
      expect(checked!.errors.join('\n')).toMatch(/completions must be integer/);
    });

    // TypeScript names the first unknown field of a document: one mistake per document here.
    it('fails the strict check, naming the unknown field of each document', () => {
      const errors = typeCheck([
        write('unknown-fields.yaml', misspeltSpec, misspeltContainer),
      ]).join('\n');
      expect(errors).toMatch(/'"?completionz"?' does not exist/);
      expect(errors).toMatch(/'"?imagePullPolicyy"?' does not exist/);
    });
  });
});
