/**
 * `npm run reliability`: runs the tests of the reliability bar (`../shared/design/
 * RELIABILITY.md`) at the bar's counts, one file or spec at a time, each with its own
 * scorecard file (`ETOM_SCORECARD_FILE`, which `reportFigures` appends to), plus the
 * Electronegativity gate and `npm audit`; then prints the scorecard, one row per bar item
 * (item, title, figures, bar, pass / FAIL / not run), and writes it to
 * `bench-results/reliability.md`. An item passes only when figures for it were reported and
 * every run meant for it passed; an item nothing measured here is "not run", never a pass.
 *
 * Options: `--only A.1,I.36` runs only what measures those items (the rest show "not run");
 * `--dry-run` prints what would run (with its counts) and runs nothing.
 * Exit code 1 when any item failed.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';
import { findChromium, NO_CHROMIUM_MESSAGE } from './find-chromium.mjs';
import { runNpmAudit } from './npm-audit.mjs';
import { BAR } from './reliability/bar';
import { TEST_RUNS, type TestRun } from './reliability/runs';
import {
  itemRows,
  parseFigureLines,
  runsTable,
  scorecardTable,
  tally,
  type RunOutcome,
} from './reliability/scorecard-table';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function onlyItems(): Set<string> | null {
  const index = process.argv.indexOf('--only');
  const list = index >= 0 ? process.argv[index + 1] : undefined;
  return list ? new Set(list.split(',').map((item) => item.trim())) : null;
}

/** Runs a command with its output shown; resolves its exit code and its last output line. */
function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; lastLine: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(npx, args, {
      cwd: repo,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let tail = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-4_000);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const lines = tail.split('\n').filter((line) => line.trim());
      resolve({ code: code ?? 1, lastLine: lines.at(-1) ?? '' });
    });
  });
}

async function runTest(
  test: TestRun,
  scratch: string,
  chromium: string | null,
): Promise<RunOutcome> {
  const name = path.basename(test.file);
  const started = performance.now();
  const seconds = (): number => (performance.now() - started) / 1000;
  if (test.needs === 'electron' && electronBinary(repo) === null) {
    return {
      name,
      items: test.items,
      status: 'skipped',
      note: 'needs the Electron binary',
      seconds: 0,
      lines: [],
    };
  }
  if (test.kind === 'playwright' && chromium === null) {
    return {
      name,
      items: test.items,
      status: 'skipped',
      note: 'no Chromium',
      seconds: 0,
      lines: [],
    };
  }
  const scorecard = path.join(scratch, `${name}.jsonl`);
  const env = { ...test.env, ETOM_SCORECARD_FILE: scorecard };
  console.log(
    `\n=== ${name} ${Object.entries(test.env ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );
  const { code } =
    test.kind === 'vitest'
      ? await run(['vitest', 'run', test.file], env)
      : await run(['playwright', 'test', test.file, '--workers=1'], {
          ...env,
          ETOM_CHROMIUM: chromium ?? '',
        });
  const lines = parseFigureLines(await readFile(scorecard, 'utf8').catch(() => ''));
  return {
    name,
    items: test.items,
    status: code === 0 ? 'passed' : 'failed',
    ...(code === 0 ? {} : { note: `exit ${code}` }),
    seconds: seconds(),
    lines,
  };
}

/** H.33: the Electronegativity gate (its own SARIF parse against the baseline). */
async function electronegativity(): Promise<RunOutcome> {
  const started = performance.now();
  console.log('\n=== Electronegativity gate');
  const { code, lastLine } = await run(['tsx', 'scripts/electronegativity-gate.ts']);
  const seconds = (performance.now() - started) / 1000;
  const lines =
    code === 0
      ? [{ item: 'H.33', title: 'Electronegativity gate', figures: { result: lastLine } }]
      : [];
  return {
    name: 'electronegativity-gate',
    items: ['H.33'],
    status: code === 0 ? 'passed' : 'failed',
    ...(code === 0 ? {} : { note: lastLine }),
    seconds,
    lines,
  };
}

/** H.35: `npm audit --omit=dev`; where the advisory endpoint cannot answer, skipped. */
async function audit(): Promise<RunOutcome> {
  const started = performance.now();
  console.log('\n=== npm audit --omit=dev');
  const verdict = await runNpmAudit(repo);
  console.log(verdict.line);
  const seconds = (performance.now() - started) / 1000;
  return {
    name: 'npm audit --omit=dev',
    items: ['H.35'],
    status: verdict.outcome,
    ...(verdict.outcome === 'passed' ? {} : { note: verdict.line }),
    seconds,
    lines:
      verdict.outcome === 'passed'
        ? [{ item: 'H.35', title: 'npm audit --omit=dev', figures: { result: verdict.line } }]
        : [],
  };
}

/** Writes the scorecard of the runs so far; `pending` names the runs not finished yet. */
async function writeScorecard(
  runs: ReadonlyArray<RunOutcome>,
  pending: ReadonlyArray<string>,
  started: number,
  only: Set<string> | null,
): Promise<{ table: string; summary: string; failed: number; minutes: number }> {
  const minutes = (performance.now() - started) / 60_000;
  const rows = itemRows(BAR, runs);
  const counts = tally(rows);
  const summary = `${counts.pass} pass, ${counts.fail} fail, ${counts['not run']} not run of ${BAR.length} items`;
  const when = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const table = scorecardTable(rows);
  const markdown = [
    '# Reliability scorecard',
    '',
    `\`npm run reliability\`${only ? ` --only ${[...only].join(',')}` : ''}, ${when}, ` +
      `${minutes.toFixed(1)} min${pending.length > 0 ? ' so far (still running)' : ''}, load average ` +
      `${loadavg()[0]?.toFixed(1)} (timings on a loaded machine are pessimistic).`,
    `Items of \`RELIABILITY.md\` that no test here measured are "not run", never a pass. ${summary}.`,
    '',
    table,
    '',
    '## Runs',
    '',
    runsTable(runs),
    ...(pending.length > 0 ? ['', `Not run yet: ${pending.join(', ')}.`] : []),
    '',
  ].join('\n');
  await mkdir(path.join(repo, 'bench-results'), { recursive: true });
  await writeFile(path.join(repo, 'bench-results', 'reliability.md'), markdown);
  return { table, summary, failed: counts.fail, minutes };
}

