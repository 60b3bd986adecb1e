/** A box on the page, in CSS pixels. */
export interface PaneBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What `npm run bench:canvas` measures of one editor at one size. */
export interface EditorFigures {
  /** From the click (ours) or the start of the import (bpmn-js) to the painted frame. */
  openMs: number;
  /** The longest task from the start of opening until it settled. */
  longestTaskMs: number;
  /** Used JS heap after a full GC, once the diagram is open. */
  heapMb: number;
  /** Every frame time during the scripted pan and zoom. */
  frames: number[];
  /** Main-thread time of dragging the selected nodes, and of as long doing nothing. */
  drag: { taskMs: number; scriptMs: number; idleTaskMs: number };
  /**
   * Main-thread time of selecting the nodes the drag moves: ours by a rubber band; NaN for
   * bpmn-js, which selects them through its API (no gesture to compare).
   */
  selectMs: number;
  /** How many nodes the drag moved. */
  selected: number;
  /** Elements in the page after the pan and zoom. */
  domNodes: number;
  /** Where the canvas is: bpmn-js gets a canvas of the same size. */
  pane: PaneBox;
}
