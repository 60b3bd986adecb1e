import { join } from 'node:path';
import type { Settings } from '../../../shared/model/settings-schema';
import {
  CONFIG_FILE,
  loadConfigFile,
  writeConfigFile,
  writeConfigFileAsync,
} from './settings-file';

/**
 * Where settings live. The browser host and tests use a plain file; the desktop app uses
 * electron-store over the same file. `read` may return anything: the service validates it.
 */
export interface SettingsBackend {
  read(): unknown;
  /**
   * Writes the settings without blocking the main thread (the fsync runs elsewhere); a write
   * that `superseded()` says is out of date by the time it would land is dropped.
   */
  write(settings: Settings, superseded?: () => boolean): Promise<void>;
  /** Writes the settings before returning: only where the process may end right after. */
  writeSync(settings: Settings): void;
}

/** `<appData>/config.json`, written atomically; a corrupt file is set aside on first read. */
export class FileSettingsBackend implements SettingsBackend {
  readonly file: string;
  /** Set when a corrupt file was moved aside on read: where to, and why. */
  lastSetAside: { path: string; problem: string } | null = null;

  constructor(appDataDir: string) {
    this.file = join(appDataDir, CONFIG_FILE);
  }

  read(): unknown {
    const load = loadConfigFile(this.file);
    if (load.setAsideTo !== null) {
      this.lastSetAside = { path: load.setAsideTo, problem: load.problem ?? 'unreadable' };
    }
    return load.settings ?? undefined;
  }

  write(settings: Settings, superseded?: () => boolean): Promise<void> {
    return writeConfigFileAsync(this.file, settings, superseded);
  }

  writeSync(settings: Settings): void {
    writeConfigFile(this.file, settings);
  }
}
