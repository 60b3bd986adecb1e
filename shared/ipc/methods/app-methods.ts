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
}

const none = z.strictObject({});

export const appMethods = {
  info: method<AppInfo>()('app.info', none),
  /** Answers at once; used to show the main process stays responsive. */
  ping: method<'pong'>()('app.ping', none),
} as const;
