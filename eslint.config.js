// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Imports each layer may not use (see ARCHITECTURE.md, "Layers and what each may import"). */
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'crypto'];
const layerRule = (/** @type {string[]} */ patterns, /** @type {string} */ message) => [
  'error',
  { patterns: [{ group: patterns, message }] },
];

export default tseslint.config(
  {
    ignores: ['node_modules', 'out', 'dist', 'test-results', 'playwright-report', 'coverage'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': layerRule(
        [
          'electron',
          'react',
          'react-dom',
          'react/*',
          '@xyflow/*',
          ...nodeBuiltins,
          '**/main/**',
          '**/renderer/**',
        ],
        'shared/ is pure TypeScript: no electron, react, @xyflow, DOM or node built-ins.',
      ),
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': layerRule(
        ['react', 'react-dom', 'react/*', '@xyflow/*', '**/renderer/**'],
        'main/ is the Node side: it may import shared/, never the renderer.',
      ),
    },
  },
  {
    files: [
      'main/services/**/*.ts',
      'main/host/**/*.ts',
      'main/browser-host/**/*.ts',
      'main/cli/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': layerRule(
        [
          'electron',
          'electron-store',
          'react',
          'react-dom',
          '@xyflow/*',
          '**/renderer/**',
          '**/electron/**',
        ],
        'Services, handlers, the browser host and the CLI run in plain Node: no electron imports.',
      ),
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': layerRule(
        ['electron', 'electron-store', ...nodeBuiltins, '**/main/**'],
        'renderer/ is React only: it may import shared/, never electron, node:* or main/.',
      ),
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never write HTML from strings.' },
        { property: 'outerHTML', message: 'Never write HTML from strings.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never write HTML from strings: render text, React escapes it.',
        },
      ],
    },
  },
  {
    // Every browser spec runs under the CSP violation watch (RELIABILITY.md F.27).
    files: ['tests/e2e/**/*.spec.ts'],
    ignores: ['tests/e2e/electron.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              message: "Import test and expect from './support/test' (the CSP violation watch).",
            },
          ],
        },
      ],
    },
  },
);
