import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { HostFailure } from '../../shared/ipc/errors';
import type { FolderInfo } from '../../shared/ipc/methods/workspace-methods';
import { decodeUtf8 } from '../../shared/codecs/safe-json';
import { WORKSPACE_FILES } from '../../shared/model/document';
import { validateFileText } from '../../shared/model/validate';
import { resolveInside } from './path-confinement';
import { readFileLimited } from './read-limited';

async function statOrNull(target: string): Promise<Awaited<ReturnType<typeof stat>> | null> {
  try {
    return await stat(target);
  } catch {
    return null;
  }
}

/** The name of the workspace in `folder`, or null when it holds no readable workspace.json. */
async function workspaceNameIn(folder: string): Promise<string | null> {
  try {
    const file = await resolveInside(folder, WORKSPACE_FILES.workspace);
    const bytes = await readFileLimited(file, WORKSPACE_FILES.workspace);
    if (bytes === null) return null;
    const text = decodeUtf8(bytes, WORKSPACE_FILES.workspace);
    return validateFileText('workspace', text, WORKSPACE_FILES.workspace).value.name;
  } catch {
    return null;
  }
}

/** What a folder is, for the create / open / copy dialogs. Never throws for a bad path. */
export async function inspectFolder(folderPath: string): Promise<FolderInfo> {
  const absolute = path.resolve(folderPath);
  const stats = await statOrNull(absolute);
  const parent = await statOrNull(path.dirname(absolute));
  const isDirectory = stats?.isDirectory() ?? false;
  const entries = isDirectory ? await readdir(absolute).catch(() => null) : null;
  const workspaceName = isDirectory ? await workspaceNameIn(absolute) : null;
  return {
    path: absolute,
    exists: stats !== null,
    isDirectory,
    isWorkspace: workspaceName !== null,
    isEmpty: entries !== null && entries.length === 0,
    parentExists: parent?.isDirectory() ?? false,
    workspaceName,
  };
}

/**
 * Checks that a new workspace may be written at `folderPath`: the folder is empty or does not
 * exist yet, and its parent exists. Returns the absolute path.
 */
export async function checkNewWorkspaceFolder(folderPath: string): Promise<string> {
  const info = await inspectFolder(folderPath);
  if (!info.parentExists) {
    throw new HostFailure({
      code: 'NOT_FOUND',
      message: `The folder ${path.dirname(info.path)} does not exist; choose a folder inside an existing one.`,
      file: info.path,
    });
  }
  if (info.exists && !info.isDirectory) {
    throw new HostFailure({
      code: 'ALREADY_EXISTS',
      message: `${info.path} is a file, not a folder.`,
      file: info.path,
    });
  }
  if (info.exists && !info.isEmpty) {
    throw new HostFailure({
      code: 'NOT_EMPTY',
      message: `${info.path} is not empty; a new workspace needs an empty or new folder.`,
      file: info.path,
    });
  }
  return info.path;
}
