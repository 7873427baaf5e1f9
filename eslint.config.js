// Lint enforces the dependency rule: domain ← contracts, files ← db ← services ← http, cli; the web
// sees only the contracts (the API's zod schemas and routes) and the pure domain. See
// docs/ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const restrict = (patterns) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: patterns.map((group) => ({
        group,
        message: 'Breaks the dependency rule (docs/ARCHITECTURE.md).',
      })),
    },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'reference', '.tmp', 'src/db/migrations'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Every spread element is a call argument on the stack: 200 000 issues overflow it (ADR 0022).
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(push|unshift)$/] > SpreadElement',
          message: 'Spreading a list into push() overflows the stack on large lists; use a loop.',
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: restrict([
      [
        '**/files/**',
        '**/db/**',
        '**/services/**',
        '**/http/**',
        '**/web/**',
        '**/cli/**',
        'node:*',
        'fs',
        'pg',
        '@electric-sql/*',
        'fastify*',
        'react*',
        'exceljs',
        'pdfkit',
      ],
    ]),
  },
  // Domain tests may use node:test, node:assert and read the reference CSVs; the code under test may not.
  {
    files: ['src/domain/**/*.test.ts'],
    rules: restrict([
      [
        '**/db/**',
        '**/services/**',
        '**/http/**',
        '**/web/**',
        '**/cli/**',
        'pg',
        '@electric-sql/*',
        'fastify*',
        'react*',
      ],
    ]),
  },
  // The API's contract: zod schemas and the route table, shared by the server and the web.
  {
    files: ['src/contracts/**/*.ts'],
    rules: restrict([
      [
        '**/files/**',
        '**/db/**',
        '**/services/**',
        '**/http/**',
        '**/web/**',
        '**/cli/**',
        'node:*',
        'pg',
        '@electric-sql/*',
        'fastify*',
        'react*',
      ],
    ]),
  },
  {
    files: ['src/files/**/*.ts'],
    rules: restrict([['**/db/**', '**/services/**', '**/http/**', '**/web/**', '**/cli/**']]),
  },
  {
    files: ['src/db/**/*.ts'],
    rules: restrict([['**/services/**', '**/http/**', '**/web/**', '**/cli/**']]),
  },
  {
    files: ['src/services/**/*.ts'],
    rules: restrict([['**/http/**', '**/web/**', '**/cli/**', 'fastify*']]),
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        [
          '**/db/**',
          '**/services/**',
          '**/http/**',
          '**/cli/**',
          '**/files/**',
          'node:*',
          'pg',
          '@electric-sql/*',
          'fastify*',
        ],
      ]),
    },
  },
  // Web tests may use node:* (test runner, files); the code under test may not.
  {
    files: ['src/web/**/*.test.ts'],
    rules: restrict([
      ['**/db/**', '**/http/**', '**/cli/**', '**/files/**', 'pg', '@electric-sql/*', 'fastify*'],
    ]),
  },
);
