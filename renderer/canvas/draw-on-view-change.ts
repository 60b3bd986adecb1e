import type { ReactFlowState } from '@xyflow/react';
import type { ElementNode } from './to-flow';

type Store = {
  subscribe(
    listener: (state: ReactFlowState<ElementNode>, before: ReactFlowState<ElementNode>) => void,
  ): () => void;
};

/**
 * Calls `draw` now and then at most once a frame whenever React Flow's nodes, viewport or pane
 * size change (what a picture of the diagram in the pane depends on); the returned function
 * stops it. For the canvases drawn outside React: the overview and the sketch.
 */
export function drawOnViewChange(store: Store, draw: () => void): () => void {
  let pending = 0;
  const run = () => {
    pending = 0;
    draw();
  };
  const schedule = () => {
    if (pending === 0) pending = requestAnimationFrame(run);
  };
  schedule();
  const unsubscribe = store.subscribe((state, before) => {
    if (
      state.nodes !== before.nodes ||
      state.transform !== before.transform ||
      state.width !== before.width ||
      state.height !== before.height
    ) {
      schedule();
    }
  });
  return () => {
    unsubscribe();
    cancelAnimationFrame(pending);
  };
}
