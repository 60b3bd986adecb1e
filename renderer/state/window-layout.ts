import { create } from 'zustand';
import type { PanelLayout, Preferences } from '../../shared/model/settings-schema';
import { host } from '../platform/host';

/** Limits of each panel, in CSS pixels: wide enough to read, never wider than useful. */
export const PANEL_LIMITS = {
  leftWidth: { min: 160, max: 480 },
  rightWidth: { min: 280, max: 760 },
  detailsHeight: { min: 80, max: 900 },
} as const;

export const DEFAULT_LAYOUT: PanelLayout = {
  leftWidth: 230,
  leftCollapsed: false,
  rightWidth: 380,
  rightCollapsed: false,
  detailsHeight: 240,
};

export type ThemeChoice = Preferences['theme'];

export interface WindowLayoutState {
  layout: PanelLayout;
  theme: ThemeChoice;
  /** The status bar's git branch and changes (View > Show or hide git status). */
  gitStatus: boolean;
}

export const useWindowLayout = create<WindowLayoutState>()(() => ({
  layout: DEFAULT_LAYOUT,
  theme: 'system',
  gitStatus: true,
}));

type Size = keyof typeof PANEL_LIMITS;

/** `value` within the limits of panel size `size`. */
export function clampSize(size: Size, value: number): number {
  const { min, max } = PANEL_LIMITS[size];
  return Math.round(Math.min(max, Math.max(min, value)));
}

/** A stored layout with every size brought within today's limits. */
export function normaliseLayout(layout: PanelLayout | undefined): PanelLayout {
  if (!layout) return DEFAULT_LAYOUT;
  return {
    ...layout,
    leftWidth: clampSize('leftWidth', layout.leftWidth),
    rightWidth: clampSize('rightWidth', layout.rightWidth),
    detailsHeight: clampSize('detailsHeight', layout.detailsHeight),
  };
}

const SAVE_DELAY_MS = 400;
let saveTimer: ReturnType<typeof setTimeout> | undefined;

// A drag with the mouse or a held arrow key changes the size many times: one write at the end.
function persist(preferences: Partial<Preferences>): void {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    void host().call('settings.setPreferences', { preferences });
  }, SAVE_DELAY_MS);
}

/** Changes part of the panel layout and remembers it in the settings. */
export function setLayout(change: Partial<PanelLayout>): void {
  const layout = normaliseLayout({ ...useWindowLayout.getState().layout, ...change });
  useWindowLayout.setState({ layout });
  persist({ layout });
}

/** Chooses the theme (system, light or dark) and remembers it. */
export function setTheme(theme: ThemeChoice): void {
  useWindowLayout.setState({ theme });
  void host().call('settings.setPreferences', { preferences: { theme } });
}

/** Shows or hides the status bar's git branch and changes, and remembers it. */
export function setGitStatus(on: boolean): void {
  useWindowLayout.setState({ gitStatus: on });
  void host().call('settings.setPreferences', { preferences: { gitStatus: on } });
}

/** Loads the remembered layout, theme and git status choice from the settings (once, at start). */
export async function loadWindowLayout(): Promise<void> {
  const result = await host().call('settings.get', {});
  if (!result.ok) return;
  const { layout, theme, gitStatus } = result.value.preferences;
  useWindowLayout.setState({
    layout: normaliseLayout(layout),
    theme,
    gitStatus: gitStatus ?? true,
  });
}
