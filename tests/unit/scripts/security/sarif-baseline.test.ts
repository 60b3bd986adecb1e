import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareToBaseline,
  describeFinding,
  readBaseline,
  readSarifFindings,
  type Baseline,
} from '../../../../scripts/security/sarif-baseline';

/** A SARIF log shaped as Electronegativity writes it. */
function sarif(results: Array<{ rule: string; uri: string; line: number }>): string {
  return JSON.stringify({
    $schema: 'http://json.schemastore.org/sarif-2.1.0',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Electronegativity', version: '1.10.3', rules: [] } },
        results: results.map(({ rule, uri, line }) => ({
          ruleId: rule,
          level: 'warning',
          message: { text: `${rule} text` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri },
                region: { startLine: line, startColumn: 1, charLength: 0 },
              },
            },
          ],
        })),
      },
    ],
  });
}

const baseline: Baseline = {
  tool: '@doyensec/electronegativity 1.10.3',
  accepted: [
    {
      rule: 'PRELOAD_JS_CHECK',
      file: 'main/electron/window.ts',
      reason: 'a reviewed preload script',
    },
    { rule: 'CSP_GLOBAL_CHECK', reason: 'accepted wherever the tool reports it' },
    { rule: 'REMOTE_MODULE_JS_CHECK', reason: 'an entry that nothing matches any more' },
  ],
};

describe('the Electronegativity SARIF baseline', () => {
  it('accepts findings by rule (and file where the entry names one), whatever the line', () => {
    const findings = readSarifFindings(
      sarif([
        { rule: 'PRELOAD_JS_CHECK', uri: 'main/electron/window.ts', line: 41 },
        { rule: 'PRELOAD_JS_CHECK', uri: 'main/electron/other-window.ts', line: 7 },
        { rule: 'CSP_GLOBAL_CHECK', uri: 'file:///', line: 1 },
        { rule: 'SANDBOX_JS_CHECK', uri: 'main/electron/window.ts', line: 42 },
      ]),
      'eneg.sarif',
    );
    const result = compareToBaseline(findings, baseline);
    expect(result.accepted.map((f) => `${f.rule} ${f.file}`)).toEqual([
      'PRELOAD_JS_CHECK main/electron/window.ts',
      'CSP_GLOBAL_CHECK ',
    ]);
    expect(result.unaccepted.map(describeFinding)).toEqual([
      'PRELOAD_JS_CHECK main/electron/other-window.ts:7: PRELOAD_JS_CHECK text',
      'SANDBOX_JS_CHECK main/electron/window.ts:42: SANDBOX_JS_CHECK text',
    ]);
    expect(result.unused.map((entry) => entry.rule)).toEqual(['REMOTE_MODULE_JS_CHECK']);
  });

  it('reads every run and describes a finding without a file as the whole scan', () => {
    const log = JSON.parse(sarif([{ rule: 'A_CHECK', uri: 'file:///', line: 1 }])) as {
      runs: unknown[];
    };
    log.runs.push(...log.runs);
    const findings = readSarifFindings(JSON.stringify(log), 'eneg.sarif');
    expect(findings).toHaveLength(2);
    expect(describeFinding(findings[0]!)).toBe('A_CHECK (whole scan): A_CHECK text');
  });

  it('refuses a malformed SARIF log or baseline, naming the file and the place', () => {
    expect(() => readSarifFindings('{"version":"2.1.0"', 'eneg.sarif')).toThrow(
      /^eneg\.sarif: not JSON/,
    );
    expect(() =>
      readSarifFindings('{"version":"2.1.0","runs":[{"results":[{}]}]}', 'eneg.sarif'),
    ).toThrow(/^eneg\.sarif: runs\.0\.results\.0\.ruleId: /);
    expect(() =>
      readBaseline(
        JSON.stringify({ tool: 't', accepted: [{ rule: 'SANDBOX_JS_CHECK', reason: 'ok' }] }),
        'security/eneg-baseline.json',
      ),
    ).toThrow(/^security\/eneg-baseline\.json: accepted\.0\.reason: say why/);
    expect(() =>
      readBaseline(JSON.stringify({ tool: 't', accepted: [], extra: 1 }), 'baseline.json'),
    ).toThrow(/^baseline\.json: /);
  });

  it('the checked-in baseline is well formed, one entry per rule and file', async () => {
    const file = path.resolve(import.meta.dirname, '../../../../security/eneg-baseline.json');
    const checkedIn = readBaseline(await readFile(file, 'utf8'), file);
    const keys = checkedIn.accepted.map((entry) => `${entry.rule} ${entry.file ?? '*'}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
