import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOST_METHODS } from '../../../../shared/ipc/contract';
import { HostFailure } from '../../../../shared/ipc/errors';
import type { HostResult } from '../../../../shared/ipc/errors';
import {
  composeHostHandlers,
  type ServiceHandlers,
} from '../../../../main/host/compose-host-handlers';
import { FileSettingsBackend } from '../../../../main/services/settings/settings-backend';
import { SettingsService } from '../../../../main/services/settings/settings-service';
import { CONTENT_SECURITY_POLICY } from '../../../../main/services/app/security-headers';
import { startServer, type RunningServer } from '../../../../main/browser-host/server';
import { signIn } from '../../../support/http-client';

// The domain services are not what this suite tests: their methods answer UNSUPPORTED here.
const noServices = Object.fromEntries(
  Object.keys(HOST_METHODS).map((name) => [
    name,
    () => Promise.reject(new HostFailure({ code: 'UNSUPPORTED', message: 'not in this test' })),
  ]),
) as unknown as ServiceHandlers;

let root: string;
let rendererDir: string;
let server: RunningServer;
/** The `Cookie` header of a signed-in browser. */
let session: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'etom-host-'));
  rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>eTOM Studio</title></head><body></body></html>',
  );
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  await writeFile(join(root, 'secret.txt'), 'outside the renderer');
  const settings = new SettingsService(new FileSettingsBackend(join(root, 'data')));
  const handlers = composeHostHandlers({
    host: 'browser',
    version: '9.9.9',
    settings,
    services: noServices,
  });
  server = await startServer({ handlers, rendererDir, maxBodyBytes: 64 * 1024 });
  session = await signIn(server.launchUrl());
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/**
 * A raw HTTP request from a signed-in browser, so the test controls every header (fetch would
 * rewrite Host and Origin). A `Cookie` of '' sends none.
 */
