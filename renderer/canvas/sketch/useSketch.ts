import { useEffect, useMemo, useRef, useState } from 'react';
import { useStoreApi } from '@xyflow/react';
import { revealBatches, viewRect } from '../progressive-reveal';
import { RETURN_IN_VIEW_PER_STEP, liveOverSketch, sketchable, sketchedAt } from './sketch-mode';

interface Placed {
  id: string;
  position: { x: number; y: number };
  width?: number;
  height?: number;
}

interface Linked {
  source: string;
  target: string;
}

/**
 * Where the canvas is: in detail (every node live), sketched (only the live selection), or
 * back in detail with the sketched nodes coming back in steps, those in view first (see
 * `revealBatches`): `stepOf` gives each sketched node its step, `shown` how many are done.
 */
type Phase =
  | { kind: 'detail' }
  | { kind: 'sketch' }
  | { kind: 'returning'; stepOf: ReadonlyMap<string, number>; steps: number; shown: number };

const DETAIL: Phase = { kind: 'detail' };
const SKETCH: Phase = { kind: 'sketch' };

// One hidden copy per node object, so a node that did not change is the same object to React
// Flow from one render to the next (it then skips it), and a drag allocates nothing.
const hiddenCopies = new WeakMap<object, unknown>();
function hiddenCopy<N extends Placed>(node: N): N {
  let copy = hiddenCopies.get(node) as N | undefined;
  if (!copy) hiddenCopies.set(node, (copy = { ...node, hidden: true }));
  return copy;
}

/**
 * The nodes and connections to hand React Flow for a large diagram that may be sketched
 * (`sketch-mode.ts`): zoomed out, every node but the live selection is hidden from React Flow
 * (so it mounts nothing for them; the SketchLayer draws them) and only connections between
 * live nodes are handed over; zoomed back in, the nodes return in steps. Must be used inside
 * the canvas's ReactFlowProvider. `initialZoom` is the zoom the canvas opens at.
 */
export function useSketch<N extends Placed, E extends Linked>(
  nodes: N[],
  edges: E[],
  selected: ReadonlySet<string>,
  initialZoom: number,
): { nodes: N[]; edges: E[]; sketching: boolean } {
  const store = useStoreApi();
  const large = sketchable(nodes.length);
  const [followed, setPhase] = useState<Phase>(() =>
    sketchedAt(initialZoom, false) ? SKETCH : DETAIL,
  );
  // A diagram that shrinks below the size (nodes deleted) is simply drawn in detail.
  const phase = large ? followed : DETAIL;
  // The nodes as they are now, for the step plan made when the zoom crosses back.
  const latest = useRef(nodes);
  useEffect(() => {
    latest.current = nodes;
  }, [nodes]);

  // The zoom is followed outside React: only a crossing of the threshold renders.
  useEffect(() => {
    if (!large) return;
    const follow = (zoom: number) =>
      setPhase((current) => {
        const was = current.kind === 'sketch';
        const now = sketchedAt(zoom, was);
        if (now === was) return current;
        if (now) return SKETCH;
        const { transform, width, height } = store.getState();
        const [x, y] = transform;
        const hidden = latest.current.filter((n) => !live(current, n.id));
        const view = viewRect({ x, y, zoom }, { width, height });
        const batches = revealBatches(hidden, view, RETURN_IN_VIEW_PER_STEP);
        const stepOf = new Map<string, number>();
        batches.forEach((batch, step) => batch.forEach((id) => stepOf.set(id, step)));
        return { kind: 'returning', stepOf, steps: batches.length, shown: 0 };
      });
    follow(store.getState().transform[2]);
    return store.subscribe((state, before) => {
      if (state.transform[2] !== before.transform[2]) follow(state.transform[2]);
    });
  }, [large, store]);

  // Returning: one step per task, so the window paints between them.
  useEffect(() => {
    if (phase.kind !== 'returning') return;
    const timer = setTimeout(() => {
      setPhase((current) => {
        if (current.kind !== 'returning') return current;
        const shown = current.shown + 1;
        return shown >= current.steps ? DETAIL : { ...current, shown };
      });
    }, 0);
    return () => clearTimeout(timer);
  }, [phase]);

  const liveSelection = useMemo(() => liveOverSketch(selected), [selected]);
  const isLive = useMemo(() => {
    if (phase.kind === 'detail') return null;
    return (id: string) => liveSelection.has(id) || live(phase, id);
  }, [phase, liveSelection]);

  const shownNodes = useMemo(
    () => (isLive ? nodes.map((n) => (isLive(n.id) ? n : hiddenCopy(n))) : nodes),
    [nodes, isLive],
  );
  const shownEdges = useMemo(
    () => (isLive ? edges.filter((e) => isLive(e.source) && isLive(e.target)) : edges),
    [edges, isLive],
  );
  return { nodes: shownNodes, edges: shownEdges, sketching: isLive !== null };
}

/** Whether the phase itself shows node `id` live (the selection aside). */
function live(phase: Phase, id: string): boolean {
  if (phase.kind === 'detail') return true;
  if (phase.kind === 'sketch') return false;
  // A node added while returning has no step: it is in at once.
  return (phase.stepOf.get(id) ?? -1) < phase.shown;
}
