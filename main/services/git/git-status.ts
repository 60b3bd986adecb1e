import type { GitStatus } from '../../../shared/ipc/methods/merge-methods';
import { MODEL_FILE } from '../../../shared/merge/conflict-record-schema';
import { runGit } from './git-command';
import { gitPlace } from './git-repository';

/** At most this many changed files are named; the count says how many there are. */
const MAX_NAMED = 200;

/**
 * `git status` for the model files under `folder` (a workspace inside a repository). Fails with
 * UNSUPPORTED where git is missing, NOT_FOUND where the folder is in no repository.
 */
export async function gitStatus(folder: string): Promise<GitStatus> {
  const place = await gitPlace(folder);
  const branch = (
    await runGit(folder, ['symbolic-ref', '--quiet', '--short', 'HEAD']).catch(() => '')
  ).trim();
  const head = (await runGit(folder, ['rev-parse', '--short', 'HEAD']).catch(() => '')).trim();
  // -z: paths as they are (no quoting); ':/' + prefix: only this workspace, from the top.
  const out = await runGit(place.root, [
    'status',
    '--porcelain=v1',
    '-z',
    '--untracked-files=all',
    '--',
    `:/${place.prefix}`,
  ]);
  const changed: string[] = [];
  const entries = out.split('\0');
  for (let i = 0; i < entries.length; i += 1) {
    const entry = entries[i] ?? '';
    if (entry.length < 4) continue;
    const status = entry.slice(0, 2);
    const file = entry.slice(3).slice(place.prefix.length);
    // Model files only: the lock, the journal and merge records are the app's, not the user's.
    if (MODEL_FILE.test(file)) changed.push(file);
    if (status.startsWith('R') || status.startsWith('C')) i += 1; // the old name follows
  }
  return {
    branch: branch === '' ? null : branch,
    head: head === '' ? null : head,
    changed: changed.slice(0, MAX_NAMED),
    count: changed.length,
  };
}
