// Validates Kubernetes manifests against the API's JSON schemas as the npm package
// `kubernetes-models` compiles them (ajv, from the Kubernetes OpenAPI document). The package is
// ESM-only, so the jest test runs this file with node: `node k8s-validate.mjs FILE…` prints one
// JSON line per document: { file, index, kind, known, errors }.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import * as apps from 'kubernetes-models/apps/v1';
import * as batch from 'kubernetes-models/batch/v1';
import * as core from 'kubernetes-models/v1';

const GROUPS = { 'apps/v1': apps, 'batch/v1': batch, v1: core };

for (const file of process.argv.slice(2)) {
  parseAllDocuments(readFileSync(file, 'utf8')).forEach((doc, index) => {
    const data = doc.toJS();
    const Model = GROUPS[data?.apiVersion]?.[data?.kind];
    let errors = doc.errors.map((e) => e.message);
    if (Model) {
      try {
        new Model(data).validate();
      } catch (err) {
        errors = [...errors, err.message];
      }
    }
    const line = { file, index, kind: `${data?.apiVersion}/${data?.kind}`, known: !!Model, errors };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  });
}
