import { describe, expect, it, vi } from 'vitest';

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
  it('exposes exactly one object with call and onMenuCommand, and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['etomHost']);
    expect(Object.keys(exposed.get('etomHost') as object).sort()).toEqual([
      'call',
      'onMenuCommand',
    ]);
  });

  it('sends every call over the one host channel as { name, args }', async () => {
    const bridge = exposed.get('etomHost') as Bridge;
    await bridge.call('app.info', {});
    expect(invoked).toEqual([['etom:host-call', { name: 'app.info', args: {} }]]);
  });

  it('passes menu commands (and a string argument) to the subscriber until it unsubscribes', () => {
    const bridge = exposed.get('etomHost') as Bridge;
    const seen: unknown[][] = [];
    const stop = bridge.onMenuCommand((...args) => seen.push(args));
    const emit = (...args: unknown[]): void => {
      for (const listener of listeners.get('etom:menu-command') ?? []) listener({}, ...args);
    };
    emit('workspace.save');
    emit('workspace.openPath', '/home/ana/ws');
    emit({ not: 'a command' });
    emit('edit.delete', { not: 'a string' });
    stop();
    emit('workspace.close');
    expect(seen).toEqual([
      ['workspace.save'],
      ['workspace.openPath', '/home/ana/ws'],
      ['edit.delete'],
    ]);
  });
});
