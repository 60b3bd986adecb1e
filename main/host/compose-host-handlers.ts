import type { ModelImportFormat } from '../../shared/imports/imported-model';
import type { Handlers, HostHandlers } from '../../shared/ipc/handlers';
import { HostFailure } from '../../shared/ipc/errors';
import type { AppInfo } from '../../shared/ipc/methods/app-methods';
import type { SaveFormat } from '../../shared/ipc/methods/export-methods';
import type { HostMethodName } from '../../shared/ipc/contract';
import { createAppHandlers } from './app-handlers';
import { isBundleFileName } from '../../shared/bundle/bundle-schema';
import { typedPaths, type PathAccess } from './path-access';
import { createSettingsHandlers, type SettingsMethodName } from './settings-handlers';
import type { SettingsService } from '../services/settings/settings-service';

type FolderPurpose = 'open' | 'create' | 'copy';

type OwnMethodName =
  | 'app.info'
  | 'app.ping'
  | 'app.setMenuState'
  | SettingsMethodName
  | 'dialog.pickFolder'
  | 'dialog.pickSaveFile'
  | 'dialog.pickWorkbook'
  | 'dialog.pickImportFile'
  | 'dialog.pickBundle';

/**
 * Every method the domain services provide (workspaces, framework library, ...): the whole
 * contract except the app, settings and native dialog methods composed here.
 */
export type ServiceHandlers = Handlers<Exclude<HostMethodName, OwnMethodName>>;

/** The operating system's dialogs (Electron); each answers a path, or null when cancelled. */
export interface NativeDialogs {
  pickFolder?: (purpose: FolderPurpose) => Promise<string | null>;
  pickSaveFile?: (suggestedName: string, format: SaveFormat) => Promise<string | null>;
  pickWorkbook?: () => Promise<string | null>;
  pickImportFile?: (format: ModelImportFormat) => Promise<string | null>;
  pickBundle?: () => Promise<string | null>;
}

export interface ComposeOptions extends NativeDialogs {
  host: AppInfo['host'];
  version: string;
  settings: SettingsService;
  services: ServiceHandlers;
  /** How paths go to the renderer and come back: typed paths (default) or references. */
  paths?: PathAccess;
  startupWorkspace?: string | null;
  /** The native menu's enabled states (Electron). */
  setMenuState?: (enabled: readonly string[]) => void;
}

const unsupported = (message: string) =>
  Promise.reject(new HostFailure({ code: 'UNSUPPORTED', message }));

/**
 * Every method of the contract, assembled from the app, settings and workspace services. What a
 * native dialog answers goes to the renderer as an offer for the one use it was asked for.
 */
export function composeHostHandlers(options: ComposeOptions): HostHandlers {
  const { pickFolder, pickSaveFile, pickWorkbook, pickImportFile, pickBundle } = options;
  const paths = options.paths ?? typedPaths;
  const offered = async (
    picked: Promise<string | null>,
    use: FolderPurpose | 'import' | `export-${SaveFormat}`,
  ) => {
    const path = await picked;
    return path === null ? null : paths.offer(path, { kind: 'dialog', use });
  };
  const startup = options.startupWorkspace ?? null;
  return {
    ...options.services,
    ...createAppHandlers({
      host: options.host,
      version: options.version,
      nativeDialogs: pickFolder !== undefined,
      // A bundle named at launch (a double-clicked `*.etom.json`) is the user's choice of a file
      // to import, as a dialog's answer would be; anything else is a workspace folder.
      startupWorkspace:
        startup === null || isBundleFileName(startup)
          ? null
          : paths.offer(startup, { kind: 'launch' }),
      startupBundle:
        startup !== null && isBundleFileName(startup)
          ? paths.offer(startup, { kind: 'dialog', use: 'import' })
          : null,
      ...(options.setMenuState ? { setMenuState: options.setMenuState } : {}),
    }),
    ...createSettingsHandlers(options.settings, paths),
    'dialog.pickFolder': ({ purpose }) =>
      pickFolder === undefined
        ? unsupported('This host has no native folder picker; choose the folder in the app.')
        : offered(pickFolder(purpose), purpose),
    'dialog.pickSaveFile': ({ suggestedName, format }) =>
      pickSaveFile === undefined
        ? unsupported('This host has no native save dialog; type the file path in the app.')
        : offered(pickSaveFile(suggestedName, format), `export-${format}`),
    'dialog.pickWorkbook': () =>
      pickWorkbook === undefined
        ? unsupported('This host has no native file picker; type the workbook path in the app.')
        : offered(pickWorkbook(), 'import'),
    'dialog.pickImportFile': ({ format }) =>
      pickImportFile === undefined
        ? unsupported('This host has no native file picker; type the file path in the app.')
        : offered(pickImportFile(format), 'import'),
    'dialog.pickBundle': () =>
      pickBundle === undefined
        ? unsupported('This host has no native file picker; type the bundle path in the app.')
        : offered(pickBundle(), 'import'),
  };
}
