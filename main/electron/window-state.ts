import type { WindowState } from '../../shared/model/settings-schema';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How much of the title bar must be on a screen for a saved position to be reused. */
const MIN_VISIBLE = 100;

/**
 * The window bounds to open with: the saved size, and the saved position only when enough of
 * the window would still be on one of today's screens (a monitor may have been unplugged).
 */
export function boundsToRestore(
  state: WindowState,
  workAreas: ReadonlyArray<Rect>,
): Partial<Rect> & { width: number; height: number } {
  const size = { width: state.width, height: state.height };
  if (state.x === undefined || state.y === undefined) return size;
  const { x, y } = state;
  const visible = workAreas.some(
    (area) =>
      x + state.width - MIN_VISIBLE >= area.x &&
      x + MIN_VISIBLE <= area.x + area.width &&
      y >= area.y &&
      y + MIN_VISIBLE / 2 <= area.y + area.height,
  );
  return visible ? { ...size, x, y } : size;
}

/** The state to save from a window's normal (unmaximised) bounds, clamped to the schema. */
export function stateToSave(normal: Rect, maximized: boolean): WindowState {
  return {
    x: Math.round(normal.x),
    y: Math.round(normal.y),
    width: Math.min(20_000, Math.max(400, Math.round(normal.width))),
    height: Math.min(20_000, Math.max(300, Math.round(normal.height))),
    maximized,
  };
}
