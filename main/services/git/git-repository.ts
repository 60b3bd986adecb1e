import { HostFailure } from '../../../shared/ipc/errors';
import { runGit, type GitRunOptions } from './git-command';

export interface GitPlace {
  /** The repository's top folder. */
  root: string;
  /** The folder's path inside the repository, with `/` and a trailing `/` ('' at the top). */
  prefix: string;
}

/**
 * Where `folder` sits in its git repository. Fails with UNSUPPORTED when git is missing, and
 * NOT_FOUND when the folder is not inside a repository.
 */
export async function gitPlace(folder: string, options: GitRunOptions = {}): Promise<GitPlace> {
  let out: string;
  try {
    out = await runGit(folder, ['rev-parse', '--show-toplevel', '--show-prefix'], options);
  } catch (error) {
    if (error instanceof HostFailure && error.error.code === 'UNSUPPORTED') throw error;
    throw new HostFailure({
      code: 'NOT_FOUND',
      message: `${folder} is not inside a git repository (run "git init" there first).`,
      file: folder,
    });
  }
  const [root = '', prefix = ''] = out.split('\n');
  return { root: root.trim(), prefix: prefix.trim() };
}

/** The top folder of the git repository `folder` is in. */
export async function repositoryRoot(folder: string): Promise<string> {
  return (await gitPlace(folder)).root;
}
