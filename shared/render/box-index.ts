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
 * canvas, the exports and the router ask it for the nodes near a connection. It keeps only
 * the boxes' numbers by cell and asks `boxAt` for a box when an answer holds it, so an index
 * over boxes the caller keeps in a flat array costs no object per box (`BoxIndex.of` indexes
 * boxes that are objects already).
 */
export class BoxIndex<T extends Box = Box> {
  private readonly cells = new Map<string, number[]>();

  static of<T extends Box>(boxes: readonly T[]): BoxIndex<T> {
    return new BoxIndex(boxes.length, (i) => boxes[i] ?? null);
  }

  /** `boxAt(i)` is the box number `i` (0 to `count` - 1), or null when it is not indexed. */
  constructor(
    count: number,
    private readonly boxAt: (i: number) => T | null,
  ) {
    for (let i = 0; i < count; i += 1) {
      const box = boxAt(i);
      if (!box || !(box.width > 0 && box.height > 0)) continue;
      eachCell(box, (key) => {
        const list = this.cells.get(key);
        if (list) list.push(i);
        else this.cells.set(key, [i]);
      });
    }
  }

  /** The boxes in the cells `bounds` touches, each once, in the order they were given. */
  near(bounds: Box): T[] {
    const found = new Set<number>();
    eachCell(bounds, (key) => {
      for (const i of this.cells.get(key) ?? []) found.add(i);
    });
    return [...found].sort((a, b) => a - b).map((i) => this.boxAt(i)!);
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
