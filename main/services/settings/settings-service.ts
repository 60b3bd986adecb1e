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
 *
 * A change is written off the main thread (its fsync no longer stalls the window's calls) and
 * resolves once it is on disk, or fails with IO_ERROR and is forgotten. Changes made while
 * an earlier one is being written build on it; a write overtaken by a newer one is dropped.
 */
export class SettingsService {
  /** What the app sees: the last change asked for. */
  private current: Settings;
  /** What the file holds, as far as this process knows. */
  private written: Settings;
  /** Counts the writes started: a write landing after a newer one started is out of date. */
  private generation = 0;

  constructor(
    private readonly backend: SettingsBackend,
    private readonly now: () => Date = () => new Date(),
  ) {
    const parsed = settingsSchema.safeParse(backend.read());
    this.current = parsed.success ? parsed.data : structuredClone(DEFAULT_SETTINGS);
    this.written = this.current;
  }

  get(): Settings {
    return structuredClone(this.current);
  }

  async setPreferences(preferences: Partial<Preferences>): Promise<Settings> {
    const merged: Preferences = { ...this.current.preferences };
    // Copy known keys only: the argument schema is strict, but never trust a spread here.
    if (preferences.theme !== undefined) merged.theme = preferences.theme;
    if (preferences.defaultPack !== undefined) merged.defaultPack = preferences.defaultPack;
    if (preferences.journalDelayMs !== undefined)
      merged.journalDelayMs = preferences.journalDelayMs;
    if (preferences.layout !== undefined) merged.layout = { ...preferences.layout };
    if (preferences.gitStatus !== undefined) merged.gitStatus = preferences.gitStatus;
    await this.save({ ...this.current, preferences: merged });
    return this.get();
  }

  /** Written before it returns: the window is closing and the process may end right after. */
  setWindowState(windowState: WindowState): void {
    const checked = settingsSchema.parse({ ...this.current, windowState });
    this.generation += 1;
    try {
      this.backend.writeSync(checked);
    } catch (error) {
      throw writeFailure(error);
    }
    this.current = checked;
    this.written = checked;
  }

  /** Puts a workspace at the top of the recent list (moving it if it is already there). */
  async addRecent(workspace: { path: string; name: string }): Promise<void> {
    const path = resolve(workspace.path);
    const entry: RecentEntry = {
      path,
      name: workspace.name.slice(0, 500),
      openedAt: this.now().toISOString(),
    };
    const rest = this.current.recentWorkspaces.filter((item) => item.path !== path);
    await this.save({
      ...this.current,
      recentWorkspaces: [entry, ...rest].slice(0, MAX_RECENT),
    });
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
      await this.save({ ...this.current, recentWorkspaces: kept });
    }
    return this.listRecent();
  }

  private async save(next: Settings): Promise<void> {
    const checked = settingsSchema.parse(next);
    this.current = checked;
    const generation = ++this.generation;
    try {
      await this.backend.write(checked, () => this.generation !== generation);
    } catch (error) {
      // Forgotten unless a later change (which holds this one) has been asked for since.
      if (this.current === checked) this.current = this.written;
      throw writeFailure(error);
    }
    if (this.generation === generation) this.written = checked;
  }
}

function writeFailure(error: unknown): HostFailure {
  const osCode = (error as NodeJS.ErrnoException).code;
  return new HostFailure({
    code: 'IO_ERROR',
    message: `Could not save the settings: ${error instanceof Error ? error.message : String(error)}`,
    ...(osCode !== undefined ? { osCode } : {}),
  });
}

async function holdsWorkspace(folder: string): Promise<boolean> {
  try {
    await access(join(folder, 'workspace.json'));
    return true;
  } catch {
    return false;
  }
}
