import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { reportFigures } from '../../support/scorecard';

/*
 * RELIABILITY H.34: the ESLint security rules, as the project configures them, hold over every
 * source file. `npm run lint` runs them with everything else (type-aware, minutes); this runs
 * only them, as eslint.config.js sets them for each layer (so a rule switched off there fails
 * here), with
 * the plain TypeScript parser, in seconds, and counts what it checked. The rules stand for the
 * bar's list: no-eval, no-implied-eval, no-new-func; `react/no-danger` and
 * `@microsoft/sdl/no-inner-html` are the renderer's no-restricted-syntax (dangerouslySetInnerHTML)
 * and no-restricted-properties (innerHTML, outerHTML). static-gates.test.ts is the grep half.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const SECURITY_RULES = [
  'no-eval',
  'no-implied-eval',
  'no-new-func',
  'no-restricted-properties',
  'no-restricted-syntax',
] as const;
const SOURCES = ['main/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx', 'shared/**/*.ts'];

/** Where each layer's effective settings are read (the files need not exist). */
const LAYERS = {
  main: 'main/layer-probe.ts',
  renderer: 'renderer/layer-probe.tsx',
  shared: 'shared/layer-probe.ts',
} as const;

/** The security rules as eslint.config.js sets them for a file of each layer. */
async function effectiveRules(): Promise<Record<keyof typeof LAYERS, Linter.RulesRecord>> {
  const project = new ESLint({ cwd: root });
  const out = {} as Record<keyof typeof LAYERS, Linter.RulesRecord>;
  for (const [layer, probe] of Object.entries(LAYERS) as Array<[keyof typeof LAYERS, string]>) {
    const config = (await project.calculateConfigForFile(probe)) as Linter.Config;
    const rules: Linter.RulesRecord = {};
    for (const [name, setting] of Object.entries(config.rules ?? {})) {
      if ((SECURITY_RULES as ReadonlyArray<string>).includes(name) && setting !== undefined) {
        rules[name] = setting;
      }
    }
    out[layer] = rules;
  }
  return out;
}

function severity(setting: Linter.RuleEntry | undefined): unknown {
  const level = Array.isArray(setting) ? setting[0] : setting;
  return level === 2 ? 'error' : level;
}

/** A plain-parser ESLint with only the security rules of each layer on. */
async function linter(): Promise<ESLint> {
  const rules = await effectiveRules();
  return new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: { ecmaFeatures: { jsx: true } },
          // no-implied-eval knows setTimeout and friends only as globals.
          globals: { ...globals.node, ...globals.browser },
        },
        // Loaded, not enabled: so that disable comments naming their rules stay valid.
        plugins: {
          '@typescript-eslint': tseslint.plugin,
          'react-hooks': { rules: reactHooks.rules },
        },
        linterOptions: { reportUnusedDisableDirectives: 'off' },
      },
      { files: ['main/**/*.ts'], rules: rules.main },
      { files: ['renderer/**/*.ts', 'renderer/**/*.tsx'], rules: rules.renderer },
      { files: ['shared/**/*.ts'], rules: rules.shared },
    ],
  });
}

describe('ESLint security rules (H.34)', () => {
  it('are errors in eslint.config.js, for the renderer the HTML-from-strings ones too', async () => {
    const rules = await effectiveRules();
    for (const layer of Object.keys(LAYERS) as Array<keyof typeof LAYERS>) {
      for (const rule of ['no-eval', 'no-implied-eval', 'no-new-func']) {
        expect(severity(rules[layer][rule]), `${rule} in ${layer}/`).toBe('error');
      }
    }
    expect(severity(rules.renderer['no-restricted-properties'])).toBe('error');
    expect(JSON.stringify(rules.renderer['no-restricted-properties'])).toContain('innerHTML');
    expect(severity(rules.renderer['no-restricted-syntax'])).toBe('error');
    expect(JSON.stringify(rules.renderer['no-restricted-syntax'])).toContain(
      'dangerouslySetInnerHTML',
    );
  });

  it('catch eval, new Function and HTML written from strings (the gate is not blind)', async () => {
    const sample = [
      'export function f(code: string, node: { innerHTML: string }): unknown {',
      '  node.innerHTML = code;',
      '  new Function(code);',
      '  setTimeout("alert(1)", 1);',
      '  return eval(code);',
      '}',
      'export const g = <div dangerouslySetInnerHTML={{ __html: "x" }} />;',
    ].join('\n');
    const [result] = await (
      await linter()
    ).lintText(sample, {
      filePath: `${root}renderer/sample-for-the-gate.tsx`,
    });
    expect(result?.messages.map((m) => m.ruleId).sort()).toEqual([
      'no-eval',
      'no-implied-eval',
      'no-new-func',
      'no-restricted-properties',
      'no-restricted-syntax',
    ]);
  });

  it('report 0 errors over main/, renderer/ and shared/, none of them silenced', async () => {
    const results = await (await linter()).lintFiles(SOURCES);
    // A lint that silently found nothing would pass for the wrong reason.
    expect(results.length).toBeGreaterThan(100);
    const errors = results.flatMap((result) =>
      result.messages.map((m) => `${result.filePath}:${m.line}: ${m.ruleId ?? ''} ${m.message}`),
    );
    const silenced = results.flatMap((result) =>
      result.suppressedMessages.map((m) => `${result.filePath}:${m.line}: ${m.ruleId ?? ''}`),
    );
    expect(errors, errors.join('\n')).toEqual([]);
    expect(silenced, silenced.join('\n')).toEqual([]);
    reportFigures('H.34', 'ESLint security rules over main/, renderer/, shared/', {
      files: results.length,
      rules: SECURITY_RULES.length,
      errors: errors.length,
      'silenced by a disable comment': silenced.length,
    });
  }, 120_000);
});
