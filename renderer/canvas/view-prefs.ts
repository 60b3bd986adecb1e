import { create } from 'zustand';

/** How the canvas is shown, as the user last chose: kept in this browser profile. */
export interface ViewPrefs {
  /** The overview map in the corner. */
  minimap: boolean;
  /** Dragged nodes snap to the background grid. */
  snap: boolean;
  /** The legend of domain colours is open (folded, it is a single button). */
  legend: boolean;
}

const KEY = 'etom-studio.canvas-view';
// The overview map starts hidden: shown by default it would sit over the diagram's corner.
const DEFAULTS: ViewPrefs = { minimap: false, snap: false, legend: true };

function load(): ViewPrefs {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return DEFAULTS;
    const value = JSON.parse(raw) as Partial<Record<keyof ViewPrefs, unknown>>;
    // Anything but a boolean (an older or edited entry) falls back to the default.
    return {
      minimap: typeof value.minimap === 'boolean' ? value.minimap : DEFAULTS.minimap,
      snap: typeof value.snap === 'boolean' ? value.snap : DEFAULTS.snap,
      legend: typeof value.legend === 'boolean' ? value.legend : DEFAULTS.legend,
    };
  } catch {
    return DEFAULTS;
  }
}

export const useViewPrefs = create<ViewPrefs>()(load);

/** Flips one preference and remembers it; storage refused (private mode) keeps it for now. */
export function toggleViewPref(key: keyof ViewPrefs): void {
  useViewPrefs.setState((p) => ({ [key]: !p[key] }));
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(useViewPrefs.getState()));
  } catch {
    // Not remembered across sessions, but the choice holds until the window closes.
  }
}

/** The grid nodes snap to, in canvas units: the background's dots. */
export const SNAP_GRID: [number, number] = [20, 20];
