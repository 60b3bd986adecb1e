import { chmod, mkdir, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostFailure } from '../../../../../shared/ipc/errors';
import { MAX_LISTED_FOLDERS } from '../../../../../shared/ipc/methods/folder-methods';
import { folderFailure } from '../../../../../main/services/folders/folder-errors';
import { listFolders, makeFolder } from '../../../../../main/services/folders/folder-listing';
import { makeTempDir } from '../../../../fixtures/workspace-builder';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-folders-'));
});
afterEach(() => cleanup());

/** The HostError a call fails with. */
async function failureOf(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    if (error instanceof HostFailure) return error.error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('listFolders', () => {
  it('lists the sub-folders only, by name (numbers in order, case ignored), hidden ones marked', async () => {
    for (const name of ['beta', 'Alpha', 'item 10', 'item 9', '.config']) {
      await mkdir(path.join(dir, name));
    }
    await writeFile(path.join(dir, 'notes.txt'), 'not a folder');
    await symlink(path.join(dir, 'beta'), path.join(dir, 'beta-link'));
    await symlink(path.join(dir, 'gone'), path.join(dir, 'broken-link'));

    const listing = await listFolders(dir);
    expect(listing.path).toBe(path.resolve(dir));
    expect(listing.parent).toBe(path.dirname(path.resolve(dir)));
    expect(listing.omitted).toBe(0);
    expect(listing.folders.map((f) => f.name)).toEqual([
      '.config',
      'Alpha',
      'beta',
      'beta-link',
      'item 9',
      'item 10',
    ]);
    expect(listing.folders.find((f) => f.name === '.config')).toEqual({
      name: '.config',
      path: path.join(dir, '.config'),
      hidden: true,
    });
    expect(listing.folders.filter((f) => f.hidden)).toHaveLength(1);
  });

  it('has no parent at the root of the file system', async () => {
    const root = await listFolders(path.parse(dir).root);
    expect(root.parent).toBeNull();
    expect(root.folders.length).toBeGreaterThan(0);
  });

  it('keeps a huge folder to a bounded answer and counts the rest', async () => {
    const count = MAX_LISTED_FOLDERS + 25;
    await Promise.all(
      Array.from({ length: count }, (_, i) =>
        mkdir(path.join(dir, `f${String(i).padStart(5, '0')}`)),
      ),
    );
    const listing = await listFolders(dir);
    expect(listing.folders).toHaveLength(MAX_LISTED_FOLDERS);
    expect(listing.omitted).toBe(25);
    expect(listing.folders[0]?.name).toBe('f00000');
  });

  it('names the folder when it does not exist or is a file', async () => {
    const missing = path.join(dir, 'missing');
    expect(await failureOf(() => listFolders(missing))).toEqual({
      code: 'NOT_FOUND',
      message: `The folder ${missing} does not exist.`,
      file: missing,
      osCode: 'ENOENT',
    });
    const file = path.join(dir, 'notes.txt');
    await writeFile(file, 'x');
    expect(await failureOf(() => listFolders(file))).toEqual({
      code: 'INVALID_ARGUMENT',
      message: `${file} is a file, not a folder.`,
      file,
      osCode: 'ENOTDIR',
    });
  });

  // Root reads every folder whatever its mode, so this runs only as another user (CI).
  it.skipIf(process.getuid?.() === 0)('names a folder it may not read (EACCES)', async () => {
    const locked = path.join(dir, 'locked');
    await mkdir(locked);
    await chmod(locked, 0o000);
    try {
      expect(await failureOf(() => listFolders(locked))).toMatchObject({
        code: 'FORBIDDEN',
        message: `You are not allowed to open the folder ${locked}.`,
        file: locked,
        osCode: 'EACCES',
      });
    } finally {
      await chmod(locked, 0o700);
    }
  });

  it('turns an EACCES error as Node raises it into a failure naming the folder', () => {
    // Where the tests run as root (here) no real EACCES can be provoked; this is Node's shape.
    const raised = Object.assign(new Error("EACCES: permission denied, opendir '/srv/x'"), {
      code: 'EACCES',
      errno: -13,
      syscall: 'opendir',
      path: '/srv/x',
    });
    expect(folderFailure(raised, '/srv/x').error).toEqual({
      code: 'FORBIDDEN',
      message: 'You are not allowed to open the folder /srv/x.',
      file: '/srv/x',
      osCode: 'EACCES',
    });
    expect(folderFailure(new Error('odd'), '/srv/y').error).toMatchObject({
      code: 'IO_ERROR',
      message: 'The folder /srv/y could not be read: odd',
      file: '/srv/y',
    });
  });
});

describe('makeFolder', () => {
  it('makes a new folder and never reuses an existing one', async () => {
    const made = await makeFolder(dir, 'Project X');
    expect(made).toEqual({ name: 'Project X', path: path.join(dir, 'Project X'), hidden: false });
    expect((await stat(made.path)).isDirectory()).toBe(true);
    expect(await failureOf(() => makeFolder(dir, 'Project X'))).toMatchObject({
      code: 'ALREADY_EXISTS',
      file: made.path,
      osCode: 'EEXIST',
    });
  });

  it('names the parent when it is missing or a file, and makes nothing', async () => {
    const missing = path.join(dir, 'missing');
    expect(await failureOf(() => makeFolder(missing, 'x'))).toMatchObject({
      code: 'NOT_FOUND',
      message: `The folder ${missing} does not exist.`,
    });
    const file = path.join(dir, 'file');
    await writeFile(file, '');
    expect(await failureOf(() => makeFolder(file, 'x'))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: `${file} is a file, not a folder.`,
    });
    expect((await readdir(dir)).sort()).toEqual(['file']);
  });
});
