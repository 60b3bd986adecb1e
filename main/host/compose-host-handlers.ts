import type { Handlers, HostHandlers } from '../../shared/ipc/handlers';
import { HostFailure } from '../../shared/ipc/errors';
import type { AppInfo } from '../../shared/ipc/methods/app-methods';
import type { ExportFormat } from '../../shared/ipc/methods/export-methods';
import type { HostMethodName } from '../../shared/ipc/contract';
import { createAppHandlers } from './app-handlers';
import { createSettingsHandlers, type SettingsMethodName } from './settings-handlers';
import type { SettingsService } from '../services/settings/settings-service';

type FolderPurpose = 'open' | 'create' | 'copy';

type OwnMethodName =
  | 'app.info'
  | 'app.ping'
  | 'app.setMenuState'
  | SettingsMethodName
  | 'dialog.pickFolder'
  | 'dialog.pickSaveFile';

/**
 * Every method the domain services provide (workspaces, framework library, ...): the whole
 * contract except the app, settings and folder-picker methods composed here.
 */
export type ServiceHandlers = Handlers<Exclude<HostMethodName, OwnMethodName>>;

export interface ComposeOptions {
  host: AppInfo['host'];
  version: string;
  settings: SettingsService;
  services: ServiceHandlers;
  /** The native folder picker; absent in the browser host, where the renderer shows its own. */
  pickFolder?: (purpose: FolderPurpose) => Promise<string | null>;
  /** The native save dialog; absent in the browser host, where the renderer asks for a path. */
  pickSaveFile?: (suggestedName: string, format: ExportFormat) => Promise<string | null>;
  startupWorkspace?: string | null;
  /** The native menu's enabled states (Electron). */
  setMenuState?: (enabled: readonly string[]) => void;
}

/** Every method of the contract, assembled from the app, settings and workspace services. */
export function composeHostHandlers(options: ComposeOptions): HostHandlers {
  const { pickFolder, pickSaveFile } = options;
  return {
    ...options.services,
    ...createAppHandlers({
      host: options.host,
      version: options.version,
      nativeDialogs: pickFolder !== undefined,
      startupWorkspace: options.startupWorkspace ?? null,
      ...(options.setMenuState ? { setMenuState: options.setMenuState } : {}),
    }),
    ...createSettingsHandlers(options.settings),
    'dialog.pickFolder': ({ purpose }) => {
      if (pickFolder === undefined) {
        return Promise.reject(
          new HostFailure({
            code: 'UNSUPPORTED',
            message: 'This host has no native folder picker; choose the folder in the app.',
          }),
        );
      }
      return pickFolder(purpose);
    },
    'dialog.pickSaveFile': ({ suggestedName, format }) => {
      if (pickSaveFile === undefined) {
        return Promise.reject(
          new HostFailure({
            code: 'UNSUPPORTED',
            message: 'This host has no native save dialog; type the file path in the app.',
          }),
        );
      }
      return pickSaveFile(suggestedName, format);
    },
  };
}
