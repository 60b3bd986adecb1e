/**
 * One export of `npm run bench:export`, in a process of its own so that its peak memory is its
 * own: `tsx export-ours-child.ts <nodes> <svg|png|pdf> <file>` draws the benchmark grid with
 * the app's renderer (`renderDiagramSvg`) and writes it with the app's exporter (`writeExport`,
 * PNG at scale 1, PDF on a fitted page), then prints one JSON line of `ChildFigures`.
 */
import type { ExportJob } from '../../main/services/export/export-jobs';
import { writeExport } from '../../main/services/export/exporter';
import { getBuiltInCatalogue } from '../../shared/etom/registry';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportStep,
} from '../../shared/ipc/methods/export-methods';
import { diagramNamesOf } from '../../shared/render/diagram-names';
import { renderDiagramSvg } from '../../shared/render/diagram-svg';
import { buildDocument } from '../../tests/fixtures/workspace-builder';
import { benchDiagram } from './canvas-workspace';
import { benchLayout } from './canvas-layout';

const PACK = 'gb921-v25.5';

/** What the child prints. */
export interface ChildFigures {
  /** renderDiagramSvg: the diagram to an SVG string. */
  svgMs: number;
  /** writeExport: check, rasterise or lay out, write atomically. */
  writeMs: number;
  /**
   * writeExport's steps as it reports them (checking, rasterising or drawing, writing): the
   * time from each step's first report to the next step's, so where a slow export spends it.
   */
  stepsMs: Partial<Record<ExportStep, number>>;
  bytes: number;
  /** CPU time of both steps, every thread of the process (the PNG's deflate runs on one). */
  cpuMs: number;
  /** The PNG's pixel size; absent for SVG and PDF. */
  width?: number;
  height?: number;
  /** Peak resident memory of this process, and before the export started. */
  peakMb: number;
  baselineMb: number;
}

const mb = (kilobytes: number) => kilobytes / 1024;

/** An export job nobody cancels that notes when each step starts. */
function timedJob(): {
  job: ExportJob;
  stepsUntil(end: number): Partial<Record<ExportStep, number>>;
} {
  const starts: Array<{ step: ExportStep; at: number }> = [];
  const job: ExportJob = {
    report: (step) => {
      if (starts.at(-1)?.step !== step) starts.push({ step, at: performance.now() });
    },
    checkpoint: () => Promise.resolve(),
    throwIfCancelled: () => undefined,
  };
  const stepsUntil = (end: number) => {
    const steps: Partial<Record<ExportStep, number>> = {};
    starts.forEach(({ step, at }, i) => {
      steps[step] = (steps[step] ?? 0) + ((starts[i + 1]?.at ?? end) - at);
    });
    return steps;
  };
  return { job, stepsUntil };
}

async function main(): Promise<void> {
  const [count, format, file] = process.argv.slice(2);
  const nodes = Number(count);
  if (!Number.isInteger(nodes) || nodes < 1) throw new Error(`nodes: "${count}"`);
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) throw new Error(`format: "${format}"`);
  if (file === undefined) throw new Error('give the file to write');
  const catalogue = getBuiltInCatalogue(PACK);
  if (catalogue === undefined) throw new Error(`the built-in pack ${PACK} is missing`);
  // The canvas benchmark's diagram: its company processes, and level-3 framework processes.
  const framework = catalogue.processes.filter((p) => p.level === 3).map((p) => p.id);
  const diagram = benchDiagram(benchLayout(nodes), framework);
  const names = diagramNamesOf(
    buildDocument({ processes: 50, diagrams: 0 }).processes.processes,
    (pack) => (pack === PACK ? catalogue : undefined),
    PACK,
  );
  const baselineMb = mb(process.resourceUsage().maxRSS);

  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const svg = renderDiagramSvg(diagram, names);
  const drawn = performance.now();
  const timed = timedJob();
  const result = await writeExport(
    {
      path: file,
      format: format as ExportFormat,
      svg,
      overwrite: true,
      ...(format === 'png' ? { scale: 1 } : {}),
    },
    {},
    timed.job,
  );
  const written = performance.now();
  const cpu = process.cpuUsage(cpuBefore);
  const figures: ChildFigures = {
    svgMs: drawn - start,
    writeMs: written - drawn,
    stepsMs: timed.stepsUntil(written),
    cpuMs: (cpu.user + cpu.system) / 1000,
    bytes: result.bytes,
    ...('width' in result ? { width: result.width, height: result.height } : {}),
    peakMb: mb(process.resourceUsage().maxRSS),
    baselineMb,
  };
  console.log(JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
