import { join } from 'node:path';
import Store from 'electron-store';
import type { Settings } from '../../shared/model/settings-schema';
import type { SettingsBackend } from '../services/settings/settings-backend';
import {
  CONFIG_FILE,
  loadConfigFile,
  writeConfigFileAsync,
} from '../services/settings/settings-file';

/**
 * Settings through electron-store (atomic writes by the library), in the same
 * `<appData>/config.json` and with the same schema as the browser host's file backend.
 */
export class ElectronSettingsBackend implements SettingsBackend {
  private readonly store: Store<Settings>;
  private readonly file: string;
  /** Set when a corrupt config.json was moved aside at start: where to, and why. */
  readonly setAside: { path: string; problem: string } | null;

  constructor(appDataDir: string, log: (message: string) => void = () => undefined) {
    // electron-store throws on a file it cannot parse, so a corrupt file is set aside (kept as
    // config.corrupt-<time>.json) before the store ever reads it.
    this.file = join(appDataDir, CONFIG_FILE);
    const load = loadConfigFile(this.file);
    this.setAside =
      load.setAsideTo === null ? null : { path: load.setAsideTo, problem: load.problem ?? '' };
    if (this.setAside) {
      log(`Settings were unreadable (${this.setAside.problem}); kept as ${this.setAside.path}`);
    }
    this.store = new Store<Settings>({
      cwd: appDataDir,
      name: CONFIG_FILE.replace(/\.json$/, ''),
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
    });
  }

  read(): unknown {
    return this.store.store;
  }

  /**
   * Not through the store: its write fsyncs synchronously on the main thread, which answers the
   * window's every call. The file and its format are the store's (it reads the file each time).
   */
  write(settings: Settings, superseded?: () => boolean): Promise<void> {
    return writeConfigFileAsync(this.file, settings, superseded);
  }

  writeSync(settings: Settings): void {
    this.store.store = settings;
  }
}
