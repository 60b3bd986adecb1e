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
}

/** `app.info` and `app.ping`: what the renderer needs to know about the host it runs in. */
export function createAppHandlers(options: AppHandlerOptions): Handlers<'app.info' | 'app.ping'> {
  const info: AppInfo = {
    name: 'eTOM Studio',
    version: options.version,
    host: options.host,
    platform: process.platform,
    nativeDialogs: options.nativeDialogs,
    startupWorkspace: options.startupWorkspace ?? null,
  };
  return {
    'app.info': () => Promise.resolve({ ...info }),
    'app.ping': () => Promise.resolve('pong' as const),
  };
}
