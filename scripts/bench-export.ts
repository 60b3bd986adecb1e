/**
 * `npm run bench:export [-- --sizes 100,500]`: diagram export beside bpmn-js. For each size
 * (100, 500, 2,000 and 5,000 nodes of the canvas benchmark's grid, about 1.2 edges per node) the
 * app's renderer and exporter write SVG, PNG (scale 1) and PDF (a fitted page), each export in a
 * child process of its own (time, CPU, peak RSS); and in the same run bpmn-js in headless
 * Chromium imports the same grid as BPMN, `saveSVG()`s it and rasterises that SVG on a canvas
 * to a PNG blob at the same 1 px per unit. Prints a Markdown table, writes it to
 * bench-results/export.md and records the headline figures for `npm run bench`. Numbers only:
 * nothing is asserted, and it is never part of npm test.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORT_FORMATS } from '../shared/ipc/methods/export-methods';
import { recordFigures, type BenchFigure } from './bench/bench-record';
import { startBpmnServer } from './bench/bpmn-server';
import { benchLayout } from './bench/canvas-layout';
import { measureBpmnExport } from './bench/export-bpmn';
import { exportInChild } from './bench/export-ours';
import { exportStepsTable } from './bench/export-steps';
import {
  PEAK_LIMIT_MB,
  bpmnCpuMs,
  bpmnMs,
  exportTable,
  oursOf,
  type ExportSizeResult,
  type FormatResult,
} from './bench/export-table';

const CHROMIUM = process.env.ETOM_CHROMIUM ?? '/usr/bin/chromium';
const DEFAULT_SIZES = [100, 500, 2_000, 5_000];
/** Small exports take a moment, so they are run three times and the median is shown. */
/** Runs per size, for both editors: the median of three up to the 2,000 nodes of the targets. */
const runsFor = (nodes: number) => (nodes <= 2_000 ? 3 : 1);

/** The run whose PNG time (saveSVG and raster) is the median of the good ones; else the first. */
function medianBpmnRun(runs: ReadonlyArray<ExportSizeResult['bpmn']>): ExportSizeResult['bpmn'] {
  const good = runs
    .filter((run) => Number.isFinite(bpmnMs(run, 'png')))
    .sort((a, b) => bpmnMs(a, 'png') - bpmnMs(b, 'png'));
  return good[Math.floor((good.length - 1) / 2)] ?? runs[0]!;
}

function sizesFromArgs(argv: readonly string[]): number[] {
  const at = argv.indexOf('--sizes');
  if (at < 0) return DEFAULT_SIZES;
  const list = argv[at + 1] ?? '';
  const sizes = list.split(',').map(Number);
  if (list === '' || sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 20_000)) {
    throw new Error(`--sizes takes whole numbers from 1 to 20000, comma-separated: "${list}"`);
  }
  return sizes;
}

async function main(): Promise<void> {
  const sizes = sizesFromArgs(process.argv.slice(2));
  const folder = await mkdtemp(join(tmpdir(), 'etom-bench-export-'));
  const server = await startBpmnServer();
  const results: ExportSizeResult[] = [];
  const loadAtStart = loadavg()[0] ?? 0;
  try {
    for (const nodes of sizes) {
      const layout = benchLayout(nodes);
      const ours: FormatResult[] = [];
      for (const format of EXPORT_FORMATS) {
        console.log(`${nodes} nodes: eTOM Studio ${format.toUpperCase()}...`);
        const runs = [];
        for (let run = 0; run < runsFor(nodes); run += 1) {
          runs.push(await exportInChild(nodes, format, join(folder, `bench-${nodes}.${format}`)));
        }
        ours.push({ format, runs });
      }
      console.log(`${nodes} nodes: bpmn-js...`);
      const bpmnRuns: Array<ExportSizeResult['bpmn']> = [];
      for (let run = 0; run < runsFor(nodes); run += 1) {
        bpmnRuns.push(
          await measureBpmnExport(CHROMIUM, server, layout).catch((error: unknown) => ({
            error: error instanceof Error ? error.message.split('\n')[0]! : String(error),
          })),
        );
      }
      const bpmn = medianBpmnRun(bpmnRuns);
      results.push({ nodes, edges: layout.edges.length, ours, bpmn });
      // The table so far, so a long run that is stopped still leaves its figures.
      await writeTable(results, loadAtStart);
    }
  } finally {
    await server.stop();
    await rm(folder, { recursive: true, force: true });
  }
  const table = await writeTable(results, loadAtStart);
  console.log(`\n${table}\nwritten to bench-results/export.md`);
  recordFigures('export', headlineFigures(results));
}

