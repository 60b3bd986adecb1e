/**
 * The drawing maths of the canvas minimap (CanvasMinimap.tsx): where flow coordinates land on
 * the minimap and back, and which part of the diagram the pane shows. Pure, so it is tested
 * without a canvas.
 */

import type { Rect } from '../../shared/model/rect';

export interface Point {
  x: number;
  y: number;
}

/** How flow coordinates map onto the minimap: minimap = flow * scale + offset. */
export interface MinimapFrame {
  scale: number;
  offsetX: number;
  offsetY: number;
}

/** React Flow's transform: translate x, translate y, zoom. */
export type Transform = readonly [number, number, number];

/** The part of the diagram (flow coordinates) a pane of `width` x `height` shows. */
export function viewRect(transform: Transform, width: number, height: number): Rect {
  const [tx, ty, zoom] = transform;
  return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
}

/**
 * The frame that fits `bounds` into a minimap of `size`, `padding` pixels from each edge,
 * keeping the aspect ratio and centring what is left over. An empty or degenerate `bounds`
 * (zero width or height) still gets a finite scale.
 */
export function fitFrame(
  bounds: Rect,
  size: { width: number; height: number },
  padding = 4,
): MinimapFrame {
  const innerWidth = Math.max(1, size.width - 2 * padding);
  const innerHeight = Math.max(1, size.height - 2 * padding);
  const scale = Math.min(
    innerWidth / Math.max(1, bounds.width),
    innerHeight / Math.max(1, bounds.height),
  );
  return {
    scale,
    offsetX: padding + (innerWidth - bounds.width * scale) / 2 - bounds.x * scale,
    offsetY: padding + (innerHeight - bounds.height * scale) / 2 - bounds.y * scale,
  };
}

/** A flow rectangle on the minimap. */
export function toMinimap(rect: Rect, frame: MinimapFrame): Rect {
  return {
    x: rect.x * frame.scale + frame.offsetX,
    y: rect.y * frame.scale + frame.offsetY,
    width: rect.width * frame.scale,
    height: rect.height * frame.scale,
  };
}

/** The flow point under a point of the minimap. */
export function fromMinimap(point: Point, frame: MinimapFrame): Point {
  return { x: (point.x - frame.offsetX) / frame.scale, y: (point.y - frame.offsetY) / frame.scale };
}

/** The viewport (x, y at the same zoom) that centres the pane on flow point `at`. */
export function centredOn(
  at: Point,
  zoom: number,
  pane: { width: number; height: number },
): { x: number; y: number; zoom: number } {
  return { x: pane.width / 2 - at.x * zoom, y: pane.height / 2 - at.y * zoom, zoom };
}

/** Two frames that draw the same: the node layer drawn for one serves the other. */
export function sameFrame(a: MinimapFrame | null, b: MinimapFrame): boolean {
  return a !== null && a.scale === b.scale && a.offsetX === b.offsetX && a.offsetY === b.offsetY;
}
