import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_METHODS } from '../../../../shared/ipc/contract';
import type { HostHandlers } from '../../../../shared/ipc/handlers';
import { startServer, type RunningServer } from '../../../../main/browser-host/server';
import { send, signIn, type Reply } from '../../../support/http-client';

// Every handler counts its calls: no request without a session may reach one.
let handlerCalls = 0;
const countingHandlers = Object.fromEntries(
  Object.keys(HOST_METHODS).map((name) => [
    name,
    () => {
      handlerCalls += 1;
      return Promise.resolve(name === 'app.ping' ? 'pong' : null);
    },
  ]),
) as unknown as HostHandlers;

let root: string;
let server: RunningServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'etom-sign-in-'));
  await mkdir(join(root, 'renderer', 'assets'), { recursive: true });
  await writeFile(join(root, 'renderer', 'index.html'), '<html><head></head><body></body></html>');
  await writeFile(join(root, 'renderer', 'assets', 'app.js'), 'export {};');
  server = await startServer({
    handlers: countingHandlers,
    rendererDir: join(root, 'renderer'),
  });
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

function ping(cookie?: string): Promise<Reply> {
  return send(
    server.port,
    'POST',
    '/api/app.ping',
    { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    '{}',
  );
}

/** Every 64-hex-digit run in a text: what a secret of this host looks like. */
function secretsIn(text: string): string[] {
  return text.match(/[0-9a-f]{64}/g) ?? [];
}

describe('browser host sign-in', () => {
  it('answers nothing but the sign-in page to a browser without a session', async () => {
    const before = handlerCalls;
    for (const path of ['/', '/index.html']) {
      const page = await send(server.port, 'GET', path);
      expect(page.status).toBe(403);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      expect(page.text).toContain('not signed in');
      expect(secretsIn(page.text)).toEqual([]);
    }
    for (const path of ['/assets/app.js', '/missing.js', '/launch.html', '/%2e%2e/x']) {
      const reply = await send(server.port, 'GET', path);
      expect(reply.status, path).toBe(403);
      expect(reply.text).not.toContain('export');
    }
    expect((await ping()).status).toBe(403);
    expect(handlerCalls).toBe(before);
  });

  it('exchanges a launch code once for an HttpOnly, SameSite=Strict session cookie', async () => {
    const link = server.launchUrl();
    const first = await send(server.port, 'GET', pathOf(link));
    expect(first.status).toBe(200);
    const setCookie = [first.headers['set-cookie'] ?? []].flat();
    expect(setCookie).toHaveLength(1);
    expect(setCookie[0]).toMatch(
      new RegExp(`^etom-session-${server.port}=[0-9a-f]{64}; Path=/; HttpOnly; SameSite=Strict$`),
    );
    // The landing page moves on to the clean address and carries no secret.
    expect(first.text).toContain('<meta http-equiv="refresh" content="0; url=/">');
    expect(secretsIn(first.text)).toEqual([]);
    expect(first.headers['cache-control']).toBe('no-store');

    const cookie = (setCookie[0] ?? '').split(';')[0] ?? '';
    expect((await ping(cookie)).text).toBe('{"ok":true,"value":"pong"}');
    const page = await send(server.port, 'GET', '/', { Cookie: cookie });
    expect(page.status).toBe(200);
    expect(page.text).toBe('<html><head></head><body></body></html>');

    const again = await send(server.port, 'GET', pathOf(link));
    expect(again.status).toBe(403);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.text).toContain('used already or has expired');
    // A signed-in browser that opens a spent link simply goes on to the editor.
    const signedIn = await send(server.port, 'GET', pathOf(link), { Cookie: cookie });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers['set-cookie']).toBeUndefined();
  });

  it('refuses guessed, malformed and non-GET launch codes without spending a live one', async () => {
    const live = server.launchUrl();
    const code = new URL(live).searchParams.get('code') ?? '';
    const guesses = [
      '',
      'code',
      '0'.repeat(64),
      code.slice(0, 63),
      `${code}0`,
      code.toUpperCase(),
      encodeURIComponent(`${code} `),
      'x'.repeat(5000),
    ];
    for (const guess of guesses) {
      const reply = await send(server.port, 'GET', `/launch?code=${guess}`);
      expect(reply.status).toBe(403);
      expect(reply.headers['set-cookie']).toBeUndefined();
    }
    for (const method of ['HEAD', 'POST', 'PUT']) {
      const reply = await send(server.port, method, pathOf(live));
      expect(reply.status).toBe(405);
      expect(reply.headers['set-cookie']).toBeUndefined();
    }
    expect((await send(server.port, 'GET', `/launch?x=1&code=${code}`)).status).toBe(200);
  });

  it('accepts the live session among tossed cookies of the same name, and no other', async () => {
    const cookie = await signIn(server.launchUrl());
    const [name] = cookie.split('=');
    const tossed = `${name}=${'a'.repeat(64)}`;
    expect((await ping(`${tossed}; ${cookie}`)).status).toBe(200);
    expect((await ping(`${cookie}; ${tossed}`)).status).toBe(200);
    expect((await ping(`${tossed}; other=1`)).status).toBe(403);
  });

  it('prints a fresh launch link for a browser without a session, at most once per interval', async () => {
    const printed: string[] = [];
    const fresh = await startServer({
      handlers: countingHandlers,
      rendererDir: join(root, 'renderer'),
      signIn: { announce: (url) => printed.push(url) },
    });
    try {
      await send(fresh.port, 'GET', '/');
      await send(fresh.port, 'GET', '/');
      await send(fresh.port, 'GET', '/launch?code=spent');
      expect(printed).toHaveLength(1);
      const link = printed[0] ?? '';
      expect(link).toMatch(new RegExp(`^${fresh.url}launch\\?code=[0-9a-f]{64}$`));
      const cookie = await signIn(link);
      expect((await send(fresh.port, 'GET', '/', { Cookie: cookie })).status).toBe(200);
    } finally {
      await fresh.close();
    }
  });

  it('prints one only when a page is opened, not for assets or API calls', async () => {
    const printed: string[] = [];
    const other = await startServer({
      handlers: countingHandlers,
      rendererDir: join(root, 'renderer'),
      signIn: { announce: (url) => printed.push(url), renewIntervalMs: 0 },
    });
    try {
      await send(other.port, 'GET', '/assets/app.js');
      await send(other.port, 'POST', '/api/app.ping', { 'Content-Type': 'application/json' }, '{}');
      await send(other.port, 'HEAD', '/');
      expect(printed).toEqual([]);
      await send(other.port, 'GET', '/');
      await send(other.port, 'GET', '/index.html');
      expect(printed).toHaveLength(2);
    } finally {
      await other.close();
    }
  });

  it('keeps sessions per host: a session of one port opens nothing on another', async () => {
    const other = await startServer({
      handlers: countingHandlers,
      rendererDir: join(root, 'renderer'),
    });
    try {
      const here = await signIn(server.launchUrl());
      const value = here.split('=')[1] ?? '';
      const borrowed = await send(
        other.port,
        'POST',
        '/api/app.ping',
        { 'Content-Type': 'application/json', Cookie: `etom-session-${other.port}=${value}` },
        '{}',
      );
      expect(borrowed.status).toBe(403);
      const there = await signIn(other.launchUrl());
      expect(there.startsWith(`etom-session-${other.port}=`)).toBe(true);
      // The second host's cookie has its own name, so the first browser stays signed in.
      expect((await ping(here)).status).toBe(200);
    } finally {
      await other.close();
    }
  });
});
