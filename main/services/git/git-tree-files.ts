import { HostFailure } from '../../../shared/ipc/errors';
import { runGit, runGitBytes, type GitRunOptions } from './git-command';

/** A file of a commit's tree: its path (relative to the folder asked about), blob and size. */
export interface TreeEntry {
  path: string;
  oid: string;
  size: number;
}

/**
 * The files under `folder` in commit `hash` (`git ls-tree -r -l`), with paths relative to
 * `folder` and `/` separators. Submodules and symbolic links are not files and are left out.
 */
export async function listTreeFiles(
  folder: string,
  hash: string,
  options: GitRunOptions = {},
): Promise<TreeEntry[]> {
  const out = await runGit(folder, ['ls-tree', '-r', '-z', '-l', hash, '--', '.'], options);
  const entries: TreeEntry[] = [];
  for (const record of out.split('\0')) {
    // "<mode> <type> <oid> <size>\t<path>"
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode = '', type = '', oid = '', size = ''] = record.slice(0, tab).split(/ +/);
    if (type !== 'blob' || mode === '120000') continue;
    entries.push({ path: record.slice(tab + 1), oid, size: Number(size) });
  }
  return entries;
}

/**
 * The contents of `entries`' blobs, read by one `git cat-file --batch` process (not one per
 * file), by entry path.
 */
export async function readBlobs(
  folder: string,
  entries: readonly TreeEntry[],
  options: GitRunOptions = {},
): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  if (entries.length === 0) return blobs;
  const total = entries.reduce((sum, entry) => sum + entry.size + 100, 0);
  const out = await runGitBytes(folder, ['cat-file', '--batch'], {
    ...options,
    input: entries.map((entry) => `${entry.oid}\n`).join(''),
    maxBuffer: total + 1024,
  });
  let at = 0;
  for (const entry of entries) {
    const lineEnd = out.indexOf(0x0a, at);
    const header = out.subarray(at, lineEnd < 0 ? out.length : lineEnd).toString('utf8');
    const [oid, type, size] = header.split(' ');
    if (lineEnd < 0 || oid !== entry.oid || type !== 'blob' || size === undefined) {
      throw new HostFailure({
        code: 'IO_ERROR',
        message: `git cat-file: ${entry.path} could not be read (${header || 'no answer'}).`,
        file: entry.path,
      });
    }
    const start = lineEnd + 1;
    const end = start + Number(size);
    blobs.set(entry.path, out.subarray(start, end));
    at = end + 1;
  }
  return blobs;
}
