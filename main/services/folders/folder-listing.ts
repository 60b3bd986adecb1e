import { mkdir, opendir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import {
  MAX_LISTED_FOLDERS,
  type FolderEntry,
  type FolderListing,
} from '../../../shared/ipc/methods/folder-methods';
import { folderFailure } from './folder-errors';

const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** True when `entry` (a symbolic link) leads to a folder; a broken link is not one. */
async function linksToFolder(target: string): Promise<boolean> {
  try {
    return (await stat(target)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The sub-folders of `folder` (an absolute path, or one resolved against the working folder),
 * sorted by name; links to folders count as folders. Fails with a HostFailure naming the folder
 * when it does not exist, is a file or may not be read. At most MAX_LISTED_FOLDERS are returned;
 * the rest are counted in `omitted`.
 */
export async function listFolders(folder: string): Promise<FolderListing> {
  const absolute = path.resolve(folder);
  const found: FolderEntry[] = [];
  try {
    // opendir also refuses a file (ENOTDIR) before anything is read.
    const dir = await opendir(absolute);
    for await (const entry of dir) {
      const full = path.join(absolute, entry.name);
      const isFolder =
        entry.isDirectory() || (entry.isSymbolicLink() && (await linksToFolder(full)));
      if (isFolder)
        found.push({ name: entry.name, path: full, hidden: entry.name.startsWith('.') });
    }
  } catch (error) {
    throw folderFailure(error, absolute);
  }
  found.sort((a, b) => byName.compare(a.name, b.name));
  const parent = path.dirname(absolute);
  return {
    path: absolute,
    parent: parent === absolute ? null : parent,
    folders: found.slice(0, MAX_LISTED_FOLDERS),
    omitted: Math.max(0, found.length - MAX_LISTED_FOLDERS),
  };
}

/**
 * Makes the folder `name` (one segment, already checked by the method's schema) inside
 * `parent`. Never reuses an existing folder: that is ALREADY_EXISTS, naming it.
 */
export async function makeFolder(parent: string, name: string): Promise<FolderEntry> {
  const inside = path.resolve(parent);
  const target = path.join(inside, name);
  // A name that path.join would normalise away (`a/..`) never gets here; check anyway.
  if (path.dirname(target) !== inside) throw folderFailure({ code: 'EINVAL' }, target);
  try {
    const parentStats = await stat(inside);
    if (!parentStats.isDirectory())
      throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    throw folderFailure(error, inside);
  }
  try {
    await mkdir(target);
  } catch (error) {
    throw folderFailure(error, target);
  }
  return { name, path: target, hidden: name.startsWith('.') };
}
