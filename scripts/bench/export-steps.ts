/**
 * Where our exports spend their time, step by step (`npm run bench:export` writes it under the
 * comparison): rendering the SVG, then writeExport's steps as it reports them (checking the SVG,
 * rasterising a PNG or drawing a PDF, writing the file), medians of the runs.
 */
import type { ExportStep } from '../../shared/ipc/methods/export-methods';
import type { ChildFigures } from './export-ours-child';
import type { ExportSizeResult } from './export-table';
import { summary } from './stats';

const STEPS: readonly ExportStep[] = ['checking', 'rasterising', 'drawing', 'writing'];

const ms = (runs: readonly ChildFigures[], of: (run: ChildFigures) => number | undefined) => {
  const values = runs.map(of).filter((value): value is number => value !== undefined);
  return values.length === 0 ? '' : Math.round(summary(values).median).toLocaleString('en');
};

/** One row per size and format: the SVG render and each step, in ms. */
export function exportStepsTable(results: readonly ExportSizeResult[]): string {
  const header = ['nodes', 'format', 'render SVG', ...STEPS];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`];
  for (const result of results) {
    for (const { format, runs } of result.ours) {
      const good = runs.filter((run): run is ChildFigures => !('error' in run));
      if (good.length === 0) continue;
      const cells = [
        result.nodes.toLocaleString('en'),
        format.toUpperCase(),
        ms(good, (run) => run.svgMs),
        ...STEPS.map((step) => ms(good, (run) => run.stepsMs[step])),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}
