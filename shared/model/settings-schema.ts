import { z } from 'zod';

/** The editor window's panels as the user left them: widths and heights in CSS pixels. */
export const panelLayoutSchema = z.strictObject({
  /** The diagram list on the left. */
  leftWidth: z.number().int().min(0).max(4_000),
  leftCollapsed: z.boolean(),
  /** The library and details column on the right. */
  rightWidth: z.number().int().min(0).max(4_000),
  rightCollapsed: z.boolean(),
  /** The details panel below the library. */
  detailsHeight: z.number().int().min(0).max(4_000),
});
export type PanelLayout = z.infer<typeof panelLayoutSchema>;

/** What the user chose in preferences. */
export const preferencesSchema = z.strictObject({
  theme: z.enum(['system', 'light', 'dark']),
  /** Pack used for new workspaces. */
  defaultPack: z.string().min(1).max(100),
  /** How long after the last edit unsaved work is journalled, in ms. */
  journalDelayMs: z.number().int().min(200).max(5_000),
  /** Optional: settings written before panels could be resized have none. */
  layout: panelLayoutSchema.optional(),
  /**
   * Whether the status bar shows the git branch and changes of a workspace inside a repository
   * (which runs git on open, after a save and on window focus). Absent means on.
   */
  gitStatus: z.boolean().optional(),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const recentEntrySchema = z.strictObject({
  path: z.string().min(1).max(4096),
  name: z.string().max(500),
  openedAt: z.string().max(40),
});
export type RecentEntry = z.infer<typeof recentEntrySchema>;

export const windowStateSchema = z.strictObject({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

/** Everything the app remembers between launches; the same schema on both hosts. */
export const settingsSchema = z.strictObject({
  schemaVersion: z.literal(1),
  recentWorkspaces: z.array(recentEntrySchema).max(20),
  preferences: preferencesSchema,
  windowState: windowStateSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: 1,
  recentWorkspaces: [],
  preferences: { theme: 'system', defaultPack: 'gb921-v25.5', journalDelayMs: 800 },
  windowState: { width: 1400, height: 900, maximized: false },
};
