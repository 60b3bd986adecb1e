import { appendFileSync } from 'node:fs';

/** The environment variable `npm run bench` sets to the file the benchmarks add figures to. */
export const BENCH_RECORD_ENV = 'ETOM_BENCH_RECORD';

/** The environment variable `npm run bench -- --quick` sets: small sizes only, a try-out. */
export const BENCH_QUICK_ENV = 'ETOM_BENCH_QUICK';

/**
 * Whether this is a quick run (`npm run bench -- --quick`, or `--quick` given to one
 * benchmark): each benchmark then measures its small sizes only, so the whole command runs in a
 * few minutes. Quick figures show the table works; they are not the published ones.
 */
export function isQuickBench(argv: readonly string[] = process.argv): boolean {
  return process.env[BENCH_QUICK_ENV] === '1' || argv.includes('--quick');
}

/** One figure of a benchmark, with the peer's figure from the same run and the target. */
export interface BenchFigure {
  /** What was measured, e.g. "open to painted, 5,000 nodes". */
  measure: string;
  ours: number;
  /** The unit of `ours` and of the peer's value ("ms", "MB", "%"). */
  unit: string;
  /** The same measure of the peer, in the same run and unit. */
  peer?: { name: string; value: number };
  /** The target as words ("<= 1/3 of bpmn-js", "p95 < 5 ms") and whether this run meets it. */
  target?: { text: string; met: boolean };
}

/** A figure as recorded: which benchmark it came from. */
export interface RecordedFigure extends BenchFigure {
  bench: string;
}

/**
 * Adds figures to the file `npm run bench` collects into one table (one JSON object per line).
 * A benchmark run on its own (no variable set) records nothing and prints as before.
 */
export function recordFigures(bench: string, figures: readonly BenchFigure[]): void {
  const file = process.env[BENCH_RECORD_ENV];
  if (file === undefined || file === '') return;
  const lines = figures.map((figure) =>
    JSON.stringify({ bench, ...figure } satisfies RecordedFigure),
  );
  appendFileSync(file, `${lines.join('\n')}\n`);
}
