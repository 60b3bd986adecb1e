import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../services/app/security-headers';
import { lookupStatic } from '../browser-host/static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'etom';
/** Where the packaged renderer is shown; the IPC transport trusts this origin. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Must run before the app is ready. A standard, secure scheme gives the renderer a real origin
 * (unlike file://, which shares one with every local file), so 'self' in the CSP means the app
 * and nothing else, and the file-protocol fuse can stay off.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the renderer build at app://etom/ with the same path confinement and security headers
 * as the browser host: no `..`, no symlinks out of the folder, the CSP on every response.
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') {
      return new Response('Not found', { status: 404 });
    }
    const found = await lookupStatic(rendererDir, url.pathname);
    if (found.kind === 'refused') return new Response('Not served', { status: found.status });
    const body = await readFile(found.path);
    return new Response(body, {
      status: 200,
      headers: {
        ...SECURITY_HEADERS,
        'Content-Type': found.contentType,
        'Cache-Control': found.isIndex ? 'no-store' : 'no-cache',
      },
    });
  });
}
