import { z } from 'zod';
import { method } from '../define';
import type { OfferedPath } from '../path-ref';

export interface AppInfo {
  name: string;
  version: string;
  host: 'electron' | 'browser';
  platform: string;
  /** True where the host can show the operating system's own folder picker. */
  nativeDialogs: boolean;
  /** A workspace folder given on the command line at launch, for the renderer to open. */
  startupWorkspace?: OfferedPath | null;
  /** A bundle file given on the command line at launch, for the renderer to offer to import. */
  startupBundle?: OfferedPath | null;
}

const none = z.strictObject({});

export const appMethods = {
  info: method<AppInfo>()('app.info', none),
  /** Answers at once; used to show the main process stays responsive. */
  ping: method<'pong'>()('app.ping', none),
  /**
   * Which menu actions can run now (their ids; every other menu item is greyed out), from the
   * renderer's predicates. The desktop host updates its native menu; the browser host, which
   * has none, answers UNSUPPORTED.
   */
  setMenuState: method<null>()(
    'app.setMenuState',
    z.strictObject({ enabled: z.array(z.string().min(1).max(64)).max(200) }),
  ),
} as const;
