// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'coverage/**', 'out/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
    },
  },
  {
    // Money is exact: no float parsing or float formatting where amounts live.
    files: ['src/model/**/*.ts', 'src/rules/**/*.ts', 'src/generate/**/*.ts', 'src/ingest/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'parseFloat', message: '金额必须精确：用 parseAmount()。' }],
      'no-restricted-properties': [
        'error',
        { object: 'Number', property: 'parseFloat', message: '金额必须精确：用 parseAmount()。' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='toFixed']",
          message: '用 formatAmount()，不要 toFixed。',
        },
      ],
    },
  },
  {
    // Dependency direction: model and catalog never import ingest, report or cli.
    files: ['src/model/**/*.ts', 'src/catalog/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ingest/**', '**/cli/**', '**/report/**'],
              message: 'model/catalog 不得依赖 ingest/cli/report。',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ingest/**/*.ts', 'src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/cli/**'], message: '只有 cli 可以依赖 cli。' }] },
      ],
    },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
