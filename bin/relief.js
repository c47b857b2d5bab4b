#!/usr/bin/env node
'use strict';
// The compiled CLI when built; otherwise run the TypeScript source through tsx.
const path = require('node:path');
const fs = require('node:fs');
const built = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
if (fs.existsSync(built)) {
  require(built)
    .main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    });
} else {
  require('tsx/cjs');
  require('../src/cli/main.ts')
    .main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    });
}
