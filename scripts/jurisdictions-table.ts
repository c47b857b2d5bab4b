// Writes docs/JURISDICTIONS.md from the packs: `npm run docs:jurisdictions`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { coverageMarkdown } from '../src/jurisdictions/coverage-table';
import { loadPacks } from '../src/jurisdictions/load-packs';

const file = path.join(__dirname, '..', 'docs', 'JURISDICTIONS.md');
writeFileSync(file, coverageMarkdown(loadPacks().packs));
process.stdout.write(`Wrote ${file}\n`);
