import { chmod, mkdir, stat } from 'node:fs/promises';

/**
 * Makes `path` a folder only its owner can enter (0700), creating it if needed, and returns
 * true when an existing folder had to be closed to other users. The app-data folder holds the
 * recent list, journals of unsaved work and imported packs: with a usual umask (022) a plain
 * mkdir would let every local account read them. Electron's own user-data folder is 0700
 * already; the browser host keeps the same folder the same way. A folder owned by someone else
 * is left alone. Windows has no such mode bits (its per-user folders are private by ACL).
 */
export async function ensurePrivateFolder(path: string): Promise<boolean> {
  await mkdir(path, { recursive: true, mode: 0o700 });
  if (process.platform === 'win32') return false;
  const info = await stat(path);
  const mine = process.getuid?.() === info.uid;
  if (!mine || (info.mode & 0o077) === 0) return false;
  await chmod(path, info.mode & 0o700);
  return true;
}
