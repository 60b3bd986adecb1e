import type { Handlers, HostHandlers } from '../../shared/ipc/handlers';
import { HostFailure } from '../../shared/ipc/errors';
import type { AppInfo } from '../../shared/ipc/methods/app-methods';
import type { workspaceMethods } from '../../shared/ipc/methods/workspace-methods';
import { createAppHandlers } from './app-handlers';
import { createSettingsHandlers } from './settings-handlers';
import type { SettingsService } from './settings-service';

type FolderPurpose = 'open' | 'create' | 'copy';

/** The workspace methods the workspace services provide (the folder picker is the host's). */
export type WorkspaceServiceMethodName = Exclude<
  (typeof workspaceMethods)[keyof typeof workspaceMethods]['name'],
  'dialog.pickFolder'
>;

export interface WorkspacePart {
  handlers: Handlers<WorkspaceServiceMethodName>;
  dispose(): Promise<void>;
}

export interface ComposeOptions {
  host: AppInfo['host'];
  version: string;
  settings: SettingsService;
  workspaces: WorkspacePart;
  /** The native folder picker; absent in the browser host, where the renderer shows its own. */
  pickFolder?: (purpose: FolderPurpose) => Promise<string | null>;
  startupWorkspace?: string | null;
}

/** Every method of the contract, assembled from the app, settings and workspace services. */
export function composeHostHandlers(options: ComposeOptions): HostHandlers {
  const { pickFolder } = options;
  return {
    ...createAppHandlers({
      host: options.host,
      version: options.version,
      nativeDialogs: pickFolder !== undefined,
      startupWorkspace: options.startupWorkspace ?? null,
    }),
    ...createSettingsHandlers(options.settings),
    ...options.workspaces.handlers,
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
