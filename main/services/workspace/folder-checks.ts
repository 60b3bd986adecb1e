import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { HostFailure } from '../../../shared/ipc/errors';
import type { FolderInfo } from '../../../shared/ipc/methods/workspace-methods';
import { decodeUtf8 } from '../../../shared/codecs/safe-json';
import { WORKSPACE_FILES } from '../../../shared/model/document';
import { validateFileText } from '../../../shared/model/validate';
import { resolveInside } from './path-confinement';
import { readFileLimited } from './read-limited';

async function statOrNull(target: string): Promise<Awaited<ReturnType<typeof stat>> | null> {
  try {
    return await stat(target);
  } catch {
    return null;
  }
}

interface WorkspaceFileState {
  name: string | null;
  /** Set when workspace.json exists but cannot be used: the file, the place and why. */
  problem: string | null;
}

/** What the workspace.json in `folder` says: its name, or why it cannot be read. */
async function workspaceFileIn(folder: string): Promise<WorkspaceFileState> {
  try {
    const file = await resolveInside(folder, WORKSPACE_FILES.workspace);
    const bytes = await readFileLimited(file, WORKSPACE_FILES.workspace);
    if (bytes === null) return { name: null, problem: null };
    const text = decodeUtf8(bytes, WORKSPACE_FILES.workspace);
    const name = validateFileText('workspace', text, WORKSPACE_FILES.workspace).value.name;
    return { name, problem: null };
  } catch (error) {
    if (error instanceof HostFailure) {
      const { file, jsonPath, message } = error.error;
      const where = [file, jsonPath].filter(Boolean).join(', ');
      return { name: null, problem: message.startsWith(where) ? message : `${where}: ${message}` };
    }
    return { name: null, problem: `${WORKSPACE_FILES.workspace}: ${String(error)}` };
  }
}

/** What a folder is, for the create / open / copy dialogs. Never throws for a bad path. */
export async function inspectFolder(folderPath: string): Promise<FolderInfo> {
  const absolute = path.resolve(folderPath);
  const stats = await statOrNull(absolute);
  const parent = await statOrNull(path.dirname(absolute));
  const isDirectory = stats?.isDirectory() ?? false;
  const entries = isDirectory ? await readdir(absolute).catch(() => null) : null;
  const workspace = isDirectory ? await workspaceFileIn(absolute) : { name: null, problem: null };
  return {
    path: absolute,
    exists: stats !== null,
    isDirectory,
    isWorkspace: workspace.name !== null,
    isEmpty: entries !== null && entries.length === 0,
    parentExists: parent?.isDirectory() ?? false,
    workspaceName: workspace.name,
    workspaceProblem: workspace.problem,
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
