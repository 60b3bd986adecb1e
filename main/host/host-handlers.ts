import type { HostHandlers } from '../../shared/ipc/handlers';
import type { AppInfo } from '../../shared/ipc/methods/app-methods';
import { composeHostHandlers, type NativeDialogs } from './compose-host-handlers';
import { FileSettingsBackend, type SettingsBackend } from '../services/settings/settings-backend';
import { SettingsService } from '../services/settings/settings-service';
import { createBundleHandlers } from './bundle-handlers';
import { createCatalogueHandlers } from './catalogue-handlers';
import { createCompareHandlers } from './compare-handlers';
import { createExportHandlers } from './export-handlers';
import type { PictureClipboard } from '../services/export/picture-copy';
import { exportFontFiles } from '../services/export/export-font';
import { createFolderHandlers } from './folder-handlers';
import { createFrameworkHandlers } from './framework-handlers';
import { createImportHandlers } from './import-handlers';
import { createMergeHandlers } from './merge-handlers';
import { typedPaths, type PathAccess } from './path-access';
import { createReportHandlers } from './report-handlers';
import { createSampleHandlers } from './sample-handlers';
import { defaultSampleDir } from '../services/workspace/sample-workspace';
import { createWorkspaceHandlers } from './workspace-handlers';

/**
 * The native dialogs are Electron's; without one, its `dialog.*` method answers UNSUPPORTED and
 * the renderer shows its own.
 */
export interface HostHandlerOptions extends NativeDialogs {
  appDataDir: string;
  host: AppInfo['host'];
  version: string;
  /**
   * How the files and folders the renderer names become paths: typed paths by default (the
   * browser host); the desktop app passes its registry of references (path-grants.ts).
   */
  paths?: PathAccess;
  /** Where settings live; defaults to `<appDataDir>/config.json`. */
  settingsBackend?: SettingsBackend;
  /** A workspace folder named on the command line, offered to the renderer to open. */
  startupWorkspace?: string | null;
  /** The sample workspace that ships with the app; the project's assets folder by default. */
  sampleDir?: string;
  /**
   * The packaged app's resources folder, where the export font ships (`fonts/`); without it
   * the font is read from its npm package (export-font.ts).
   */
  resourcesDir?: string;
  /** Greys out the native menu items the renderer reports as unable to run (Electron). */
  setMenuState?: (enabled: readonly string[]) => void;
  /** The operating system's clipboard for "Copy as PNG / SVG" (Electron). */
  clipboard?: PictureClipboard;
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
  const paths = options.paths ?? typedPaths;
  const workspaces = createWorkspaceHandlers({
    appDataDir: options.appDataDir,
    paths,
    onOpened: (workspace) => {
      // A settings disk that is full must not fail the open: the list is a convenience.
      return settings.addRecent(workspace).catch(() => undefined);
    },
  });
  const handlers = composeHostHandlers({
    host: options.host,
    version: options.version,
    settings,
    services: {
      ...workspaces.handlers,
      ...createFrameworkHandlers({ appDataDir: options.appDataDir, paths }),
      ...createExportHandlers(
        {
          font: exportFontFiles(options.resourcesDir),
          ...(options.clipboard ? { clipboard: options.clipboard } : {}),
        },
        paths,
      ),
      ...createCatalogueHandlers(paths),
      ...createImportHandlers(paths),
      ...createFolderHandlers(paths),
      ...createReportHandlers(options.appDataDir, paths),
      ...createBundleHandlers(paths),
      ...createCompareHandlers(workspaces.store, paths),
      ...createMergeHandlers(workspaces.store),
      ...createSampleHandlers(
        options.sampleDir ?? defaultSampleDir(import.meta.url),
        workspaces.store,
        paths,
      ),
    },
    paths,
    ...(options.pickFolder ? { pickFolder: options.pickFolder } : {}),
    ...(options.pickSaveFile ? { pickSaveFile: options.pickSaveFile } : {}),
    ...(options.pickWorkbook ? { pickWorkbook: options.pickWorkbook } : {}),
    ...(options.pickImportFile ? { pickImportFile: options.pickImportFile } : {}),
    ...(options.pickBundle ? { pickBundle: options.pickBundle } : {}),
    startupWorkspace: options.startupWorkspace ?? null,
    ...(options.setMenuState ? { setMenuState: options.setMenuState } : {}),
  });
  return { handlers, settings, dispose: () => workspaces.dispose() };
}
