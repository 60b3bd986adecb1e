import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { HostFailure } from '../../../shared/ipc/errors';
import type { FolderInfo } from '../../../shared/ipc/methods/workspace-methods';
import { WORKSPACE_FILES } from '../../../shared/model/document';
import { FILE_MAX_BYTES } from '../../../shared/model/file-limits';
import type { WorkspaceFile } from '../../../shared/model/workspace-schema';
import { readJsonFile } from './json-file';
import { resolveInside } from './path-confinement';

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

/**
 * What the workspace.json in `folder` says: its name, or why it cannot be read. The Open
 * dialog asks on every keystroke, so this reads at most LIMITS.maxWorkspaceFileBytes and never
 * opens what is not a regular file.
 */
async function workspaceFileIn(folder: string): Promise<WorkspaceFileState> {
  try {
    const outcome = await readJsonFile({
      kind: 'workspace',
      path: await resolveInside(folder, WORKSPACE_FILES.workspace),
      file: WORKSPACE_FILES.workspace,
      maxBytes: FILE_MAX_BYTES.workspace,
    });
    if (outcome.ok === null) return { name: null, problem: null };
    if (!outcome.ok) throw new HostFailure(outcome.error);
    return { name: (outcome.value as WorkspaceFile).name, problem: null };
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
