import type { DiagramEdge, DiagramNode, HandleSide } from '../model/diagram-schema';
import { horizontal } from './edge-path';

/**
 * Where connections meet a node's side when several meet the same side: spread along it, in
 * the order of where they come from, so two mappings into one eTOM process arrive side by side
 * instead of along one line, and none crosses another at the node. A connection alone on its
 * side keeps the side's middle. One answer for the canvas (`to-flow.ts`, `DrawnEdge.tsx`) and
 * every export (`diagram-edges.ts`), so a picture's ends are the screen's.
 */

/** How far apart ends on one side are, at most: clear at 100 %, close enough to read as one. */
export const END_SPACING = 20;

/** An edge's ends moved along their sides, in units; 0 for an end alone on its side. */
export interface EndShift {
  source: number;
  target: number;
}

/**
 * The shifts of a diagram's edges, by each edge's place in the list given to `endShifts`:
 * two numbers an edge and no object (6,000 edges, every change of a large diagram).
 */
export interface EndShifts {
  source: Float64Array;
  target: Float64Array;
}

/** Edge `i`'s shift, or undefined when both its ends keep the middle of their sides. */
export function shiftAt(shifts: EndShifts, i: number): EndShift | undefined {
  const source = shifts.source[i] ?? 0;
  const target = shifts.target[i] ?? 0;
  return source === 0 && target === 0 ? undefined : { source, target };
}

/** The side an edge leaves by and the side it enters by, as stored (older files: right, left). */
export const sourceSideOf = (edge: DiagramEdge): HandleSide => edge.sourceHandle ?? 'right';
export const targetSideOf = (edge: DiagramEdge): HandleSide => edge.targetHandle ?? 'left';

/** Whether a side runs across (top, bottom): its ends spread along x, else along y. */
const across = (side: HandleSide) => !horizontal(side);

const SIDE_INDEX: Readonly<Record<HandleSide, number>> = { top: 0, right: 1, bottom: 2, left: 3 };
const FACING: Readonly<Record<HandleSide, HandleSide>> = {
  top: 'bottom',
  bottom: 'top',
  left: 'right',
  right: 'left',
};

/** The middle of `node` along a side's direction: where an end on that side would sit. */
const middleAlong = (node: DiagramNode, side: HandleSide) =>
  across(side) ? node.x + node.width / 2 : node.y + node.height / 2;

/**
 * The shifts of the edges' ends: 0 for an end alone on its side (it keeps the side's middle),
 * else its place among the ends on its side. Ends on a side are ordered by the
 * middle of the node at their other end (along the side's direction), then by edge id, and
 * spaced END_SPACING apart, closer on a short side, centred on the side's middle. A straight
 * connection keeps straight: its end alone on its side moves with its other end.
 *
 * Linear in the diagram but for the sort of each crowded side: 5,000 nodes and 6,000 edges
 * take a few milliseconds, run once per change of the nodes or edges (not during a drag).
 * End `2i` is edge i's source end, `2i + 1` its target end.
 */
export function endShifts(nodes: readonly DiagramNode[], edges: readonly DiagramEdge[]): EndShifts {
  const indexOf = new Map<string, number>();
  nodes.forEach((node, i) => indexOf.set(node.id, i));
  const ends = edges.length * 2;
  // Each end's side, as node index x 4 + side; -1 for an edge with a missing node.
  const sideOf = new Int32Array(ends).fill(-1);
  // Where each end's connection comes from, along its side.
  const from = new Float64Array(ends);
  const count = new Int32Array(nodes.length * 4 + 1);
  edges.forEach((edge, i) => {
    const s = indexOf.get(edge.source);
    const t = indexOf.get(edge.target);
    if (s === undefined || t === undefined) return;
    const out = sourceSideOf(edge);
    const into = targetSideOf(edge);
    sideOf[2 * i] = s * 4 + SIDE_INDEX[out];
    sideOf[2 * i + 1] = t * 4 + SIDE_INDEX[into];
    from[2 * i] = middleAlong(nodes[t]!, out);
    from[2 * i + 1] = middleAlong(nodes[s]!, into);
    count[sideOf[2 * i]! + 1]! += 1;
    count[sideOf[2 * i + 1]! + 1]! += 1;
  });
  // The ends grouped by side (counting sort): side k's ends are order[start[k] .. start[k+1]).
  const start = count;
  for (let k = 1; k < start.length; k += 1) start[k]! += start[k - 1]!;
  const filled = start.slice(0, -1);
  const order = new Int32Array(start[start.length - 1]!);
  for (let e = 0; e < ends; e += 1) {
    const side = sideOf[e]!;
    if (side >= 0) order[filled[side]!++] = e;
  }
  const shift = new Float64Array(ends);
  const crowded = new Uint8Array(ends);
  const before = (a: number, b: number) =>
    from[a]! - from[b]! || compareIds(edges[a >> 1]!.id, edges[b >> 1]!.id) || a - b;
  for (let k = 0; k + 1 < start.length; k += 1) {
    const first = start[k]!;
    const n = start[k + 1]! - first;
    if (n < 2) continue;
    const group = Array.from(order.subarray(first, first + n)).sort(before);
    const node = nodes[k >> 2]!;
    const length = k % 4 === 0 || k % 4 === 2 ? node.width : node.height;
    const step = Math.min(END_SPACING, length / (n + 1));
    group.forEach((end, i) => {
      shift[end] = (i - (n - 1) / 2) * step;
      crowded[end] = 1;
    });
  }
  const shifts: EndShifts = {
    source: new Float64Array(edges.length),
    target: new Float64Array(edges.length),
  };
  edges.forEach((edge, i) => {
    if (!crowded[2 * i] && !crowded[2 * i + 1]) return;
    const both = { source: shift[2 * i]!, target: shift[2 * i + 1]! };
    if (crowded[2 * i] !== crowded[2 * i + 1]) {
      straighten(edge, nodes[indexOf.get(edge.source)!]!, nodes[indexOf.get(edge.target)!]!, both);
    }
    shifts.source[i] = both.source;
    shifts.target[i] = both.target;
  });
  return shifts;
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A straight connection (its ends face each other, in line) with one end moved along a
 * crowded side and the other alone on its side: the lone end (the one not moved) moves as far,
 * so the line stays straight instead of taking a jog just before the node; only as far as its
 * own side reaches.
 */
function straighten(
  edge: DiagramEdge,
  source: DiagramNode,
  target: DiagramNode,
  shift: EndShift,
): void {
  const out = sourceSideOf(edge);
  if (FACING[out] !== targetSideOf(edge)) return;
  if (Math.abs(middleAlong(source, out) - middleAlong(target, out)) > 0.5) return;
  const [lone, moved, node] =
    shift.source === 0
      ? (['source', shift.target, source] as const)
      : (['target', shift.source, target] as const);
  const half = (across(out) ? node.width : node.height) / 2;
  if (shift[lone] === 0 && Math.abs(moved) < half) shift[lone] = moved;
}

/** `point` on `side` moved `shift` along it (x on the top and bottom, y on the left and right). */
export function shiftedAlong<P extends { x: number; y: number }>(
  point: P,
  side: HandleSide,
  shift: number,
): P {
  if (shift === 0) return point;
  return across(side) ? { ...point, x: point.x + shift } : { ...point, y: point.y + shift };
}
