import { lstat, realpath } from 'node:fs/promises';
import * as path from 'node:path';
import { HostFailure } from '../../../shared/ipc/errors';

/**
 * What a segment of a workspace-relative path may hold. Our files are `workspace.json`,
 * `diagrams/<slug>.json` and their temps, so an allowlist is both enough and the safest
 * choice: it refuses drive letters and `file:` (`:`), UNC and Windows separators (`\`),
 * URL-encoded forms (`%`), NUL and other control characters, without decoding anything.
 */
const SEGMENT = /^[A-Za-z0-9._-]+$/;
const MAX_RELATIVE_LENGTH = 1024;

function outside(relative: string, reason: string): HostFailure {
  const shown = JSON.stringify(relative.slice(0, 200));
  return new HostFailure({
    code: 'OUTSIDE_WORKSPACE',
    message: `The path ${shown} is not inside the workspace: ${reason}.`,
    file: relative.slice(0, 200),
  });
}

function isInside(root: string, candidate: string): boolean {
  if (candidate === root) return true;
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  return candidate.startsWith(prefix);
}

function codeOf(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}

/**
 * Resolves a workspace-relative path (forward slashes, e.g. `diagrams/a.json`) to an absolute
 * path that is certainly inside `root`, or throws OUTSIDE_WORKSPACE. The path is checked as
 * text first (no `..`, `.`, empty, absolute or oddly-charactered segments), then by realpath:
 * the deepest existing part is resolved through every symlink and must stay under the root's
 * real path, so a symlink leading out is refused, and `/ws-evil` never passes for `/ws`.
 * A dangling symlink is refused too: writing through it could create a file anywhere.
 * Returns the real path of what exists plus the not-yet-existing rest.
 */
export async function resolveInside(root: string, relative: string): Promise<string> {
  if (typeof relative !== 'string' || relative === '')
    throw outside(String(relative), 'it is empty');
  if (relative.length > MAX_RELATIVE_LENGTH) throw outside(relative, 'it is too long');
  const segments = relative.split('/');
  for (const segment of segments) {
    if (segment === '') throw outside(relative, 'it is absolute or has an empty part');
    if (segment === '.' || segment === '..') throw outside(relative, `it has a "${segment}" part`);
    if (!SEGMENT.test(segment))
      throw outside(relative, 'it has characters a workspace file never has');
  }
  const realRoot = await realpath(root);
  const joined = path.join(realRoot, ...segments);

  // Walk up to the deepest part that exists, then resolve it through every symlink.
  let existing = joined;
  const missing: string[] = [];
  for (;;) {
    try {
      existing = await realpath(existing);
      break;
    } catch (error) {
      if (codeOf(error) !== 'ENOENT' && codeOf(error) !== 'ENOTDIR')
        throw outside(relative, 'it cannot be resolved');
      const isDangling = await lstat(existing).then(
        (stats) => stats.isSymbolicLink(),
        () => false,
      );
      if (isDangling) throw outside(relative, 'it goes through a symbolic link that leads nowhere');
      missing.unshift(path.basename(existing));
      const parent = path.dirname(existing);
      if (parent === existing || !isInside(realRoot, parent))
        throw outside(relative, 'it cannot be resolved');
      existing = parent;
    }
  }
  const resolved = path.join(existing, ...missing);
  if (!isInside(realRoot, resolved) || resolved === realRoot) {
    throw outside(relative, 'it leads out of the workspace folder');
  }
  return resolved;
}
