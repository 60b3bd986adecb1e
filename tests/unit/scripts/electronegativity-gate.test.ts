import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { SCAN_TARGETS } from '../../../scripts/security/electronegativity-scan';
import { readBaseline, readSarifFindings } from '../../../scripts/security/sarif-baseline';

const root = path.resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);

/** Runs the real gate (the real tool, offline) as `npm test` does; returns its exit code and output. */
async function gate(...args: string[]): Promise<{ code: number; output: string }> {
  const tsx = path.join(root, 'node_modules/.bin/tsx');
  try {
    const { stdout } = await run(tsx, ['scripts/electronegativity-gate.ts', ...args], {
      cwd: root,
    });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('the Electronegativity gate (H.33)', () => {
  const temps: string[] = [];
  afterAll(async () => {
    await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('fails on a copy of the app with unsafe window settings, an unparsable file and a stale entry', async () => {
    const copy = await mkdtemp(path.join(os.tmpdir(), 'etom-eneg-seeded-'));
    temps.push(copy);
    for (const target of SCAN_TARGETS) {
      await cp(path.join(root, target), path.join(copy, target), { recursive: true });
    }
    // The seeded bad settings: the main window without sandbox, isolation or web security.
    const window = path.join(copy, 'main/electron/window.ts');
    const safe = await readFile(window, 'utf8');
    const seeded = safe
      .replace('sandbox: true', 'sandbox: false')
      .replace('contextIsolation: true', 'contextIsolation: false')
      .replace('webSecurity: true', 'webSecurity: false');
    expect(seeded.match(/: false,/g)?.length).toBeGreaterThan(safe.match(/: false,/g)?.length ?? 0);
    await writeFile(window, seeded);
    await writeFile(path.join(copy, 'main/broken.ts'), 'const = ;\n');
    const baselineFile = path.join(copy, 'baseline.json');
    const baseline = readBaseline(
      await readFile(path.join(root, 'security/eneg-baseline.json'), 'utf8'),
      'security/eneg-baseline.json',
    );
    baseline.accepted.push({
      rule: 'REMOTE_MODULE_JS_CHECK',
      reason: 'matches nothing in this app',
    });
    await writeFile(baselineFile, JSON.stringify(baseline));
    const sarifFile = path.join(copy, 'eneg.sarif');

    const result = await gate('--root', copy, '--baseline', baselineFile, '--sarif', sarifFile);

    expect(result.code, result.output).toBe(1);
    const problems = result.output
      .split('\n')
      .filter((line) => line.startsWith('  '))
      .map((line) =>
        line
          .trim()
          .replace(/:\d+: .*$/, '')
          .replace(/: Unexpected .*$/, ''),
      );
    expect(problems.sort()).toEqual([
      'could not parse (so not checked): main/broken.ts',
      'not in the baseline: CONTEXT_ISOLATION_JS_CHECK main/electron/window.ts',
      'not in the baseline: SANDBOX_JS_CHECK main/electron/window.ts',
      'not in the baseline: WEB_SECURITY_JS_CHECK main/electron/window.ts',
      'stale baseline entry (matches nothing; remove it): REMOTE_MODULE_JS_CHECK',
    ]);
    // The gate's verdict comes from the SARIF the tool wrote, which names the same rules.
    const rules = readSarifFindings(await readFile(sarifFile, 'utf8'), sarifFile).map(
      (f) => f.rule,
    );
    expect(rules).toEqual(
      expect.arrayContaining([
        'SANDBOX_JS_CHECK',
        'CONTEXT_ISOLATION_JS_CHECK',
        'WEB_SECURITY_JS_CHECK',
      ]),
    );
  }, 300_000);
});
