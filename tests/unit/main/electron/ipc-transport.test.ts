import { describe, expect, it, vi } from 'vitest';
import { HOST_METHODS, type HostMethodName } from '../../../../shared/ipc/contract';
import type { HostHandlers } from '../../../../shared/ipc/handlers';
import { reportFigures } from '../../../support/scorecard';

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
const { ChunkedReplies, receiveReply } = await import('../../../../shared/ipc/chunked-reply');

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

  it('registers one channel for the whole contract, and one for the parts of large answers', () => {
    expect([...registered.keys()]).toEqual(['etom:host-call', 'etom:host-reply-part']);
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
    let channelsRefusingAll = 0;
    for (const name of names) {
      for (const sender of senders) {
        expect(await handle?.(sender, { name, args: {} })).toMatchObject({
          ok: false,
          error: { code: 'FORBIDDEN' },
        });
      }
      channelsRefusingAll += 1;
    }
    expect(calls).toEqual([]);
    expect(logged.length).toBe(names.length * senders.length);
    reportFigures('G.30', 'IPC calls from foreign senders', {
      channels: names.length,
      'foreign senders (subframe, about:blank, foreign origin, file:, other frame, closed, other window)':
        senders.length,
      'refused with FORBIDDEN': logged.length,
      'channels refusing them all': `${Math.round((100 * channelsRefusingAll) / names.length)}%`,
      'handler calls': calls.length,
    });
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

  it('removes its handlers', () => {
    remove();
    expect(registered.size).toBe(0);
  });
});

describe('large answers over IPC', () => {
  // A 3 MB answer, as a large diagram is: it goes back in parts, the first in place of it.
  const big = {
    nodes: Array.from({ length: 10_000 }, (_, i) => ({ id: `n${i}`, label: 'x'.repeat(280) })),
  };
  const bigHandlers = {
    ...handlers,
    'app.info': () => Promise.resolve(big),
  } as unknown as HostHandlers;
  const ours = { mainFrame, id: 7 };
  const otherWindow = { mainFrame, id: 8 };
  const remove = registerHostTransport({
    handlers: bigHandlers,
    trustedOrigins: ['app://etom'],
    isOurWindow: (sender) => sender === (ours as unknown) || sender === (otherWindow as unknown),
    replies: new ChunkedReplies({ partChars: 256 * 1024 }),
  });
  const call = registered.get('etom:host-call');
  const part = registered.get('etom:host-reply-part');

  it('sends a large answer in parts that the preload puts back together', async () => {
    const first = await call?.(event(mainFrame, ours), { name: 'app.info', args: {} });
    expect(first).toMatchObject({ etomChunkedReply: { id: expect.any(String) as string } });
    let pulls = 0;
    const answer = await receiveReply(first, (id) => {
      pulls += 1;
      return part?.(event(mainFrame, ours), id) ?? Promise.resolve(null);
    });
    expect(answer).toEqual({ ok: true, value: big });
    expect(pulls).toBeGreaterThan(5);
  });

  it('gives the parts of an answer to no other window and no foreign frame', async () => {
    const first = (await call?.(event(mainFrame, ours), { name: 'app.info', args: {} })) as {
      etomChunkedReply: { id: string };
    };
    const { id } = first.etomChunkedReply;
    expect(await part?.(event(mainFrame, otherWindow), id)).toEqual({
      missing: 'No such reply in progress.',
    });
    expect(await part?.(event({ ...mainFrame, url: 'https://evil.example/' }, ours), id)).toEqual({
      missing: 'This page may not call the host.',
    });
    expect(await part?.(event(mainFrame, ours), id)).toMatchObject({ done: false });
  });

  it('answers small results as they are', async () => {
    expect(await call?.(event(mainFrame, ours), { name: 'app.ping', args: {} })).toEqual({
      ok: true,
      value: 'ran',
    });
    remove();
  });
});
