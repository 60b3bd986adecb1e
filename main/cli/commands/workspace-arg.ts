import { realpath } from 'node:fs/promises';
import { createCatalogue, type FrameworkCatalogue } from '../../../shared/etom/catalogue';
import { HostFailure, type HostError } from '../../../shared/ipc/errors';
import type { WorkspaceDocument } from '../../../shared/model/document';
import { readWorkspace } from '../../services/workspace/workspace-reader';
import type { CliIo } from '../cli-io';
import { findPack } from '../find-pack';

/**
 * Reads the workspace a command names and the catalogue of its framework pack. A problem in a
 * file is reported with the folder as given and the file inside it; a diagram file that cannot
 * be read is left out with a warning on standard error.
 */
export async function loadWorkspaceArg(
  dir: string,
  io: CliIo,
): Promise<{
  document: WorkspaceDocument;
  catalogue: FrameworkCatalogue;
  /** Diagram files that could not be read, by workspace-relative path (already reported). */
  problems: ReadonlyMap<string, HostError>;
}> {
  let root: string;
  try {
    root = await realpath(dir);
  } catch {
    throw new HostFailure({ code: 'NOT_FOUND', message: `${dir}: no such folder`, file: dir });
  }
  let document: WorkspaceDocument;
  let problems: ReadonlyMap<string, HostError>;
  try {
    ({ document, problems } = await readWorkspace(root));
  } catch (error) {
    if (error instanceof HostFailure) {
      const where = error.error.file === undefined ? dir : `${dir}/${error.error.file}`;
      throw new HostFailure({ ...error.error, message: `${where}: ${error.error.message}` });
    }
    throw error;
  }
  // A diagram file that cannot be read is left out, as the app does: say so, never silently.
  for (const [file, problem] of problems) {
    io.stderr(`warning: ${dir}/${file} is left out: ${problem.message}\n`);
  }
  const pack = await findPack(document.workspace.framework.pack, io);
  return { document, catalogue: createCatalogue(pack), problems };
}
