/** Narrowest a map column may get before the map scrolls (or zooms out) instead of wrapping words. */
export const MIN_MAP_COLUMN_PX = 112;
/** The gap between map columns, as in `.map-grid` (framework-map.css). */
export const MAP_GAP_PX = 3;

export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 1.6;
export const ZOOM_STEP = 0.1;

/** Keeps a zoom factor inside the allowed range, rounded to two decimals. */
export function clampZoom(zoom: number): number {
  return Math.round(Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom)) * 100) / 100;
}

/**
 * The zoom at which a map of `columns` grid columns fits `availablePx` without scrolling
 * sideways: 1 when it fits at full size, smaller when it does not (never below MIN_ZOOM).
 */
export function fitZoom(columns: number, availablePx: number): number {
  const needed = columns * MIN_MAP_COLUMN_PX + Math.max(0, columns - 1) * MAP_GAP_PX;
  if (availablePx <= 0 || needed <= availablePx) return 1;
  return Math.max(MIN_ZOOM, Math.floor((availablePx / needed) * 100) / 100);
}
