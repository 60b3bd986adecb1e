import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_METHODS } from '../../../../shared/ipc/contract';
import type { HostHandlers } from '../../../../shared/ipc/handlers';
import { startServer, type RunningServer } from '../../../../main/browser-host/server';
import { sendRaw, signIn } from '../../../support/http-client';

let handlerCalls = 0;
const countingHandlers = Object.fromEntries(
  Object.keys(HOST_METHODS).map((name) => [
    name,
    () => {
      handlerCalls += 1;
      return Promise.resolve('pong');
    },
  ]),
) as unknown as HostHandlers;

let root: string;
let server: RunningServer;
let cookie: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'etom-dup-headers-'));
  await mkdir(join(root, 'renderer'));
  await writeFile(join(root, 'renderer', 'index.html'), '<html></html>');
  server = await startServer({ handlers: countingHandlers, rendererDir: join(root, 'renderer') });
  cookie = await signIn(server.launchUrl());
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

/** A raw API call whose header lines are exactly `lines`. */
function call(lines: string[]): Promise<number> {
  return sendRaw(
    server.port,
    [
      'POST /api/app.ping HTTP/1.1',
      ...lines,
      'Content-Type: application/json',
      'Content-Length: 2',
      'Connection: close',
    ],
    '{}',
  );
}

describe('browser host, headers sent more than once', () => {
  it('answers a well-formed signed-in call (the baseline of the cases below)', async () => {
    const own = `Host: 127.0.0.1:${server.port}`;
    expect(await call([own, `Cookie: ${cookie}`])).toBe(200);
    expect(await call([own, `Origin: http://127.0.0.1:${server.port}`, `Cookie: ${cookie}`])).toBe(
      200,
    );
  });

  it('answers 400 to two Host headers, whatever their order or values (RFC 9112 3.2)', async () => {
    const own = `Host: 127.0.0.1:${server.port}`;
    const before = handlerCalls;
    for (const hosts of [
      [own, own],
      [own, 'Host: evil.example'],
      ['Host: evil.example', own],
      [own, `host: localhost:${server.port}`],
    ]) {
      expect(await call([...hosts, `Cookie: ${cookie}`]), hosts.join(' | ')).toBe(400);
    }
    const page = await sendRaw(server.port, ['GET / HTTP/1.1', own, own, `Cookie: ${cookie}`]);
    expect(page).toBe(400);
    expect(handlerCalls).toBe(before);
  });

  it('answers 400 to a request with no Host', async () => {
    expect(await sendRaw(server.port, ['GET / HTTP/1.0', `Cookie: ${cookie}`])).toBe(400);
  });

  it('answers 400 to two Origin, Cookie or Sec-Fetch-Site headers', async () => {
    const own = `Host: 127.0.0.1:${server.port}`;
    const origin = `Origin: http://127.0.0.1:${server.port}`;
    const before = handlerCalls;
    expect(await call([own, origin, origin, `Cookie: ${cookie}`])).toBe(400);
    expect(await call([own, origin, 'Origin: https://evil.example', `Cookie: ${cookie}`])).toBe(
      400,
    );
    expect(await call([own, `Cookie: ${cookie}`, `Cookie: ${cookie}`])).toBe(400);
    expect(await call([own, 'Cookie: a=1', `Cookie: ${cookie}`])).toBe(400);
    expect(
      await call([
        own,
        `Cookie: ${cookie}`,
        'Sec-Fetch-Site: same-origin',
        'Sec-Fetch-Site: cross-site',
      ]),
    ).toBe(400);
    expect(handlerCalls).toBe(before);
  });
});
