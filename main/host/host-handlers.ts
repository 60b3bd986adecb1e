import type { HostHandlers } from '../../shared/ipc/handlers';
import type { AppInfo } from '../../shared/ipc/methods/app-methods';
import type { ExportFormat } from '../../shared/ipc/methods/export-methods';
import { composeHostHandlers } from './compose-host-handlers';
import { FileSettingsBackend, type SettingsBackend } from '../services/settings/settings-backend';
import { SettingsService } from '../services/settings/settings-service';
import { createExportHandlers } from './export-handlers';
import { createFrameworkHandlers } from './framework-handlers';
import { createWorkspaceHandlers } from './workspace-handlers';

export interface HostHandlerOptions {
  appDataDir: string;
  host: AppInfo['host'];
  version: string;
  /** The native folder picker (Electron). Without it `dialog.pickFolder` answers UNSUPPORTED. */
  pickFolder?: (purpose: 'open' | 'create' | 'copy') => Promise<string | null>;
  /** The native save dialog (Electron). Without it `dialog.pickSaveFile` answers UNSUPPORTED. */
  pickSaveFile?: (suggestedName: string, format: ExportFormat) => Promise<string | null>;
  /** Where settings live; defaults to `<appDataDir>/config.json`. */
  settingsBackend?: SettingsBackend;
  startupWorkspace?: string | null;
  /** Greys out the native menu items the renderer reports as unable to run (Electron). */
  setMenuState?: (enabled: readonly string[]) => void;
}

export interface HostServices {
  handlers: HostHandlers;
  settings: SettingsService;
  dispose(): Promise<void>;
}

/**
 * Builds the services behind both hosts over one app-data folder. Every workspace that opens
 * goes to the top of the recent list, whichever method opened it.
 */
export function createHostHandlers(options: HostHandlerOptions): HostServices {
  const settings = new SettingsService(
    options.settingsBackend ?? new FileSettingsBackend(options.appDataDir),
  );
  const workspaces = createWorkspaceHandlers({
    appDataDir: options.appDataDir,
    onOpened: (workspace) => {
      try {
        settings.addRecent(workspace);
      } catch {
        // A settings disk that is full must not fail the open: the list is a convenience.
      }
    },
  });
  const handlers = composeHostHandlers({
    host: options.host,
    version: options.version,
    settings,
    services: {
      ...workspaces.handlers,
      ...createFrameworkHandlers({ appDataDir: options.appDataDir }),
      ...createExportHandlers(),
    },
    ...(options.pickFolder ? { pickFolder: options.pickFolder } : {}),
    ...(options.pickSaveFile ? { pickSaveFile: options.pickSaveFile } : {}),
    startupWorkspace: options.startupWorkspace ?? null,
    ...(options.setMenuState ? { setMenuState: options.setMenuState } : {}),
  });
  return { handlers, settings, dispose: () => workspaces.dispose() };
}
