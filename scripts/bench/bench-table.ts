import type { RecordedFigure } from './bench-record';

/** A number as the table shows it: grouped thousands, one decimal below 100, none above. */
function figure(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value.toLocaleString('en', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A figure with its unit; a figure the run could not measure is "n/a" alone. */
const withUnit = (value: number, unit: string) =>
  Number.isFinite(value) ? `${figure(value)} ${unit}` : 'n/a';

const cell = (text: string) => text.replaceAll('|', '\\|');

/**
 * The one Markdown table of `npm run bench`: per figure, ours, the peer's from the same run and
 * the ratio (ours / peer: below 1 is better for times and memory), the target and "met" or
 * "not met" (a row without a target leaves both empty). Figures keep the order the benchmarks
 * recorded them in.
 */
export function benchTable(figures: readonly RecordedFigure[]): string {
  const rows = [
    '| benchmark | measure | eTOM Studio | peer | peer figure | ours / peer | target | met |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const f of figures) {
    const ours = withUnit(f.ours, f.unit);
    const peer = f.peer === undefined ? '' : withUnit(f.peer.value, f.unit);
    const ratio = f.peer === undefined || f.peer.value === 0 ? '' : figure(f.ours / f.peer.value);
    const met = f.target === undefined ? '' : f.target.met ? 'met' : '**not met**';
    rows.push(
      `| ${cell(f.bench)} | ${cell(f.measure)} | ${ours} | ${cell(f.peer?.name ?? '')} | ${peer} | ${ratio} | ${cell(f.target?.text ?? '')} | ${met} |`,
    );
  }
  return rows.join('\n');
}

/** One line under the table: how many of the targets this run met, and which it did not. */
export function targetsLine(figures: readonly RecordedFigure[]): string {
  const targeted = figures.filter((f) => f.target !== undefined);
  const missed = targeted.filter((f) => f.target?.met === false);
  const names = missed.map((f) => `${f.bench}: ${f.measure}`);
  return `${targeted.length - missed.length} of ${targeted.length} targets met${names.length > 0 ? `; not met: ${names.join('; ')}` : ''}.`;
}
