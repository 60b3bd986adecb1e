import { mkdir } from 'node:fs/promises';
import { WORKSPACE_FILES, type WorkspaceDocument } from '../../../shared/model/document';
import { TEMP_SUFFIX, atomicWrite, type AtomicWriteOptions } from './atomic-write';
import { SAVE_LOCK_NAME, WORKSPACE_LOCK_NAME } from './lock-file';
import { resolveInside } from './path-confinement';
import { documentFiles } from './workspace-files';

/** A new workspace's .gitignore: the lock files and save temps are never part of the model. */
export const WORKSPACE_GITIGNORE = `# eTOM Studio: which instance is editing this workspace, and temp files of saves in progress
${WORKSPACE_LOCK_NAME}
${SAVE_LOCK_NAME}
*${TEMP_SUFFIX}
`;

/**
 * Writes every file of `document` into the new or empty workspace folder `root` (a real
 * path), with a .gitignore for the app's own files. The folder is new or empty, so that never
 * replaces a .gitignore of the user's.
 */
export async function writeNewWorkspaceFiles(
  root: string,
  document: WorkspaceDocument,
  writeOptions: AtomicWriteOptions = {},
): Promise<void> {
  await mkdir(await resolveInside(root, WORKSPACE_FILES.diagramsDir), { recursive: true });
  await atomicWrite(await resolveInside(root, '.gitignore'), WORKSPACE_GITIGNORE, {
    ...writeOptions,
    file: '.gitignore',
  });
  for (const [relative, text] of documentFiles(document)) {
    await atomicWrite(await resolveInside(root, relative), text, {
      ...writeOptions,
      file: relative,
    });
  }
}
