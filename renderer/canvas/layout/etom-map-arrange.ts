import type { NodeMove } from '../../../shared/commands/types';
import { getMapLayout, type MapLayout } from '../../../shared/etom/map-layout';
import type { DiagramNode } from '../../../shared/model/diagram-schema';

const GAP = 40;

/** Where a framework process sits on its scheme's map: a row and a column (-1: the row head). */
function cellOf(layout: MapLayout, processId: string): { row: number; column: number } | null {
  let best: { id: string; row: number; column: number } | null = null;
  for (const cell of layout.cells) {
    const covers = processId === cell.id || processId.startsWith(`${cell.id}.`);
    if (!covers || (best && best.id.length >= cell.id.length)) continue;
    const row = layout.rows.findIndex((r) => r.processId === cell.row);
    const column = cell.spans[0]?.start;
    if (row >= 0 && column !== undefined) best = { id: cell.id, row, column };
  }
  if (best) return { row: best.row, column: best.column };
  const row = layout.rows.findIndex((r) => r.processId === processId);
  return row >= 0 ? { row, column: -1 } : null;
}

/**
 * "Arrange as eTOM map": the framework nodes among `nodes` placed in their map cells, row
 * under row and column beside column as the pack's map draws them (an L3 in its L2's cell,
 * an L1 at the head of its row); nodes sharing a cell stack down it. Processes the map has no
 * cell for go in a last row. The arrangement starts at the nodes' top-left corner. Nodes of
 * other kinds, and of packs without a map, do not move.
 */
export function etomMapMoves(nodes: readonly DiagramNode[]): NodeMove[] {
  const framework = nodes.filter(
    (n): n is Extract<DiagramNode, { kind: 'framework' }> => n.kind === 'framework',
  );
  if (framework.length === 0) return [];
  const placed: Array<{ node: DiagramNode; row: number; column: number }> = [];
  let lastRow = 0;
  const unplaced: DiagramNode[] = [];
  for (const node of framework) {
    const layout = getMapLayout(node.pack);
    const cell = layout ? cellOf(layout, node.processId) : null;
    if (cell) {
      placed.push({ node, ...cell });
      lastRow = Math.max(lastRow, cell.row + 1);
    } else unplaced.push(node);
  }
  unplaced.forEach((node, i) => placed.push({ node, row: lastRow, column: i }));
  const colWidth = Math.max(...framework.map((n) => n.width)) + GAP;
  const stepY = Math.max(...framework.map((n) => n.height)) + GAP / 2;
  // Ids sorted within a cell so the arrangement does not depend on the file's order.
  placed.sort((a, b) => (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0));
  const stacks = new Map<string, number>();
  const depth = new Map<number, number>();
  const slot = placed.map((p) => {
    const key = `${p.row}:${p.column}`;
    const k = stacks.get(key) ?? 0;
    stacks.set(key, k + 1);
    depth.set(p.row, Math.max(depth.get(p.row) ?? 0, k + 1));
    return k;
  });
  const rows = [...depth.keys()].sort((a, b) => a - b);
  const rowTop = new Map<number, number>();
  let y = 0;
  for (const row of rows) {
    rowTop.set(row, y);
    y += (depth.get(row) ?? 1) * stepY + GAP;
  }
  const left = Math.min(...framework.map((n) => n.x));
  const top = Math.min(...framework.map((n) => n.y));
  return placed.flatMap((p, i) => {
    const x = left + (p.column + 1) * colWidth;
    const yy = top + (rowTop.get(p.row) ?? 0) + (slot[i] ?? 0) * stepY;
    return x === p.node.x && yy === p.node.y ? [] : [{ id: p.node.id, x, y: yy }];
  });
}
