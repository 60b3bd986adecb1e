import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleApiCall } from '../../../../main/browser-host/api';
import type { HostHandlers } from '../../../../shared/ipc/handlers';
import type { HostResult } from '../../../../shared/ipc/errors';
import { LIMITS } from '../../../../shared/model/limits';

/*
 * The request body of the browser host's API (api.ts), through a real HTTP server that calls
 * handleApiCall as server.ts does once a caller is authenticated. The body is scanned as it
 * arrives: nesting, value count and repeated keys are refused before JSON.parse, and before
 * the whole body is held. (Before: a 20 MB body of nested arrays blocked the host for 8 s at
 * about 1 GB RSS.)
 */
const calls: unknown[] = [];
const handlers = {
  'recent.remove': (args: unknown) => {
    calls.push(args);
    return Promise.resolve([]);
  },
} as unknown as HostHandlers;

let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    void handleApiCall(req, (req.url ?? '').slice('/api/'.length), handlers).then((reply) => {
      res.writeHead(reply.status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Posts `chunks` one write at a time (each a separate piece on the wire, as it may arrive). */
function post(
  chunks: Array<string | Buffer>,
): Promise<{ status: number; body: HostResult<unknown> }> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/recent.remove',
        agent: false,
        headers: { 'Content-Type': 'application/json', Connection: 'keep-alive' },
      },
      (response) => {
        answered = true;
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => {
          resolve({
            status: response.statusCode ?? 0,
            body: JSON.parse(text) as HostResult<unknown>,
          });
          req.destroy();
        });
      },
    );
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('the request body', () => {
  it('is parsed whole however it arrives in pieces', async () => {
    calls.length = 0;
    const text = JSON.stringify({ path: '/tmp/é "x" \\ 😀' });
    const pieces = Array.from(Buffer.from(text), (byte) => Buffer.from([byte]));
    expect(await post(pieces)).toEqual({ status: 200, body: { ok: true, value: [] } });
    expect(calls).toEqual([{ path: '/tmp/é "x" \\ 😀' }]);
  });

  it('refuses 20 MB of nested arrays at the first level too deep, without the handler', async () => {
    calls.length = 0;
    const half = 10 * 1024 * 1024;
    const started = performance.now();
    const reply = await post([Buffer.alloc(half, '['), Buffer.alloc(half, ']')]);
    const ms = performance.now() - started;
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'TOO_DEEP' } });
    expect(!reply.body.ok && reply.body.error.message).toBe(
      'The request body, line 1, column 65: nesting deeper than 64 levels.',
    );
    expect(calls).toEqual([]);
    // Generous: a refusal at byte 65 must not wait for a parse of 20 MB (which took 8 s).
    expect(ms).toBeLessThan(5_000);
  });

  it('refuses a body that is not UTF-8', async () => {
    // 0xc3 0x28: a lead byte without its continuation, split across two pieces.
    const reply = await post(['{"path":"', Buffer.from([0xc3]), Buffer.from([0x28]), '"}']);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(!reply.body.ok && reply.body.error.message).toBe(
      'The request body is not valid UTF-8 text.',
    );
  });

  it('refuses a key repeated in one object, naming it', async () => {
    calls.length = 0;
    const reply = await post(['{"path":"/a",', '"path":"/b"}']);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', jsonPath: 'path' },
    });
    expect(calls).toEqual([]);
  });

  it('refuses more values than a whole document holds with 413', async () => {
    const zeros = Buffer.alloc(2 * LIMITS.maxDocumentJsonValues + 2, '0,');
    const reply = await post(['{"path":[', zeros, '0]}']);
    expect(reply.status).toBe(413);
    // The object and the array are the first two values.
    const jsonPath = `path[${LIMITS.maxDocumentJsonValues - 2}]`;
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'TOO_LARGE', jsonPath } });
  });
});
