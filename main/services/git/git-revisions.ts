import { HostFailure } from '../../../shared/ipc/errors';
import { runGit, type GitRunOptions } from './git-command';

/** One commit as a history list shows it. */
export interface RevisionInfo {
  hash: string;
  shortHash: string;
  /** The author date, ISO 8601. */
  date: string;
  author: string;
  subject: string;
}

/** A local branch or tag and the commit it names. */
export interface RefInfo {
  name: string;
  kind: 'branch' | 'tag';
  hash: string;
  /** The branch checked out (HEAD). */
  current: boolean;
}

// Unit and record separators: no subject or name can break the parsing.
const FIELD = '\x1f';
const RECORD = '\x1e';

/**
 * The commits that touched `pathspec` (relative to `folder`; '.' is the whole folder), newest
 * first, at most `max`. A repository without commits has none.
 */
export async function listRevisions(
  folder: string,
  pathspec: string,
  max: number,
  options: GitRunOptions = {},
): Promise<RevisionInfo[]> {
  const format = ['%H', '%h', '%aI', '%an', '%s'].join('%x1f') + '%x1e';
  let out: string;
  try {
    out = await runGit(
      folder,
      ['log', `--format=${format}`, `--max-count=${max}`, '--', pathspec],
      options,
    );
  } catch (error) {
    // "does not have any commits yet": an empty history, not a failure.
    if (error instanceof HostFailure && /does not have any commits/.test(error.error.message)) {
      return [];
    }
    throw error;
  }
  return out
    .split(RECORD)
    .map((record) => record.replace(/^\n/, ''))
    .filter((record) => record.length > 0)
    .map((record) => {
      const [hash = '', shortHash = '', date = '', author = '', subject = ''] = record.split(FIELD);
      return { hash, shortHash, date, author, subject };
    });
}

/** The local branches and tags, the current branch first, then by name. */
export async function listRefs(folder: string, options: GitRunOptions = {}): Promise<RefInfo[]> {
  const out = await runGit(
    folder,
    [
      'for-each-ref',
      `--format=%(refname)${FIELD}%(objectname)${FIELD}%(HEAD)`,
      'refs/heads',
      'refs/tags',
    ],
    options,
  );
  const refs = out
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line): RefInfo => {
      const [ref = '', hash = '', head = ''] = line.split(FIELD);
      const kind = ref.startsWith('refs/tags/') ? 'tag' : 'branch';
      return { name: ref.replace(/^refs\/(heads|tags)\//, ''), kind, hash, current: head === '*' };
    });
  return refs.sort(
    (a, b) =>
      Number(b.current) - Number(a.current) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

/** What a revision may be written as: a name, a hash, `HEAD~2`, `main^`... never an option. */
const REVISION_PATTERN = /^[^-\s:][^\s:]{0,199}$/;

/**
 * The full commit hash `revision` names in the repository of `folder`. Refuses, with a message
 * naming it, a revision that is not a commit there (or looks like a command-line option).
 */
export async function resolveRevision(
  folder: string,
  revision: string,
  options: GitRunOptions = {},
): Promise<string> {
  const unknown = () =>
    new HostFailure({
      code: 'NOT_FOUND',
      message: `"${revision}" is not a revision of this repository (a branch, a tag or a commit).`,
      file: folder,
    });
  if (!REVISION_PATTERN.test(revision)) throw unknown();
  try {
    const out = await runGit(
      folder,
      ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`],
      options,
    );
    return out.trim();
  } catch (error) {
    if (error instanceof HostFailure && error.error.code === 'UNSUPPORTED') throw error;
    throw unknown();
  }
}