/** PNG and SVG at 2,000 nodes beside bpmn-js, and every format's peak at 5,000 nodes. */
function headlineFigures(results: readonly ExportSizeResult[]): BenchFigure[] {
  const figures: BenchFigure[] = [];
  const at2000 = results.find((result) => result.nodes === 2_000);
  for (const format of ['png', 'svg'] as const) {
    const ours = at2000?.ours.find((f) => f.format === format);
    if (at2000 === undefined || ours === undefined) continue;
    const mine = oursOf(ours);
    const theirs = bpmnMs(at2000.bpmn, format);
    if (!mine.ok) continue;
    figures.push({
      measure: `${format.toUpperCase()} export, 2,000 nodes`,
      ours: Math.round(mine.ms),
      unit: 'ms',
      ...(Number.isFinite(theirs) ? { peer: { name: 'bpmn-js', value: Math.round(theirs) } } : {}),
      ...(format === 'png'
        ? { target: { text: '<= 1/2 of bpmn-js', met: mine.ms <= theirs / 2 } }
        : {}),
    });
    // CPU time too: under load, wall time depends on how the scheduler shares the cores
    // between one Node process and Chromium's several.
    const theirCpu = bpmnCpuMs(at2000.bpmn, format);
    figures.push({
      measure: `${format.toUpperCase()} export CPU time, 2,000 nodes`,
      ours: Math.round(mine.cpuMs),
      unit: 'ms',
      ...(Number.isFinite(theirCpu)
        ? { peer: { name: 'bpmn-js', value: Math.round(theirCpu) } }
        : {}),
    });
  }
  const at5000 = results.find((result) => result.nodes === 5_000);
  for (const formatResult of at5000?.ours ?? []) {
    const mine = oursOf(formatResult);
    figures.push({
      measure: `${formatResult.format.toUpperCase()} export peak memory, 5,000 nodes`,
      ours: mine.ok ? Math.round(mine.peakMb) : Number.NaN,
      unit: 'MB',
      target: {
        text: `written, < ${PEAK_LIMIT_MB} MB`,
        met: mine.ok && mine.peakMb < PEAK_LIMIT_MB,
      },
    });
  }
  return figures;
}

async function writeTable(results: readonly ExportSizeResult[], load: number): Promise<string> {
  const text = [
    `Export benchmark: ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} cores, load average ${load.toFixed(1)} at the start and ${(loadavg()[0] ?? 0).toFixed(1)} now (times under load are pessimistic). Ours: renderDiagramSvg + writeExport in a child process each (median of ${runsFor(100)} runs up to 2,000 nodes, one above), PNG at scale 1, PDF on a fitted page. bpmn-js, as many runs (the run with the median PNG time): importXML in headless Chromium (${CHROMIUM}, software rendering), then saveSVG, then for PNG that SVG drawn on a canvas of its own size (1 px per unit, white) and canvas.toBlob('image/png'), in the page (not written to disk); its peak is the renderer process's, import included.`,
    '',
    exportTable(results),
    '',
    "Where our time goes, ms (median): the SVG render, then writeExport's steps as it reports them.",
    '',
    exportStepsTable(results),
    '',
  ].join('\n');
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/export.md', text);
  return text;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exitCode = 1;
});
