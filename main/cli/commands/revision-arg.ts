import { realpath } from 'node:fs/promises';
import { createCatalogue } from '../../../shared/etom/catalogue';
import { HostFailure } from '../../../shared/ipc/errors';
import { readWorkspaceAtRevision } from '../../services/git/revision-workspace';
import type { CliIo } from '../cli-io';
import { findPack } from '../find-pack';
import type { loadWorkspaceArg } from './workspace-arg';

/**
 * The workspace in `dir` as it was at `revision`, read from git with the app's loader, and its
 * pack's catalogue: as loadWorkspaceArg, with a diagram that cannot be read left out (warned).
 */
export async function loadRevisionArg(
  dir: string,
  revision: string,
  io: CliIo,
): ReturnType<typeof loadWorkspaceArg> {
  const root = await realpath(dir).catch(() => {
    throw new HostFailure({ code: 'NOT_FOUND', message: `${dir}: no such folder`, file: dir });
  });
  const read = await readWorkspaceAtRevision(root, revision);
  for (const problem of read.problems.values()) {
    io.stderr(`warning: ${dir}: ${problem.message} It is left out.\n`);
  }
  const pack = await findPack(read.document.workspace.framework.pack, io);
  return { document: read.document, catalogue: createCatalogue(pack), problems: read.problems };
}
