import type { Handlers, HostHandlers } from '../../shared/ipc/handlers';
import { HostFailure } from '../../shared/ipc/errors';
import type { AppInfo } from '../../shared/ipc/methods/app-methods';
import type { HostMethodName } from '../../shared/ipc/contract';
import { createAppHandlers } from './app-handlers';
import { createSettingsHandlers, type SettingsMethodName } from './settings-handlers';
import type { SettingsService } from './settings-service';

type FolderPurpose = 'open' | 'create' | 'copy';

type OwnMethodName = 'app.info' | 'app.ping' | SettingsMethodName | 'dialog.pickFolder';

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
  startupWorkspace?: string | null;
}

/** Every method of the contract, assembled from the app, settings and workspace services. */
export function composeHostHandlers(options: ComposeOptions): HostHandlers {
  const { pickFolder } = options;
  return {
    ...options.services,
    ...createAppHandlers({
      host: options.host,
      version: options.version,
      nativeDialogs: pickFolder !== undefined,
      startupWorkspace: options.startupWorkspace ?? null,
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
  };
}
