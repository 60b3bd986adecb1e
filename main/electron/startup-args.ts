import { isAbsolute, resolve } from 'node:path';

/**
 * The workspace folder (or bundle file) named on a command line, if any, as an absolute path. Electron puts the
 * executable first and, when unpackaged, the app's folder second; Chromium switches start
 * with `-`. The first remaining argument is the folder.
 */
export function workspaceArgument(
  argv: ReadonlyArray<string>,
  cwd: string,
  isPackaged: boolean,
): string | null {
  const rest = argv.slice(isPackaged ? 1 : 2);
  const candidate = rest.find((arg) => arg !== '' && !arg.startsWith('-'));
  if (candidate === undefined) return null;
  return isAbsolute(candidate) ? resolve(candidate) : resolve(cwd, candidate);
}
