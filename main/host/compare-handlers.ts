import type { HostError } from '../../shared/ipc/errors';
import { HostFailure } from '../../shared/ipc/errors';
import type { Handlers } from '../../shared/ipc/handlers';
import {
  COMPARE_REVISIONS_MAX,
  type CompareGitInfo,
} from '../../shared/ipc/methods/compare-methods';
import { diagramFilePath } from '../../shared/model/document';
import { isGitMissing, type GitRunOptions } from '../services/git/git-command';
import { gitPlace } from '../services/git/git-repository';
import { listRefs, listRevisions } from '../services/git/git-revisions';
import { readWorkspaceAtRevision } from '../services/git/revision-workspace';
import { readWorkspace } from '../services/workspace/workspace-reader';
import type { WorkspaceStore } from '../services/workspace/workspace-store';
import { typedPaths, type PathAccess } from './path-access';
import { realpath } from 'node:fs/promises';

export type CompareMethodName =
  'compare.gitInfo' | 'compare.loadFolder' | 'compare.loadRevision' | 'compare.history';

const listed = (problems: ReadonlyMap<string, HostError>) =>
  [...problems].map(([file, problem]) => ({ file, message: problem.message }));

/**
 * The compare methods: the other side of a compare, read from a folder (the rules of a folder
 * to open) or from git at a revision of the open workspace's folder. Nothing is written, locked
 * or remembered; git runs only for these calls.
 */
export function createCompareHandlers(
  store: WorkspaceStore,
  paths: PathAccess = typedPaths,
  git: GitRunOptions = {},
): Handlers<CompareMethodName> {
  const rootOf = (handle: string) => store.get(handle).root;
  return {
    'compare.gitInfo': async ({ handle }): Promise<CompareGitInfo> => {
      const root = rootOf(handle);
      try {
        await gitPlace(root, git);
      } catch (error) {
        if (!(error instanceof HostFailure)) throw error;
        return isGitMissing(error)
          ? {
              state: 'missing',
              message:
                'git is not installed (or not on the PATH), so revisions cannot be compared.',
            }
          : {
              state: 'no-repository',
              message: 'This workspace is not in a git repository, so it has no revisions.',
            };
      }
      const refs = await listRefs(root, git);
      return {
        state: 'ok',
        branch: refs.find((ref) => ref.current)?.name ?? null,
        refs,
        revisions: await listRevisions(root, '.', COMPARE_REVISIONS_MAX, git),
      };
    },
    'compare.loadFolder': async (place) => {
      const folder = await paths.resolve(place, 'open');
      const root = await realpath(folder).catch(() => {
        throw new HostFailure({
          code: 'NOT_FOUND',
          message: `${folder}: no such folder`,
          file: folder,
        });
      });
      try {
        const loaded = await readWorkspace(root);
        return { label: root, document: loaded.document, problems: listed(loaded.problems) };
      } catch (error) {
        if (!(error instanceof HostFailure)) throw error;
        const file = error.error.file ?? '';
        throw new HostFailure({ ...error.error, message: `${root}: ${error.error.message}`, file });
      }
    },
    'compare.loadRevision': async ({ handle, revision }) => {
      const read = await readWorkspaceAtRevision(rootOf(handle), revision, git);
      const short = read.hash.slice(0, 7);
      return {
        label: read.hash.startsWith(revision) ? short : `${revision} (${short})`,
        document: read.document,
        problems: listed(read.problems),
      };
    },
    'compare.history': ({ handle, diagramId }) =>
      listRevisions(rootOf(handle), diagramFilePath(diagramId), COMPARE_REVISIONS_MAX, git),
  };
}
