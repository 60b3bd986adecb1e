import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ensurePrivateFolder } from './private-folder';

/**
 * The launch link, as a page only its owner can read, for `--open`. A browser started with the
 * link itself would show its code to every local account in the process list (`ps`), and
 * another account could use it first; the path of this file is all the command line shows.
 * It lives in a 0700 folder of the app-data folder and is itself 0600; the page moves on to
 * the launch link at once.
 */
export async function writeLaunchFile(
  appDataDir: string,
  port: number,
  launchUrl: string,
): Promise<string> {
  const folder = join(appDataDir, 'launch');
  await ensurePrivateFolder(folder);
  const path = join(folder, `open-${port}.html`);
  // A file left by a host that was killed is replaced, never reused: remove, then create anew.
  await rm(path, { force: true });
  const href = launchUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  await writeFile(
    path,
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
      `<meta http-equiv="refresh" content="0; url=${href}"><title>eTOM Studio</title></head>` +
      `<body><p><a href="${href}">Open eTOM Studio</a></p></body></html>\n`,
    { mode: 0o600, flag: 'wx' },
  );
  return path;
}

/** Removes the launch file once its code is spent or the host stops. */
export async function removeLaunchFile(path: string): Promise<void> {
  await rm(path, { force: true });
}
