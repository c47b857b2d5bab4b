// @ts-check
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';

const layer = (target, from, except = []) => ({
  target: `./src/${target}`,
  from: `./src/${from}`,
  except,
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'public/vendor/**',
      'bin/**',
      '*.config.js',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { typescript: true, node: true } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import/no-cycle': 'error',
      'import/no-default-export': 'error',
      // Imports point inward: domain ← jurisdictions ← documents ← batch ← web/cli.
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            layer('domain', 'jurisdictions'),
            layer('domain', 'documents'),
            layer('domain', 'batch'),
            layer('domain', 'web'),
            layer('domain', 'cli'),
            layer('jurisdictions', 'documents'),
            layer('jurisdictions', 'batch'),
            layer('jurisdictions', 'web'),
            layer('jurisdictions', 'cli'),
            layer('documents', 'batch'),
            layer('documents', 'web'),
            layer('documents', 'cli'),
            layer('batch', 'web'),
            layer('batch', 'cli'),
            layer('web', 'cli'),
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message:
            'Only src/web/server.ts reads process.env, through readConfig (src/web/config.ts).',
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'express',
            'handlebars',
            'pdf-lib',
            'docx',
            'fontkit',
            'node:fs',
            'fs',
            'yazl',
            'piscina',
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/server.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['public/**/*.js'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'import/no-default-export': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
);
