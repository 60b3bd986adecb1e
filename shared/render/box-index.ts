/** A rectangle in diagram units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

// Boxes are bucketed in square cells of this many diagram units, so a question about one
// place of a diagram looks only at the boxes near it instead of every box of the diagram.
const CELL = 400;

/**
 * The boxes of a diagram's nodes, bucketed by cell: `near(bounds)` answers which may touch
 * `bounds` (a superset: the boxes of every cell it touches). Built once per node list; the
 * canvas, the exports and the router ask it for the nodes near a connection.
 */
export class BoxIndex<T extends Box = Box> {
  private readonly cells = new Map<string, T[]>();

  constructor(boxes: Iterable<T>) {
    for (const box of boxes) {
      if (!(box.width > 0 && box.height > 0)) continue;
      eachCell(box, (key) => {
        const list = this.cells.get(key);
        if (list) list.push(box);
        else this.cells.set(key, [box]);
      });
    }
  }

  /** The boxes in the cells `bounds` touches, each once, in the order they were added. */
  near(bounds: Box): T[] {
    const found = new Set<T>();
    eachCell(bounds, (key) => {
      for (const box of this.cells.get(key) ?? []) found.add(box);
    });
    return [...found];
  }
}

function eachCell(box: Box, visit: (key: string) => void): void {
  const left = Math.floor(box.x / CELL);
  const right = Math.floor((box.x + box.width) / CELL);
  const top = Math.floor(box.y / CELL);
  const bottom = Math.floor((box.y + box.height) / CELL);
  for (let i = left; i <= right; i += 1) {
    for (let j = top; j <= bottom; j += 1) visit(`${i},${j}`);
  }
}
