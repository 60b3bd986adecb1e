import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupStatic } from '../../../../main/browser-host/static-files';
import { answerAppRequest, APP_ORIGIN } from '../../../../main/electron/app-request';
import { CONTENT_SECURITY_POLICY } from '../../../../main/services/app/security-headers';
import { reportFigures } from '../../../support/scorecard';

// RELIABILITY.md F.28: the app:// handler of the desktop app, on real files in a temp folder.
// Only Electron's `protocol.handle` glue (main/electron/app-protocol.ts) is left out: it hands
// each request to answerAppRequest unchanged.

const SECRET = 'outside the renderer';

let root = '';
let rendererDir = '';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'etom-app-request-'));
  rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets', 'empty'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  await writeFile(join(rendererDir, 'assets', 'app.css'), 'body{}');
  await writeFile(join(rendererDir, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(join(rendererDir, 'assets', 'icon.png'), Buffer.from([0x89, 0x50]));
  await writeFile(join(rendererDir, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f]));
  await writeFile(join(rendererDir, 'assets', 'data.json'), '{}');
  await writeFile(join(rendererDir, 'assets', 'blob.bin'), Buffer.from([0]));
  await writeFile(join(rendererDir, '%2e%2e'), 'a file named like an encoded dot-dot');
  // What must never be served: a file beside the renderer folder, a folder whose name starts
  // like it, and a folder elsewhere reached through symlinks placed inside the renderer folder.
  await writeFile(join(root, 'secret.txt'), SECRET);
  await mkdir(join(root, 'renderer-sibling'));
  await writeFile(join(root, 'renderer-sibling', 'secret.txt'), SECRET);
  await mkdir(join(root, 'elsewhere'));
  await writeFile(join(root, 'elsewhere', 'secret.txt'), SECRET);
  await symlink(join(root, 'secret.txt'), join(rendererDir, 'assets', 'leak.js'));
  await symlink(join(root, 'elsewhere'), join(rendererDir, 'assets', 'out'));
  await symlink(join(rendererDir, 'assets', 'app.js'), join(rendererDir, 'assets', 'alias.js'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function get(url: string, method = 'GET'): Promise<{ status: number; text: string }> {
  const response = await answerAppRequest(rendererDir, new Request(url, { method }));
  return { status: response.status, text: await response.text() };
}

/** Requests as a page could make them, each meant to reach a file outside the renderer. */
const ATTEMPTS: ReadonlyArray<string> = [
  '/../secret.txt',
  '/assets/../../secret.txt',
  '/%2e%2e/secret.txt',
  '/%2E%2E/secret.txt',
  '/.%2e/secret.txt',
  '/%2e%2e%2fsecret.txt',
  '/%2E%2E%2Fsecret.txt',
  '/..%2fsecret.txt',
  '/assets/..%2f..%2fsecret.txt',
  '/%252e%252e%252fsecret.txt',
  '/%252e%252e/secret.txt',
  '/..%5csecret.txt',
  '/assets%5c..%5c..%5csecret.txt',
  '/..\\secret.txt',
  '/../renderer-sibling/secret.txt',
  '/%2e%2e/renderer-sibling/secret.txt',
  '//etc/passwd',
  '/%2fetc%2fpasswd',
  `/${'x'}${'/..'.repeat(8)}/etc/passwd`,
  '/C:/Windows/win.ini',
  '/C:%5cWindows%5cwin.ini',
  '/secret.txt%00.js',
  '/%00/index.html',
  '/index.html%00',
  '/%ZZ',
  '/assets/leak.js',
  '/assets/out/secret.txt',
  '/assets/out/../../secret.txt',
  '/assets/out%2f..%2f..%2fsecret.txt',
];

describe('answerAppRequest (app://, RELIABILITY F.28)', () => {
  it('serves the renderer files with their type and the security headers', async () => {
    const expected: Array<[string, string]> = [
      ['/', 'text/html; charset=utf-8'],
      ['/index.html', 'text/html; charset=utf-8'],
      ['/assets/app.js', 'text/javascript; charset=utf-8'],
      ['/assets/app.css', 'text/css; charset=utf-8'],
      ['/assets/logo.svg', 'image/svg+xml'],
      ['/assets/icon.png', 'image/png'],
      ['/assets/font.woff2', 'font/woff2'],
      ['/assets/data.json', 'application/json; charset=utf-8'],
      ['/assets/blob.bin', 'application/octet-stream'],
      // A symlink that stays inside the folder is an ordinary file of the build.
      ['/assets/alias.js', 'text/javascript; charset=utf-8'],
      // A query or fragment is not part of the file name.
      ['/assets/app.js?v=1#x', 'text/javascript; charset=utf-8'],
      // Decoded once: %252e%252e names the file called "%2e%2e", which is inside.
      ['/%252e%252e', 'application/octet-stream'],
    ];
    for (const [path, type] of expected) {
      const response = await answerAppRequest(rendererDir, new Request(`${APP_ORIGIN}${path}`));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
      expect(response.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    const page = await answerAppRequest(rendererDir, new Request(`${APP_ORIGIN}/`));
    expect(await page.text()).toContain('<title>app</title>');
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses every request for a file outside the renderer folder', async () => {
    const served: string[] = [];
    for (const path of ATTEMPTS) {
      const { status, text } = await get(`${APP_ORIGIN}${path}`);
      expect([400, 403, 404], path).toContain(status);
      expect(text, path).not.toContain(SECRET);
      if (status === 200 || text.includes(SECRET)) served.push(path);
    }
    reportFigures('F.28', 'app:// requests for files outside the renderer (real files)', {
      attempts: ATTEMPTS.length,
      refused: `${ATTEMPTS.length - served.length}/${ATTEMPTS.length}`,
    });
    expect(served).toEqual([]);
  });

  it('answers a symlink out of the folder with 403, and a folder or a missing file with 404', async () => {
    expect((await get(`${APP_ORIGIN}/assets/leak.js`)).status).toBe(403);
    expect((await get(`${APP_ORIGIN}/assets/out/secret.txt`)).status).toBe(403);
    expect((await get(`${APP_ORIGIN}/assets`)).status).toBe(404);
    expect((await get(`${APP_ORIGIN}/assets/`)).status).toBe(404);
    expect((await get(`${APP_ORIGIN}/assets/empty`)).status).toBe(404);
    expect((await get(`${APP_ORIGIN}/assets/missing.js`)).status).toBe(404);
  });

  it('answers only GET requests to app://etom', async () => {
    expect((await get(`${APP_ORIGIN}/index.html`, 'POST')).status).toBe(404);
    expect((await get(`${APP_ORIGIN}/index.html`, 'PUT')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://etom.evil.example/index.html')).status).toBe(404);
    expect((await get('other://etom/index.html')).status).toBe(404);
  });
});

describe('lookupStatic with paths no URL parser normalised', () => {
  // Chromium and Node resolve plain and %2e dot segments of a URL before the handler sees it;
  // the resolver must refuse them anyway, whatever parser delivered the path.
  it('refuses raw dot-dot segments, NUL and backslashes', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2E%2E/%2E%2E/secret.txt',
      '/../renderer-sibling/secret.txt',
      '/..\\secret.txt',
      '/index.html\0',
      `/${join(root, 'secret.txt')}`,
      '/assets/out/../../secret.txt',
    ]) {
      expect((await lookupStatic(rendererDir, path)).kind, path).toBe('refused');
    }
  });
});
