/** The Markdown table `npm run bench:canvas` prints and writes to bench-results/canvas.md. */
import type { EditorFigures } from './canvas-figures';
import { quantile } from './stats';

export interface SizeResult {
  nodes: number;
  edges: number;
  ours: EditorFigures;
  bpmn: EditorFigures;
}

interface Row {
  open: number;
  longest: number;
  heap: number;
  median: number;
  p95: number;
  over50: number;
  frames: number;
  select: number;
  selected: number;
  drag: number;
  dragScript: number;
  idle: number;
  dom: number;
}

function row(figures: EditorFigures): Row {
  const sorted = [...figures.frames].sort((a, b) => a - b);
  return {
    open: figures.openMs,
    longest: figures.longestTaskMs,
    heap: figures.heapMb,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    over50: sorted.filter((t) => t > 50).length,
    frames: sorted.length,
    select: figures.selectMs,
    selected: figures.selected,
    drag: figures.drag.taskMs,
    dragScript: figures.drag.scriptMs,
    idle: figures.drag.idleTaskMs,
    dom: figures.domNodes,
  };
}

const fixed = (value: number, digits: number) =>
  Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
const ratio = (ours: number, theirs: number) => (theirs > 0 ? fixed(ours / theirs, 2) : 'n/a');

const HEADER = [
  'nodes (edges)',
  'editor',
  'open ms',
  'longest task ms',
  'heap MB',
  'pan/zoom median ms',
  'p95 ms',
  'frames > 50 ms',
  'select 100: main thread ms (selected)',
  'drag 100: main thread ms',
  'drag: script ms',
  'idle 1.5 s: main thread ms',
  'DOM elements',
];

function cells(size: string, editor: string, r: Row): string[] {
  return [
    size,
    editor,
    fixed(r.open, 0),
    fixed(r.longest, 0),
    fixed(r.heap, 1),
    fixed(r.median, 1),
    fixed(r.p95, 1),
    `${r.over50} of ${r.frames}`,
    Number.isFinite(r.select) ? `${fixed(r.select, 0)} (${r.selected})` : `n/a (${r.selected})`,
    fixed(r.drag, 0),
    fixed(r.dragScript, 0),
    fixed(r.idle, 0),
    String(r.dom),
  ];
}

/** The whole table: per size, our row, bpmn-js's and ours divided by theirs. */
export function canvasTable(results: readonly SizeResult[]): string {
  const lines = [`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => ' --- ').join('|')}|`];
  for (const result of results) {
    const ours = row(result.ours);
    const bpmn = row(result.bpmn);
    const size = `${result.nodes.toLocaleString('en')} (${result.edges.toLocaleString('en')})`;
    lines.push(`| ${cells(size, 'eTOM Studio', ours).join(' | ')} |`);
    lines.push(`| ${cells('', 'bpmn-js', bpmn).join(' | ')} |`);
    lines.push(
      `| ${[
        '',
        'ours / bpmn-js',
        ratio(ours.open, bpmn.open),
        ratio(ours.longest, bpmn.longest),
        ratio(ours.heap, bpmn.heap),
        ratio(ours.median, bpmn.median),
        ratio(ours.p95, bpmn.p95),
        '',
        '',
        ratio(ours.drag, bpmn.drag),
        ratio(ours.dragScript, bpmn.dragScript),
        '',
        ratio(ours.dom, bpmn.dom),
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}
