import type { DiagramNode } from '../model/diagram-schema';
import { BoxIndex, type Box } from '../render/box-index';
import { heightToShowAll } from '../render/node-text';

/**
 * Boxes made of small shapes grow to show their label: a BPMN event is a 36-unit circle and a
 * gateway a 50-unit diamond, so an unnamed start event became a 60 x 36 box reading "Star…"
 * and an intermediate event named "timeout" one reading "tim…". Each such box grows about its
 * centre, keeping its place in the drawing, to the first of these sizes that shows its whole
 * label: one line up to WIDEST wide, then two lines. It never comes nearer to another node than
 * GAP, room for a connection and its arrow, nor nearer than the file put it (the containers it
 * sits in aside); where no size shows the label whole, it takes the largest that fits.
 */

/** The widest a box grows to. */
export const WIDEST = 140;
/** The tallest: two lines of node text. */
export const TALLEST = 50;
/** The room kept between a grown box and its neighbours. */
const GAP = 14;
const STEP = 10;

/** The sizes a `width` x `height` box may take, in the order they are tried. */
function sizesFrom(width: number, height: number): Array<{ width: number; height: number }> {
  const sizes: Array<{ width: number; height: number }> = [];
  for (const h of height < TALLEST ? [height, TALLEST] : [height]) {
    for (let w = width; w < WIDEST + STEP; w += STEP)
      sizes.push({ width: Math.min(w, WIDEST), height: h });
  }
  return sizes;
}

/** `node`'s box at `size`, about the same centre. */
function grown(node: Box, size: { width: number; height: number }): Box {
  return {
    x: Math.round(node.x - (size.width - node.width) / 2),
    y: Math.round(node.y - (size.height - node.height) / 2),
    width: size.width,
    height: size.height,
  };
}

/** How far apart two boxes are along the axis they are furthest apart on; below 0 they overlap. */
const separation = (a: Box, b: Box) =>
  Math.max(
    b.x - (a.x + a.width),
    a.x - (b.x + b.width),
    b.y - (a.y + a.height),
    a.y - (b.y + b.height),
  );

/** Grows, in place, each box of `nodes` whose label its size cuts (see above). */
export function widenToLabels(nodes: DiagramNode[]): void {
  const index = BoxIndex.of(nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // Neighbours are looked for as far as this box and one that grew before it may both reach
  // (the index holds the boxes as they were): half of WIDEST each, and GAP between.
  const reach = WIDEST + GAP;
  for (const node of nodes) {
    if (node.kind !== 'box' || node.label === '') continue;
    if (heightToShowAll('box', node.label, node.width, 0) <= node.height) continue;
    const holders = containersOf(node, byId);
    const neighbours = index
      .near({
        x: node.x - reach,
        y: node.y - reach,
        width: node.width + 2 * reach,
        height: node.height + 2 * reach,
      })
      .filter((other) => other !== node && !holders.has(other.id));
    // A neighbour the file put nearer than GAP (or over it) is never come nearer to.
    const kept = neighbours.map((other) => Math.min(GAP, separation(node, other)));
    const free = (box: Box) => neighbours.every((other, i) => separation(box, other) >= kept[i]!);
    let best: Box | null = null;
    for (const size of sizesFrom(node.width, node.height)) {
      const box = grown(node, size);
      if (!free(box)) continue;
      best = box;
      if (heightToShowAll('box', node.label, size.width, 0) <= size.height) break;
    }
    if (best) Object.assign(node, best);
  }
}

/** The ids of the containers `node` sits in, however deep. */
function containersOf(node: DiagramNode, byId: ReadonlyMap<string, DiagramNode>): Set<string> {
  const ids = new Set<string>();
  for (let p = node.parentId; p !== undefined && !ids.has(p); p = byId.get(p)?.parentId) {
    ids.add(p);
  }
  return ids;
}
