import { kindColour } from '../kind-colours';

/** A node as the sketch draws it: its box in flow coordinates (absolute) and its kind. */
export interface SketchBox {
  id: string;
  kind: string | undefined;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the sketch draws, in flow coordinates, grouped so each group is one path. */
export interface SketchPicture {
  /** Containers (groups, lanes), drawn first: their members lie on them. */
  containers: SketchBox[];
  /** The other nodes' rectangles by fill colour. */
  fills: Map<string, SketchBox[]>;
  /** Selected nodes drawn on the sketch (a selection too large to stay live): outlined. */
  selected: SketchBox[];
  /** Connections as segments x1, y1, x2, y2, from box edge to box edge. */
  lines: number[];
}

/**
 * Where the segment from the centre of `box` towards (`tx`, `ty`) leaves the box: a
 * connection is drawn from border to border, as on the canvas, not from centre to centre.
 */
export function exitPoint(box: SketchBox, tx: number, ty: number): [number, number] {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return [cx, cy];
  const sx = dx === 0 ? Infinity : box.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : box.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy, 1);
  return [cx + dx * s, cy + dy * s];
}

/**
 * The sketch of the nodes not drawn live (`sketched`), and of every connection with at least
 * one such end: O(nodes + connections), made once per change of the nodes, not per frame.
 */
export function sketchPicture(
  boxes: Iterable<SketchBox>,
  edges: Iterable<{ source: string; target: string }>,
  sketched: (id: string) => boolean,
  selected: ReadonlySet<string>,
): SketchPicture {
  const picture: SketchPicture = { containers: [], fills: new Map(), selected: [], lines: [] };
  const byId = new Map<string, SketchBox>();
  for (const box of boxes) {
    byId.set(box.id, box);
    if (!sketched(box.id)) continue;
    if (box.kind === 'group') {
      picture.containers.push(box);
    } else {
      const colour = kindColour(box.kind);
      const list = picture.fills.get(colour);
      if (list) list.push(box);
      else picture.fills.set(colour, [box]);
    }
    if (selected.has(box.id)) picture.selected.push(box);
  }
  for (const edge of edges) {
    if (!sketched(edge.source) && !sketched(edge.target)) continue;
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (!from || !to || from === to) continue;
    const [x1, y1] = exitPoint(from, to.x + to.width / 2, to.y + to.height / 2);
    const [x2, y2] = exitPoint(to, from.x + from.width / 2, from.y + from.height / 2);
    picture.lines.push(x1, y1, x2, y2);
  }
  return picture;
}
