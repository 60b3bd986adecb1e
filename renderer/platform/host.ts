import type { HostApi } from '../../shared/ipc/contract';
import type { HostResult } from '../../shared/ipc/errors';
import { findBridge } from './host-bridge';
import { callOverHttp } from './http-transport';

/** Which transport carries host calls; for diagnostics only, never for behaviour. */
export type HostKind = 'electron' | 'browser';

export interface Platform {
  host: HostApi;
  kind: HostKind;
  /** Subscribes to native menu commands (Electron); returns an unsubscribe function. */
  onMenuCommand(callback: (command: string, arg?: string) => void): () => void;
}

function createPlatform(): Platform {
  const bridge = findBridge();
  if (bridge) {
    return {
      kind: 'electron',
      host: { call: (name, args) => bridge.call(name, args) as Promise<HostResult<never>> },
      onMenuCommand: (callback) => bridge.onMenuCommand?.(callback) ?? (() => undefined),
    };
  }
  return {
    kind: 'browser',
    host: { call: (name, args) => callOverHttp(name, args) as Promise<HostResult<never>> },
    onMenuCommand: () => () => undefined,
  };
}

let platform: Platform | undefined;

/** The one place the renderer finds its host: the preload bridge if present, else HTTP. */
export function getPlatform(): Platform {
  platform ??= createPlatform();
  return platform;
}

/** The typed host API. */
export function host(): HostApi {
  return getPlatform().host;
}
