import { describe, expect, it, vi } from 'vitest';
import { HOST_METHODS, type HostMethodName } from '../../../../shared/ipc/contract';
import type { HostHandlers } from '../../../../shared/ipc/handlers';

// The seam: ipcMain needs the Electron runtime. The registered handler is captured and called
// with events shaped like Electron's (sender webContents, sender frame).
const registered = new Map<string, (event: unknown, message: unknown) => Promise<unknown>>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, message: unknown) => Promise<unknown>) =>
      registered.set(channel, handler),
    removeHandler: (channel: string) => registered.delete(channel),
  },
}));

const { registerHostTransport } = await import('../../../../main/electron/ipc-transport');

const names = Object.keys(HOST_METHODS) as HostMethodName[];
const calls: string[] = [];
const handlers = Object.fromEntries(
  names.map((name) => [
    name,
    () => {
      calls.push(name);
      return Promise.resolve('ran');
    },
  ]),
) as unknown as HostHandlers;

const mainFrame = { url: 'app://etom/index.html', parent: null, processId: 4, routingId: 1 };
const ourContents = { mainFrame };
const strangerContents = { mainFrame };

function event(frame: object | null, sender: object = ourContents): unknown {
  return { sender, senderFrame: frame };
}

describe('registerHostTransport', () => {
  const logged: string[] = [];
  const remove = registerHostTransport({
    handlers,
    trustedOrigins: ['app://etom'],
    isOurWindow: (sender) => sender === (ourContents as unknown),
    log: (line) => logged.push(line),
  });
  const handle = registered.get('etom:host-call');

  it('registers one channel for the whole contract', () => {
    expect([...registered.keys()]).toEqual(['etom:host-call']);
  });

  it('runs every method for the main frame of our window', async () => {
    for (const name of names) {
      calls.length = 0;
      const result = await handle?.(event(mainFrame), { name, args: {} });
      expect(result).toMatchObject({ ok: expect.any(Boolean) as boolean });
      // Methods with an empty argument object run; the others are refused by dispatch's schema.
      if (HOST_METHODS[name].args.safeParse({}).success) expect(calls).toEqual([name]);
      else expect(calls).toEqual([]);
    }
  });

  it('refuses subframes, foreign origins, closed frames and other windows for every method', async () => {
    const senders = [
      event({ ...mainFrame, parent: mainFrame, routingId: 2 }),
      event({ ...mainFrame, url: 'about:blank', parent: mainFrame, routingId: 3 }),
      event({ ...mainFrame, url: 'https://evil.example/' }),
      event({ ...mainFrame, url: 'file:///tmp/x.html' }),
      event({ ...mainFrame, routingId: 9 }),
      event(null),
      event(mainFrame, strangerContents),
    ];
    calls.length = 0;
    for (const name of names) {
      for (const sender of senders) {
        expect(await handle?.(sender, { name, args: {} })).toMatchObject({
          ok: false,
          error: { code: 'FORBIDDEN' },
        });
      }
    }
    expect(calls).toEqual([]);
    expect(logged.length).toBe(names.length * senders.length);
  });

  it('answers malformed messages with a typed error', async () => {
    calls.length = 0;
    for (const message of [
      null,
      'app.info',
      42,
      [],
      { name: 7 },
      { args: {} },
      Object.create({ name: 'app.ping' }),
    ]) {
      expect(await handle?.(event(mainFrame), message)).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_METHOD' },
      });
    }
    expect(calls).toEqual([]);
  });

  it('removes its handler', () => {
    remove();
    expect(registered.size).toBe(0);
  });
});
