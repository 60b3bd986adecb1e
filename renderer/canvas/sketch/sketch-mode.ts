/**
 * When a large diagram is drawn as a sketch. Zoomed out on thousands of nodes, the text is a
 * few pixels high and unreadable, yet every node in view is a DOM element to mount, lay out
 * and paint: at 5,000 nodes and 12 % zoom, nearly 4,000 of them, mounted a few hundred per
 * wheel notch. Below a zoom level, a large diagram's nodes are drawn instead as coloured
 * rectangles and its connections as lines on one <canvas> (the sketch), which costs the same
 * whatever the zoom. The selected nodes stay live elements on top of it, so they can still be
 * dragged, resized and connected.
 */

/** Diagrams of more than this many nodes are drawn as a sketch when zoomed out. */
export const SKETCH_FROM_NODES = 1_000;
/** The sketch takes over below this zoom level (12 px text would be under 5 px high)... */
export const SKETCH_BELOW_ZOOM = 0.4;
/** ...and gives way at or above this one: a gap, so a zoom hovering at the edge never flickers. */
export const DETAIL_FROM_ZOOM = 0.42;
/**
 * At most this many selected nodes stay live elements over the sketch; a larger selection is
 * outlined on the sketch instead (mounting thousands of elements is what the sketch avoids).
 */
export const LIVE_AT_MOST = 300;

/**
 * Nodes in view that return per step when the zoom crosses back into detail: each step is one
 * task, and while the user zooms every task must fit in a frame.
 */
export const RETURN_IN_VIEW_PER_STEP = 40;

/** Whether a diagram of `nodeCount` nodes can be drawn as a sketch at all. */
export function sketchable(nodeCount: number): boolean {
  return nodeCount > SKETCH_FROM_NODES;
}

/** Whether the canvas is sketched at `zoom`, given whether it was: with hysteresis. */
export function sketchedAt(zoom: number, wasSketched: boolean): boolean {
  return wasSketched ? zoom < DETAIL_FROM_ZOOM : zoom < SKETCH_BELOW_ZOOM;
}

/** The nodes that stay live over the sketch: the selection, unless it is too large. */
export function liveOverSketch(selected: ReadonlySet<string>): ReadonlySet<string> {
  return selected.size <= LIVE_AT_MOST ? selected : new Set();
}
