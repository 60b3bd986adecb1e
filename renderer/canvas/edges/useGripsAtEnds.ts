import { useLayoutEffect, type RefObject } from 'react';
import type { Point } from '../../../shared/render/edge-path';

/** How far each end of an edge is drawn from where React Flow puts it (the side's middle). */
export interface EndOffsets {
  source: Point;
  target: Point;
}

/** Moves a grip by `by`, or back to where React Flow put it. */
function moveGrip(grip: Element | null | undefined, by: Point): void {
  if (!grip) return;
  if (by.x === 0 && by.y === 0) grip.removeAttribute('transform');
  else grip.setAttribute('transform', `translate(${by.x} ${by.y})`);
}

/**
 * Puts the grips that move a selected connection's ends (React Flow's reconnect circles) on the
 * ends as drawn: React Flow centres them on the middle of each end's side, and an end spread
 * along a side (shared/render/end-spread.ts) is drawn up to half the side away. React Flow lets
 * a custom edge move nothing of them, so each is moved by an SVG transform, after every commit
 * in which the edge's data changed (a connection made movable or not is given new data) or it
 * was lifted (the connection selected alone, the only one with grips). `inside` is any element
 * drawn in the edge's group.
 */
export function useGripsAtEnds(
  inside: RefObject<Element | null>,
  offsets: EndOffsets,
  lifted: boolean,
  data: unknown,
): void {
  const [sx, sy, tx, ty] = [offsets.source.x, offsets.source.y, offsets.target.x, offsets.target.y];
  useLayoutEffect(() => {
    if (!lifted) return;
    const edge = inside.current?.closest('.react-flow__edge');
    moveGrip(edge?.querySelector('.react-flow__edgeupdater-source'), { x: sx, y: sy });
    moveGrip(edge?.querySelector('.react-flow__edgeupdater-target'), { x: tx, y: ty });
  }, [inside, lifted, data, sx, sy, tx, ty]);
}
