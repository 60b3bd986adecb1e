import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  DEFAULT_SETTINGS,
  settingsSchema,
  type Preferences,
  type RecentEntry,
  type Settings,
  type WindowState,
} from '../../../shared/model/settings-schema';
import { HostFailure } from '../../../shared/ipc/errors';
import type { RecentWorkspace } from '../../../shared/ipc/methods/settings-methods';
import type { SettingsBackend } from './settings-backend';

/** How many recent workspaces are remembered (the schema's limit). */
export const MAX_RECENT = 20;

/**
 * The app's settings in memory, loaded once from a backend and written through on every
 * change. Anything the backend returns that fails the schema is replaced by the defaults,
 * so a bad settings file can never stop the app from starting.
 */
export class SettingsService {
  private current: Settings;

  constructor(
    private readonly backend: SettingsBackend,
    private readonly now: () => Date = () => new Date(),
  ) {
    const parsed = settingsSchema.safeParse(backend.read());
    this.current = parsed.success ? parsed.data : structuredClone(DEFAULT_SETTINGS);
  }

  get(): Settings {
    return structuredClone(this.current);
  }

  setPreferences(preferences: Partial<Preferences>): Settings {
    const merged: Preferences = { ...this.current.preferences };
    // Copy known keys only: the argument schema is strict, but never trust a spread here.
    if (preferences.theme !== undefined) merged.theme = preferences.theme;
    if (preferences.defaultPack !== undefined) merged.defaultPack = preferences.defaultPack;
    if (preferences.journalDelayMs !== undefined)
      merged.journalDelayMs = preferences.journalDelayMs;
    if (preferences.layout !== undefined) merged.layout = { ...preferences.layout };
    if (preferences.gitStatus !== undefined) merged.gitStatus = preferences.gitStatus;
    this.save({ ...this.current, preferences: merged });
    return this.get();
  }

  setWindowState(windowState: WindowState): void {
    this.save({ ...this.current, windowState });
  }

  /** Puts a workspace at the top of the recent list (moving it if it is already there). */
  addRecent(workspace: { path: string; name: string }): void {
    const path = resolve(workspace.path);
    const entry: RecentEntry = {
      path,
      name: workspace.name.slice(0, 500),
      openedAt: this.now().toISOString(),
    };
    const rest = this.current.recentWorkspaces.filter((item) => item.path !== path);
    this.save({ ...this.current, recentWorkspaces: [entry, ...rest].slice(0, MAX_RECENT) });
  }

  async listRecent(): Promise<RecentWorkspace[]> {
    return Promise.all(
      this.current.recentWorkspaces.map(async (entry) => ({
        ...entry,
        exists: await holdsWorkspace(entry.path),
      })),
    );
  }

  async removeRecent(path: string): Promise<RecentWorkspace[]> {
    const target = resolve(path);
    const kept = this.current.recentWorkspaces.filter((item) => item.path !== target);
    if (kept.length !== this.current.recentWorkspaces.length) {
      this.save({ ...this.current, recentWorkspaces: kept });
    }
    return this.listRecent();
  }

  private save(next: Settings): void {
    const checked = settingsSchema.parse(next);
    try {
      this.backend.write(checked);
    } catch (error) {
      const osCode = (error as NodeJS.ErrnoException).code;
      throw new HostFailure({
        code: 'IO_ERROR',
        message: `Could not save the settings: ${error instanceof Error ? error.message : String(error)}`,
        ...(osCode !== undefined ? { osCode } : {}),
      });
    }
    this.current = checked;
  }
}

async function holdsWorkspace(folder: string): Promise<boolean> {
  try {
    await access(join(folder, 'workspace.json'));
    return true;
  } catch {
    return false;
  }
}
