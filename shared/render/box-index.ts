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
 * A box or a question reaching over more cells than this is not bucketed cell by cell: a
 * 100,000-unit node, or a connection between nodes 10^12 units apart (coordinates have no
 * bound), would cost millions of cells. Such a box is kept aside and tested against every
 * question; such a question tests every box.
 */
const MOST_CELLS = 1_024;

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
  /** The boxes over more than MOST_CELLS cells, by number. */
  private readonly large: number[] = [];

  static of<T extends Box>(boxes: readonly T[]): BoxIndex<T> {
    return new BoxIndex(boxes.length, (i) => boxes[i] ?? null);
  }

  /** `boxAt(i)` is the box number `i` (0 to `count` - 1), or null when it is not indexed. */
  constructor(
    private readonly count: number,
    private readonly boxAt: (i: number) => T | null,
  ) {
    for (let i = 0; i < count; i += 1) {
      const box = boxAt(i);
      if (!box || !(box.width > 0 && box.height > 0)) continue;
      if (cellCount(box) > MOST_CELLS) {
        this.large.push(i);
        continue;
      }
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
    const touches = (i: number) => {
      const box = this.boxAt(i);
      return box !== null && intersects(box, bounds);
    };
    for (const i of this.large) if (touches(i)) found.add(i);
    if (cellCount(bounds) > MOST_CELLS) {
      for (let i = 0; i < this.count; i += 1) if (touches(i)) found.add(i);
    } else {
      eachCell(bounds, (key) => {
        for (const i of this.cells.get(key) ?? []) found.add(i);
      });
    }
    return [...found].sort((a, b) => a - b).map((i) => this.boxAt(i)!);
  }
}

/** How many cells `box` reaches into (Infinity past any count). */
function cellCount(box: Box): number {
  const across = Math.floor((box.x + box.width) / CELL) - Math.floor(box.x / CELL) + 1;
  const down = Math.floor((box.y + box.height) / CELL) - Math.floor(box.y / CELL) + 1;
  const count = across * down;
  return Number.isFinite(count) ? count : Infinity;
}

/** True when `a` and `b` overlap or touch. */
const intersects = (a: Box, b: Box): boolean =>
  a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

function eachCell(box: Box, visit: (key: string) => void): void {
  const left = Math.floor(box.x / CELL);
  const right = Math.floor((box.x + box.width) / CELL);
  const top = Math.floor(box.y / CELL);
  const bottom = Math.floor((box.y + box.height) / CELL);
  for (let i = left; i <= right; i += 1) {
    for (let j = top; j <= bottom; j += 1) visit(`${i},${j}`);
  }
}
