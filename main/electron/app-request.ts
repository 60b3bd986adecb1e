import { readFile } from 'node:fs/promises';
import { lookupStatic } from '../browser-host/static-files';
import { SECURITY_HEADERS } from '../services/app/security-headers';

export const APP_SCHEME = 'app';
export const APP_HOST = 'etom';
/** Where the packaged renderer is shown; the IPC transport trusts this origin. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * The answer to one app:// request, without Electron (so it is tested on real files): a file
 * of the renderer build under `rendererDir`, with its type and the security headers, or a
 * refusal. The confinement is the browser host's (`lookupStatic`): no `..` in any spelling,
 * no NUL or backslash, nothing whose real path (after symlinks) leaves the folder.
 */
export async function answerAppRequest(rendererDir: string, request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || request.method !== 'GET') {
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
}