function send(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        method,
        path,
        headers: Object.fromEntries(
          Object.entries({ Host: `127.0.0.1:${server.port}`, Cookie: session, ...headers }).filter(
            ([, value]) => value !== '',
          ),
        ),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function api(name: string, args: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(
    'POST',
    `/api/${name}`,
    { 'Content-Type': 'application/json', ...headers },
    JSON.stringify(args),
  );
}

function result(reply: Reply): HostResult<unknown> {
  return JSON.parse(reply.text) as HostResult<unknown>;
}

function errorCode(reply: Reply): string | undefined {
  const body = result(reply);
  return body.ok ? undefined : body.error.code;
}

describe('browser host API', () => {
  it('listens on 127.0.0.1; its launch links carry a 32-byte code', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.launchUrl()).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/launch\\?code=[0-9a-f]{64}$`),
    );
  });

  it('answers app.info and settings.get for a signed-in caller', async () => {
    const info = await api('app.info', {}, { Origin: `http://127.0.0.1:${server.port}` });
    expect(info.status).toBe(200);
    expect(result(info)).toMatchObject({
      ok: true,
      value: { name: 'eTOM Studio', version: '9.9.9', host: 'browser', nativeDialogs: false },
    });
    const settings = await api('settings.get', {}, { Host: `localhost:${server.port}` });
    expect(result(settings)).toMatchObject({ ok: true, value: { schemaVersion: 1 } });
    expect(info.headers['cache-control']).toBe('no-store');
  });

  it('round-trips a preference change', async () => {
    const changed = await api('settings.setPreferences', { preferences: { theme: 'dark' } });
    expect(result(changed)).toMatchObject({ ok: true, value: { preferences: { theme: 'dark' } } });
    expect(result(await api('settings.get', {}))).toMatchObject({
      value: { preferences: { theme: 'dark' } },
    });
  });

  it('tells the renderer there is no native folder picker', async () => {
    const reply = await api('dialog.pickFolder', { purpose: 'open' });
    expect(reply.status).toBe(200);
    expect(errorCode(reply)).toBe('UNSUPPORTED');
  });

  it('refuses a caller without a live session', async () => {
    const [name = '', value = ''] = session.split('=');
    const attempts: Array<Record<string, string>> = [
      { Cookie: '' },
      { Cookie: `${name}=${'0'.repeat(64)}` },
      { Cookie: `${name}=${value.slice(0, 10)}` },
      { Cookie: `etom-session-${server.port + 1}=${value}` },
      { Cookie: `etom-session=${value}` },
      // The old per-launch token header opens nothing any more.
      { Cookie: '', 'X-Etom-Token': value },
    ];
    for (const headers of attempts) {
      const reply = await api('app.info', {}, headers);
      expect(reply.status, JSON.stringify(headers)).toBe(403);
      expect(errorCode(reply)).toBe('FORBIDDEN');
    }
  });

  it('refuses a foreign Origin and a cross-site fetch', async () => {
    for (const origin of ['https://evil.example', `http://127.0.0.1:${server.port + 1}`, 'null']) {
      expect((await api('app.info', {}, { Origin: origin })).status).toBe(403);
    }
    expect((await api('app.info', {}, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await api('app.info', {}, { 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
  });

  it('refuses a foreign Host, for the API, the page and the launch link', async () => {
    for (const host of [
      `evil.example:${server.port}`,
      '127.0.0.1',
      `127.0.0.1:${server.port}.evil.example`,
    ]) {
      expect((await api('app.info', {}, { Host: host })).status).toBe(403);
      const page = await send('GET', '/', { Host: host });
      expect(page.status).toBe(403);
      expect(page.text).not.toContain('<html');
      const launch = new URL(server.launchUrl());
      const signIn = await send('GET', `${launch.pathname}${launch.search}`, {
        Host: host,
        Cookie: '',
      });
      expect(signIn.status).toBe(403);
      expect(signIn.headers['set-cookie']).toBeUndefined();
    }
  });

  it('answers an unknown method with UNKNOWN_METHOD', async () => {
    for (const name of ['nope', '__proto__', 'constructor', 'toString']) {
      const reply = await api(name, {});
      expect(reply.status).toBe(404);
      expect(errorCode(reply)).toBe('UNKNOWN_METHOD');
    }
  });

  it('answers an invalid payload with a structured INVALID_ARGUMENT', async () => {
    const reply = await api('recent.remove', { path: 42 });
    expect(reply.status).toBe(200);
    const body = result(reply);
    expect(body).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', jsonPath: 'path' },
    });
    const polluting = await send(
      'POST',
      '/api/app.info',
      { 'Content-Type': 'application/json' },
      '{"__proto__":{"polluted":true}}',
    );
    expect(errorCode(polluting)).toBe('INVALID_ARGUMENT');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const notJson = await send(
      'POST',
      '/api/app.info',
      { 'Content-Type': 'application/json' },
      '{"a":',
    );
    expect(notJson.status).toBe(400);
    expect(errorCode(notJson)).toBe('INVALID_ARGUMENT');
  });

  it('requires a JSON content type and POST', async () => {
    const plain = await api('app.info', {}, { 'Content-Type': 'text/plain' });
    expect(plain.status).toBe(415);
    const get = await send('GET', '/api/app.info');
    expect(get.status).toBe(405);
  });

  it('refuses an oversized body with 413', async () => {
    const big = JSON.stringify({ path: 'x'.repeat(100 * 1024) });
    const reply = await api('recent.remove', JSON.parse(big));
    expect(reply.status).toBe(413);
    expect(errorCode(reply)).toBe('TOO_LARGE');
  });

  it('never sends CORS headers', async () => {
    const replies = [
      await api('app.info', {}, { Origin: `http://127.0.0.1:${server.port}` }),
      await api('app.info', {}, { Origin: 'https://evil.example' }),
      await send('OPTIONS', '/api/app.info', {
        Origin: 'https://evil.example',
        'Access-Control-Request-Method': 'POST',
      }),
      await send('GET', '/'),
    ];
    for (const reply of replies) {
      expect(
        Object.keys(reply.headers).filter((name) => name.startsWith('access-control-')),
      ).toEqual([]);
    }
  });
});

describe('browser host static files', () => {
  it('serves index.html as built, with no secret in it, the CSP and no-store', async () => {
    for (const path of ['/', '/index.html']) {
      const page = await send('GET', path);
      expect(page.status).toBe(200);
      expect(page.text).toBe(
        '<!doctype html><html><head><meta charset="utf-8"><title>eTOM Studio</title></head><body></body></html>',
      );
      expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['referrer-policy']).toBe('no-referrer');
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    }
  });

  it('serves assets with their type', async () => {
    const script = await send('GET', '/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.text).toBe('console.log("app");');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses path traversal in every spelling', async () => {
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/%00/index.html',
      '/%ZZ',
      `/${join(root, 'secret.txt')}`,
    ];
    for (const path of attempts) {
      const reply = await send('GET', path);
      expect([400, 403, 404], path).toContain(reply.status);
      expect(reply.text, path).not.toContain('outside the renderer');
    }
  });

  it('does not follow a symlink out of the renderer folder', async () => {
    const { symlink } = await import('node:fs/promises');
    await symlink(join(root, 'secret.txt'), join(rendererDir, 'link.txt'));
    const reply = await send('GET', '/link.txt');
    expect(reply.status).toBe(403);
    expect(reply.text).not.toContain('outside the renderer');
  });

  it('answers 404 for a missing file and 405 for a write', async () => {
    expect((await send('GET', '/missing.js')).status).toBe(404);
    expect((await send('GET', '/assets')).status).toBe(404);
    expect((await send('PUT', '/index.html', {}, 'x')).status).toBe(405);
  });
});
