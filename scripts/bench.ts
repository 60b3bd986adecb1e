/**
 * `npm run bench [-- --only canvas,export] [--quick]`: every benchmark of the project, one
 * after the other in its own process, then one Markdown table of what they recorded (ours, the
 * peer's figure from the same run, the ratio, the target, met or not) in
 * bench-results/summary.md and on the console. Each benchmark's own detailed output is printed
 * as it runs. Never part of npm test. `--quick` runs each benchmark at its small sizes only (a
 * few minutes in all) and writes bench-results/summary-quick.md instead: a try-out of the
 * command and the table, not the published figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { BENCH_QUICK_ENV, BENCH_RECORD_ENV, type RecordedFigure } from './bench/bench-record';
import { benchTable, targetsLine } from './bench/bench-table';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The benchmarks, in the order they run: name, script, extra tsx flags. */
const BENCHES: ReadonlyArray<{ name: string; script: string; flags?: string[] }> = [
  { name: 'library', script: 'bench-library.ts' },
  { name: 'suggest', script: 'bench-suggest.ts' },
  { name: 'coverage', script: 'bench-coverage.ts' },
  { name: 'workspace', script: 'bench-workspace.ts', flags: ['--expose-gc'] },
  { name: 'mapping-table', script: 'bench-mapping-table.ts' },
  { name: 'company-search', script: 'bench-company-search.ts' },
  { name: 'canvas', script: 'bench-canvas.ts' },
  { name: 'export', script: 'bench-export.ts' },
  { name: 'merge', script: 'bench-merge.ts' },
];

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

function commit(): string {
  const result = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return result.status === 0 ? result.stdout.trim() : 'unknown';
}

async function main(): Promise<void> {
  const only = option('--only')?.split(',');
  const quick = process.argv.includes('--quick');
  const chosen = BENCHES.filter((bench) => only === undefined || only.includes(bench.name));
  if (chosen.length === 0)
    throw new Error(`--only names none of: ${BENCHES.map((b) => b.name).join(', ')}`);
  const temp = await mkdtemp(path.join(tmpdir(), 'etom-bench-'));
  const record = path.join(temp, 'figures.jsonl');
  const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
  const started = new Date();
  const loadBefore = loadavg()[0] ?? 0;
  const failed: string[] = [];
  try {
    for (const bench of chosen) {
      const script = path.join(ROOT, 'scripts', bench.script);
      if (!existsSync(script)) {
        failed.push(`${bench.name} (no ${bench.script})`);
        continue;
      }
      console.log(`\n=== bench ${bench.name}`);
      const at = performance.now();
      const run = spawnSync(tsx, [...(bench.flags ?? []), script], {
        cwd: ROOT,
        stdio: 'inherit',
        env: {
          ...process.env,
          [BENCH_RECORD_ENV]: record,
          ...(quick ? { [BENCH_QUICK_ENV]: '1' } : {}),
        },
      });
      console.log(
        `=== bench ${bench.name}: exit ${run.status} after ${((performance.now() - at) / 1000).toFixed(0)} s`,
      );
      if (run.status !== 0) failed.push(bench.name);
    }
    const figures: RecordedFigure[] = existsSync(record)
      ? (await readFile(record, 'utf8'))
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => JSON.parse(line) as RecordedFigure)
      : [];
    const heading = [
      `# Benchmarks: ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit()}${quick ? ' (quick run)' : ''}`,
      '',
      ...(quick
        ? [
            'A quick run (`npm run bench -- --quick`): small sizes only, to try the command; not the figures the README publishes.',
            '',
          ]
        : []),
      `Node ${process.version}, ${cpus().length} cores, load average ${loadBefore.toFixed(1)} at the start and ${(loadavg()[0] ?? 0).toFixed(1)} at the end (figures measured under load are pessimistic). Reproduce with \`npm run bench\`; each benchmark also runs alone (\`npm run bench:<name>\`) with its detailed output.`,
      '',
    ];
    const missed = failed.length === 0 ? [] : ['', `Did not finish: ${failed.join(', ')}.`];
    const text = `${[...heading, benchTable(figures), '', targetsLine(figures), ...missed].join('\n')}\n`;
    await writeFile(
      path.join(ROOT, `bench-results/${quick ? 'summary-quick' : 'summary'}.md`),
      text,
    );
    console.log(`\n${text}`);
    if (failed.length > 0) process.exitCode = 1;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
