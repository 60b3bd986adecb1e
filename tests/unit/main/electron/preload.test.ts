import { describe, expect, it, vi } from 'vitest';
import { PRELOAD_SURFACE } from '../../../fixtures/preload-surface';

// The seam: the Electron runtime is not installed here, so contextBridge and ipcRenderer are
// recorded instead. What is checked is the surface the page gets and what it sends.
const exposed = new Map<string, unknown>();
const invoked: unknown[][] = [];
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      invoked.push(args);
      return Promise.resolve({ ok: true, value: null });
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      listeners.get(channel)?.delete(listener);
    },
  },
}));

await import('../../../../main/electron/preload');

interface Bridge {
  call(name: string, args: unknown): Promise<unknown>;
  onMenuCommand(callback: (command: string, arg?: string) => void): () => void;
}

describe('preload', () => {
  it('exposes exactly the checked-in surface: its objects, their keys, all functions (G.32)', () => {
    expect([...exposed.keys()].sort()).toEqual(Object.keys(PRELOAD_SURFACE).sort());
    for (const [name, keys] of Object.entries(PRELOAD_SURFACE)) {
      const api = exposed.get(name) as Record<PropertyKey, unknown>;
      expect(Object.keys(api).sort(), name).toEqual([...keys].sort());
      expect(Reflect.ownKeys(api).length, name).toBe(keys.length);
      for (const key of keys) expect(typeof api[key], `${name}.${key}`).toBe('function');
    }
  });

  it('sends every call over the one host channel as { name, args }', async () => {
    const bridge = exposed.get('etomHost') as Bridge;
    await bridge.call('app.info', {});
    expect(invoked).toEqual([['etom:host-call', { name: 'app.info', args: {} }]]);
  });

  it('passes menu commands (and a string argument, such as a folder reference) to the subscriber until it unsubscribes', () => {
    const bridge = exposed.get('etomHost') as Bridge;
    const seen: unknown[][] = [];
    const stop = bridge.onMenuCommand((...args) => seen.push(args));
    const emit = (...args: unknown[]): void => {
      for (const listener of listeners.get('etom:menu-command') ?? []) listener({}, ...args);
    };
    emit('workspace.save');
    emit('workspace.openPath', 'pr-0123456789abcdefghijkl');
    emit({ not: 'a command' });
    emit('edit.delete', { not: 'a string' });
    stop();
    emit('workspace.close');
    expect(seen).toEqual([
      ['workspace.save'],
      ['workspace.openPath', 'pr-0123456789abcdefghijkl'],
      ['edit.delete'],
    ]);
  });
});
