import { HostFailure } from '../../shared/ipc/errors';
import type { Handlers } from '../../shared/ipc/handlers';
import type { AppInfo } from '../../shared/ipc/methods/app-methods';
import type { OfferedPath } from '../../shared/ipc/path-ref';

export interface AppHandlerOptions {
  host: AppInfo['host'];
  version: string;
  /** True where the host shows the operating system's folder picker. */
  nativeDialogs: boolean;
  /** The workspace folder named at launch, as offered to the renderer. */
  startupWorkspace?: OfferedPath | null;
  startupBundle?: OfferedPath | null;
  /** Greys out the native menu items not listed (Electron); absent where there is no menu. */
  setMenuState?: (enabled: readonly string[]) => void;
}

/** `app.*`: what the renderer needs to know about the host it runs in, and its menu. */
export function createAppHandlers(
  options: AppHandlerOptions,
): Handlers<'app.info' | 'app.ping' | 'app.setMenuState'> {
  const info: AppInfo = {
    name: 'eTOM Studio',
    version: options.version,
    host: options.host,
    platform: process.platform,
    nativeDialogs: options.nativeDialogs,
    startupWorkspace: options.startupWorkspace ?? null,
    startupBundle: options.startupBundle ?? null,
  };
  return {
    'app.info': () => Promise.resolve({ ...info }),
    'app.ping': () => Promise.resolve('pong' as const),
    'app.setMenuState': ({ enabled }) => {
      const { setMenuState } = options;
      if (!setMenuState) {
        return Promise.reject(
          new HostFailure({ code: 'UNSUPPORTED', message: 'This host has no native menu.' }),
        );
      }
      setMenuState(enabled);
      return Promise.resolve(null);
    },
  };
}
