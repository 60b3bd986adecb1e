/** The Markdown table `npm run bench:export` prints and writes to bench-results/export.md. */
import type { ExportFormat } from '../../shared/ipc/methods/export-methods';
import type { BpmnExportFigures } from './export-bpmn';
import type { ChildFigures } from './export-ours-child';
import type { FailedExport } from './export-ours';
import { summary } from './stats';

/** Every run of one format at one size (several runs for the small sizes). */
export interface FormatResult {
  format: ExportFormat;
  runs: Array<ChildFigures | FailedExport>;
}

export interface ExportSizeResult {
  nodes: number;
  edges: number;
  ours: FormatResult[];
  bpmn: BpmnExportFigures | FailedExport;
}

/** The 5,000-node target: every format written under this peak. */
export const PEAK_LIMIT_MB = 1024;

/** Medians of the successful runs of one format, or the first failure. */
export function oursOf(result: FormatResult):
  | {
      ok: true;
      ms: number;
      cpuMs: number;
      peakMb: number;
      baselineMb: number;
      bytes: number;
      pixels: string;
    }
  | { ok: false; error: string } {
  const good = result.runs.filter((run): run is ChildFigures => !('error' in run));
  const bad = result.runs.find((run): run is FailedExport => 'error' in run);
  if (bad !== undefined || good.length === 0) return { ok: false, error: bad?.error ?? 'no run' };
  const first = good[0]!;
  return {
    ok: true,
    ms: summary(good.map((run) => run.svgMs + run.writeMs)).median,
    cpuMs: summary(good.map((run) => run.cpuMs)).median,
    peakMb: Math.max(...good.map((run) => run.peakMb)),
    baselineMb: summary(good.map((run) => run.baselineMb)).median,
    bytes: first.bytes,
    pixels: first.width === undefined ? '' : `${first.width} x ${first.height}`,
  };
}

/** bpmn-js's time for a format: saveSVG, or saveSVG plus the rasterising; NaN if none. */
export function bpmnMs(bpmn: BpmnExportFigures | FailedExport, format: ExportFormat): number {
  if ('error' in bpmn) return Number.NaN;
  if (format === 'svg') return bpmn.svgMs;
  if (format === 'png') return bpmn.svgMs + bpmn.rasterMs;
  return Number.NaN;
}

/** The CPU time of Chromium's processes for the same steps; NaN if none. */
export function bpmnCpuMs(bpmn: BpmnExportFigures | FailedExport, format: ExportFormat): number {
  if ('error' in bpmn) return Number.NaN;
  if (format === 'svg') return bpmn.svgCpuMs;
  if (format === 'png' && bpmn.pngError === undefined) return bpmn.svgCpuMs + bpmn.rasterCpuMs;
  return Number.NaN;
}

const fixed = (value: number, digits = 0) =>
  Number.isFinite(value) ? value.toLocaleString('en', { maximumFractionDigits: digits }) : 'n/a';
const kb = (bytes: number) => `${fixed(bytes / 1024)} KB`;
const ratio = (ours: number, theirs: number) =>
  Number.isFinite(theirs) && theirs > 0 ? fixed(ours / theirs, 2) : '';

const HEADER = [
  'nodes (edges)',
  'format',
  'eTOM Studio ms (render SVG + write)',
  'our CPU ms',
  'our peak MB (process before export)',
  'our file',
  'bpmn-js ms (saveSVG, + canvas toBlob for PNG)',
  'bpmn-js CPU ms (all Chromium processes)',
  'bpmn-js file',
  'bpmn-js renderer peak MB',
  'ours / bpmn-js: time',
  'CPU',
];

function bpmnFile(bpmn: BpmnExportFigures | FailedExport, format: ExportFormat): string {
  if ('error' in bpmn) return bpmn.error;
  if (format === 'svg') return kb(bpmn.svgBytes);
  if (format === 'png') {
    return bpmn.pngError === undefined
      ? `${kb(bpmn.pngBytes)}, ${bpmn.width} x ${bpmn.height}`
      : `failed: ${bpmn.pngError}`;
  }
  return 'no PDF export';
}

/** The whole table: per size, one row per format, ours beside bpmn-js's and the ratio. */
export function exportTable(results: readonly ExportSizeResult[]): string {
  const lines = [`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => ' --- ').join('|')}|`];
  for (const result of results) {
    result.ours.forEach((formatResult, i) => {
      const { format } = formatResult;
      const ours = oursOf(formatResult);
      const theirs = bpmnMs(result.bpmn, format);
      const theirCpu = bpmnCpuMs(result.bpmn, format);
      const size = i === 0 ? `${fixed(result.nodes)} (${fixed(result.edges)})` : '';
      const peer = [
        format === 'pdf' ? '' : fixed(theirs),
        format === 'pdf' ? '' : fixed(theirCpu),
        bpmnFile(result.bpmn, format),
        i === 0 && !('error' in result.bpmn) ? fixed(result.bpmn.rendererPeakMb) : '',
      ];
      const cells = ours.ok
        ? [
            fixed(ours.ms),
            fixed(ours.cpuMs),
            `${fixed(ours.peakMb)} (${fixed(ours.baselineMb)})`,
            ours.pixels === '' ? kb(ours.bytes) : `${kb(ours.bytes)}, ${ours.pixels}`,
            ...peer,
            ratio(ours.ms, theirs),
            ratio(ours.cpuMs, theirCpu),
          ]
        : [`failed: ${ours.error}`, '', '', '', ...peer, '', ''];
      lines.push(`| ${[size, format.toUpperCase(), ...cells].join(' | ')} |`);
    });
  }
  return lines.join('\n');
}
