/**
 * The diagram both editors of `npm run bench:canvas` draw: a grid of `count` nodes of mixed
 * kinds, each joined to its right-hand neighbour and every fifth to the node below (about 1.2
 * edges per node). The grid leaves gaps between rows and columns, and the benchmark's starting
 * view leaves an empty band on the left, so a pan can start on empty canvas.
 */

/** Kinds in the benchmark's mix, one in four of each. */
export type BenchKind = 'box' | 'note' | 'framework' | 'process';

export interface BenchNode {
  index: number;
  kind: BenchKind;
  x: number;
  y: number;
  row: number;
  col: number;
}

export interface BenchEdge {
  index: number;
  source: number;
  target: number;
  /** Down to the next row (else right to the next column). */
  down: boolean;
}

export interface BenchLayout {
  nodes: BenchNode[];
  edges: BenchEdge[];
  cols: number;
  rows: number;
}

export const NODE_WIDTH = 150;
export const NODE_HEIGHT = 50;
export const COL_STEP = 200;
export const ROW_STEP = 100;
/** The starting view of both editors: zoom 0.5, the diagram's origin 300 px in, 20 px down. */
export const START_VIEW = { x: 300, y: 20, zoom: 0.5 } as const;
/** How many nodes the drag moves (fewer on smaller diagrams). */
export const DRAG_COUNT = 100;

const KINDS: readonly BenchKind[] = ['box', 'note', 'framework', 'process'];

/** Columns of the grid: 10 for 100 nodes (so 10 x 10 are the dragged ones), else ~sqrt(2n). */
export function columnsFor(count: number): number {
  if (count <= 100) return 10;
  return Math.max(10, Math.round(Math.sqrt(2 * count) / 5) * 5);
}

/** The grid of `count` nodes with their edges. */
export function benchLayout(count: number): BenchLayout {
  const cols = columnsFor(count);
  const nodes: BenchNode[] = Array.from({ length: count }, (_, index) => {
    const row = Math.floor(index / cols);
    const col = index % cols;
    return {
      index,
      kind: KINDS[index % KINDS.length] ?? 'box',
      x: col * COL_STEP,
      y: row * ROW_STEP,
      row,
      col,
    };
  });
  const edges: BenchEdge[] = [];
  for (const node of nodes) {
    if (node.col + 1 < cols && node.index + 1 < count) {
      edges.push({ index: edges.length, source: node.index, target: node.index + 1, down: false });
    }
    if (node.index % 5 === 0 && node.index + cols < count) {
      edges.push({
        index: edges.length,
        source: node.index,
        target: node.index + cols,
        down: true,
      });
    }
  }
  return { nodes, edges, cols, rows: Math.ceil(count / cols) };
}

/** The nodes the drag moves: the top-left block of 10 x 10 (rows 0-9, columns 0-9). */
export function draggedIndexes(layout: BenchLayout): number[] {
  return layout.nodes.filter((n) => n.row < 10 && n.col < 10).map((n) => n.index);
}
