#!/usr/bin/env node
// `npm test`: typecheck, lint, format, the static security gates (Electronegativity against its
// baseline, npm audit), unit tests, the packaging checks and end-to-end tests, in that order,
// each run even when an earlier one failed, so one run shows everything that is wrong. Ends with one line
// "N passed, N failed[, N skipped]" totalled over all suites (typecheck, lint, format and each
// gate count as one check each; a gate that could not run here counts as skipped, not passed).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NO_CHROMIUM_MESSAGE, findChromium } from './find-chromium.mjs';
import { ensureNode22 } from './node-runtime.mjs';
import { runNpmAudit } from './npm-audit.mjs';

ensureNode22(import.meta.url);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = mkdtempSync(join(tmpdir(), 'etom-test-'));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(label, args, env = {}) {
  console.log(`\n=== ${label}: npx ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(npx, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(
    `=== ${label}: exit ${result.status} after ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return result.status === 0;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/** A vitest run's counts; a run that failed without a failing test counts as one failure. */
function vitestSuite(name, report, ok) {
  if (!report) return { name, passed: 0, failed: 1 };
  return {
    name,
    passed: report.numPassedTests,
    failed: report.numFailedTests + (ok || report.numFailedTests ? 0 : 1),
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

const suites = [];

const typecheck = run('typecheck', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
suites.push({ name: 'typecheck', passed: typecheck ? 1 : 0, failed: typecheck ? 0 : 1 });

const lint = run('lint', ['eslint', '.', '--max-warnings=0']);
suites.push({ name: 'lint', passed: lint ? 1 : 0, failed: lint ? 0 : 1 });

const format = run('format', ['prettier', '--check', '.', '--log-level=warn']);
suites.push({ name: 'format', passed: format ? 1 : 0, failed: format ? 0 : 1 });

// RELIABILITY.md H.33: the tool always exits 0; the gate script parses its SARIF.
const eneg = run('electronegativity', [
  'tsx',
  'scripts/electronegativity-gate.ts',
  '--sarif',
  join(reports, 'eneg.sarif'),
]);
suites.push({ name: 'electronegativity', passed: eneg ? 1 : 0, failed: eneg ? 0 : 1 });

// RELIABILITY.md H.35: 0 high/critical advisories in what ships.
console.log('\n=== audit: npm audit --omit=dev');
const audit = await runNpmAudit(root);
console.log(`=== audit: ${audit.line}`);
suites.push({
  name: 'audit',
  passed: audit.outcome === 'passed' ? 1 : 0,
  failed: audit.outcome === 'failed' ? 1 : 0,
  skipped: audit.outcome === 'skipped' ? 1 : 0,
});

const unitReport = join(reports, 'unit.json');
const unitOk = run('unit', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitReport}`,
]);
suites.push(vitestSuite('unit', readJson(unitReport), unitOk));

const buildOk = run('build', ['electron-vite', 'build']);
if (!buildOk) suites.push({ name: 'build', passed: 0, failed: 1 });

// electron-builder packs the built app around a stand-in Electron binary (tests/packaging).
const packagingReport = join(reports, 'packaging.json');
const packagingOk =
  buildOk &&
  run('packaging', [
    'vitest',
    'run',
    '--config',
    'vitest.packaging.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${packagingReport}`,
  ]);
suites.push(vitestSuite('packaging', buildOk ? readJson(packagingReport) : null, packagingOk));

const e2eReport = join(reports, 'e2e.json');
const chromium = buildOk ? findChromium(root) : null;
if (buildOk && chromium === null) console.log(`\n=== e2e: ${NO_CHROMIUM_MESSAGE}`);
const e2eOk =
  chromium !== null &&
  run('e2e', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
    ETOM_CHROMIUM: chromium,
  });
const e2e = readJson(e2eReport);
if (e2e) {
  const s = e2e.stats;
  suites.push({
    name: 'e2e',
    passed: s.expected + s.flaky,
    failed: s.unexpected + (e2eOk || s.unexpected ? 0 : 1),
    skipped: s.skipped,
  });
} else {
  suites.push({ name: 'e2e', passed: 0, failed: 1 });
}

console.log('\nSuite results:');
for (const s of suites) {
  console.log(
    `  ${s.name.padEnd(18)} ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`,
  );
}
const passed = suites.reduce((n, s) => n + s.passed, 0);
const failed = suites.reduce((n, s) => n + s.failed, 0);
const skipped = suites.reduce((n, s) => n + (s.skipped ?? 0), 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
