import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { sendJson } from '../../../../main/browser-host/send-json';

/** A diagram-like answer of about `mb` megabytes of JSON. */
function bigAnswer(mb: number): unknown {
  const count = Math.round((mb * 1024 * 1024) / 300);
  const nodes = Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    kind: 'box',
    label: 'l'.repeat(220),
    position: { x: i, y: i * 2 },
  }));
  return { ok: true, value: { document: { diagrams: [{ id: 'large', nodes }] } } };
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** A real server whose one route answers `body` through sendJson; resolves with its port. */
async function serve(
  body: unknown,
  onSending: (response: ServerResponse, sent: Promise<void>) => void = () => undefined,
): Promise<number> {
  const server = createServer((_request, response) => {
    onSending(response, sendJson(response, 200, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return (server.address() as AddressInfo).port;
}

function get(port: number): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: '/', agent: false }, resolve)
      .on('error', reject)
      .end();
  });
}

async function text(response: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('sendJson', () => {
  it('sends a small answer at once, with its length', async () => {
    const port = await serve({ ok: true, value: 'pong' });
    const response = await get(port);
    expect(response.headers['content-length']).toBe('26');
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(await text(response))).toEqual({ ok: true, value: 'pong' });
  });

  it('sends a large answer in parts, the event loop turning between them', async () => {
    const body = bigAnswer(8);
    let turns = 0;
    let turnsWhileSending = -1;
    let writes = 0;
    const port = await serve(body, (response, sent) => {
      const write = response.write.bind(response) as (chunk: string) => boolean;
      response.write = ((chunk: string) => {
        writes += 1;
        return write(chunk);
      }) as typeof response.write;
      // Before: one JSON.stringify and one write, no turn of the event loop in between. Then:
      // parts, but a write the kernel took at once was followed by 'drain' on the next tick,
      // so the following parts were serialised without a turn of the event loop.
      const tick = (): void => {
        turns += 1;
        if (turnsWhileSending < 0) setImmediate(tick);
      };
      setImmediate(tick);
      void sent.then(() => (turnsWhileSending = turns));
    });
    const response = await get(port);
    expect(response.headers['transfer-encoding']).toBe('chunked');
    expect(await text(response)).toBe(JSON.stringify(body));
    expect(writes).toBeGreaterThan(10);
    // A turn of the event loop between every two parts (the ticker may lag by one).
    expect(turnsWhileSending).toBeGreaterThanOrEqual(writes - 1);
  });

  it('waits for a slow reader instead of serialising the whole answer into memory', async () => {
    const body = bigAnswer(12);
    let server: ServerResponse | undefined;
    let done = false;
    const port = await serve(body, (response, sent) => {
      server = response;
      void sent.then(() => (done = true));
    });
    const response = await get(port);
    response.pause();
    await sleep(500);
    // Before: all 24 MB were queued in the response's buffer at once.
    expect(done).toBe(false);
    expect(server?.writableLength ?? Infinity).toBeLessThan(4 * 1024 * 1024);
    response.resume();
    expect(await text(response)).toBe(JSON.stringify(body));
    expect(done).toBe(true);
  }, 60_000);

  it('stops sending when the reader goes away', async () => {
    let sent: Promise<void> | undefined;
    const port = await serve(bigAnswer(24), (_response, sending) => {
      sent = sending;
    });
    const response = await get(port);
    response.destroy();
    await expect(sent).resolves.toBeUndefined();
  }, 60_000);
});
