import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** What a static request resolves to: a file inside the root, or a status to answer with. */
export type StaticLookup =
  | { kind: 'file'; path: string; contentType: string; isIndex: boolean }
  | { kind: 'refused'; status: number };

/**
 * Maps a URL path to a file under `root`. Refuses encoded or plain `..` segments, NUL,
 * backslashes and anything whose real path (after symlinks) leaves the root.
 */
export async function lookupStatic(root: string, urlPath: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'refused', status: 400 };
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..')) return { kind: 'refused', status: 403 };
  const wanted = decoded === '/' || decoded === '' ? '/index.html' : decoded;
  const realRoot = await realpath(root).catch(() => null);
  if (realRoot === null) return { kind: 'refused', status: 404 };
  const candidate = resolve(realRoot, `.${wanted}`);
  if (!isInside(realRoot, candidate)) return { kind: 'refused', status: 403 };
  const real = await realpath(candidate).catch(() => null);
  if (real === null) return { kind: 'refused', status: 404 };
  if (!isInside(realRoot, real)) return { kind: 'refused', status: 403 };
  const info = await stat(real);
  if (!info.isFile()) return { kind: 'refused', status: 404 };
  const contentType = CONTENT_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream';
  return { kind: 'file', path: real, contentType, isIndex: wanted === '/index.html' };
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