async function main(): Promise<number> {
  const only = onlyItems();
  const wanted = (items: ReadonlyArray<string>): boolean =>
    only === null || items.some((item) => only.has(item));
  const started = performance.now();
  const scratch = await mkdtemp(path.join(tmpdir(), 'etom-reliability-'));
  const runs: RunOutcome[] = [];
  const tests = TEST_RUNS.filter(
    (test) => wanted(test.items) || (only === null && test.items.length === 0),
  );
  if (process.argv.includes('--dry-run')) {
    for (const test of tests) {
      const env = Object.entries(test.env ?? {}).map(([k, v]) => `${k}=${v}`);
      console.log(`${test.items.join(',').padEnd(24)} ${test.kind} ${test.file} ${env.join(' ')}`);
    }
    return 0;
  }
  // The gates first (a minute), then the tests, the long trial counts last.
  const steps: Array<{ name: string; go: () => Promise<RunOutcome> }> = [];
  if (wanted(['H.33'])) steps.push({ name: 'electronegativity-gate', go: electronegativity });
  if (wanted(['H.35'])) steps.push({ name: 'npm audit', go: audit });
  let chromium: string | null = null;
  for (const test of tests) {
    steps.push({ name: path.basename(test.file), go: () => runTest(test, scratch, chromium) });
  }
  try {
    const runnable = (test: TestRun): boolean =>
      test.needs !== 'electron' || electronBinary(repo) !== null;
    if (tests.some((test) => test.kind === 'playwright' && runnable(test))) {
      console.log('\n=== build (for the end-to-end specs)');
      const build = await run(['electron-vite', 'build']);
      chromium = build.code === 0 ? findChromium(repo) : null;
      if (build.code === 0 && chromium === null) console.log(NO_CHROMIUM_MESSAGE);
    }
    // After every run the scorecard is written again: a run cut short keeps what it measured.
    for (const [index, step] of steps.entries()) {
      runs.push(await step.go());
      const pending = steps.slice(index + 1).map((next) => next.name);
      await writeScorecard(runs, pending, started, only);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const { table, summary, failed, minutes } = await writeScorecard(runs, [], started, only);
  console.log(`\n${table}\n`);
  console.log(`${summary}; ${minutes.toFixed(1)} min. Written to bench-results/reliability.md`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
