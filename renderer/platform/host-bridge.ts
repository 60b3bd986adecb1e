import type { HostResult } from '../../shared/ipc/errors';

/** What the Electron preload exposes on `window.etomHost`. */
export interface HostBridge {
  call(name: string, args: unknown): Promise<HostResult<unknown>>;
  onMenuCommand?(callback: (command: string, arg?: string) => void): () => void;
}

declare global {
  interface Window {
    etomHost?: HostBridge;
  }
}

/** The preload's bridge when running in Electron, else undefined. */
export function findBridge(): HostBridge | undefined {
  const bridge = window.etomHost;
  return bridge && typeof bridge.call === 'function' ? bridge : undefined;
}
