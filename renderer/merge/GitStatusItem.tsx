import { useMerge } from './merge-store';

/**
 * The status bar's git item: the branch (or the commit of a detached HEAD) and whether the
 * workspace's files changed since the last commit. Absent where there is no git or no
 * repository.
 */
export function GitStatusItem() {
  const git = useMerge((s) => s.git);
  if (!git) return null;
  const where = git.branch ?? (git.head ? `detached at ${git.head}` : 'no commit yet');
  const changes =
    git.count === 0
      ? 'no changes'
      : `${git.count} ${git.count === 1 ? 'file' : 'files'} changed since the last commit`;
  const title = git.changed.length > 0 ? git.changed.join('\n') : undefined;
  return (
    <span className="status-git" aria-label="Git" title={title}>
      <span className="status-git-branch">{`Git: ${where}`}</span>
      <span className="status-git-changes">{changes}</span>
    </span>
  );
}
