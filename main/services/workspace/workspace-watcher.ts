import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { WORKSPACE_FILES } from '../../../shared/model/document';
import { TEMP_NAME_PATTERN } from './atomic-write';
import type { ChangeQueue } from './change-queue';
import { isLockFileName } from './lock-file';
import { sha256 } from './file-hash';
import { resolveInside } from './path-confinement';
import { readFileLimited } from './read-limited';
import { listDiagramFiles } from './workspace-reader';
import type { OpenWorkspace } from './open-workspace';

interface Watched {
  workspace: OpenWorkspace;
  watchers: FSWatcher[];
  watchingDiagrams: boolean;
  timer: NodeJS.Timeout | null;
  /** What was last reported per file, so one outside change is reported once. */
  reported: Map<string, string | null>;
  /** The hash of each file by its stat identity, so an event re-reads only what changed. */
  hashCache: Map<string, { identity: string; hash: string | null }>;
}

const UNREADABLE = 'unreadable';

/**
 * The lock files (refreshed every heartbeat) and save temp files are the app's own, never
 * model files: their events need no look at the workspace. (A save's rename still raises an
 * event under the target's name.)
 */
function isOwnScratch(name: string): boolean {
  return isLockFileName(name) || TEMP_NAME_PATTERN.test(name);
}

async function hashOnDisk(absolute: string, relative: string): Promise<string | null> {
  try {
    const bytes = await readFileLimited(absolute, relative);
    return bytes === null ? null : sha256(bytes);
  } catch {
    return UNREADABLE;
  }
}

/**
 * The hash of a file now. It is re-read only when its inode, size, mtime or ctime changed:
 * utimes can restore an mtime but every write moves the ctime, so an unchanged identity means
 * unchanged bytes. (The save-time conflict check always hashes; this only keeps events cheap.)
 */
async function currentHash(entry: Watched, relative: string): Promise<string | null> {
  let absolute: string;
  try {
    absolute = await resolveInside(entry.workspace.root, relative);
  } catch {
    return UNREADABLE;
  }
  const stats = await stat(absolute, { bigint: true }).catch((error: unknown) =>
    (error as { code?: unknown } | null)?.code === 'ENOENT' ? null : undefined,
  );
  if (stats === null) {
    entry.hashCache.delete(relative);
    return null;
  }
  if (stats === undefined) return UNREADABLE;
  const identity = `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
  const cached = entry.hashCache.get(relative);
  if (cached?.identity === identity) return cached.hash;
  const hash = await hashOnDisk(absolute, relative);
  entry.hashCache.set(relative, { identity, hash });
  return hash;
}

/**
 * Watches the folders of open workspaces (the folder and its `diagrams/`, each without
 * recursion, which behaves the same on every platform). Events are debounced; then every known
 * file and every diagram file now present is hashed and compared with what the store holds.
 * Checks wait while the store is saving or reloading, and the store records a save's hashes
 * before renaming, so the app's own saves are never reported.
 */
export class WorkspaceWatcher {
  private readonly watched = new Map<string, Watched>();

  constructor(
    private readonly queue: ChangeQueue,
    private readonly debounceMs = 150,
  ) {}

  watch(workspace: OpenWorkspace): void {
    if (this.watched.has(workspace.handle)) return;
    const entry: Watched = {
      workspace,
      watchers: [],
      watchingDiagrams: false,
      timer: null,
      reported: new Map(),
      hashCache: new Map(),
    };
    this.watched.set(workspace.handle, entry);
    this.add(entry, workspace.root);
    this.watchDiagrams(entry);
  }

  /** After a save or reload, the store's view is the disk's: start afresh. */
  synced(handle: string): void {
    this.watched.get(handle)?.reported.clear();
  }

  unwatch(handle: string): void {
    const entry = this.watched.get(handle);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    for (const watcher of entry.watchers) watcher.close();
    this.watched.delete(handle);
    this.queue.drop(handle);
  }

  dispose(): void {
    for (const handle of [...this.watched.keys()]) this.unwatch(handle);
  }

  private add(entry: Watched, dir: string): boolean {
    try {
      const watcher = watch(dir, { persistent: false }, (_event, name) => {
        if (name !== null && isOwnScratch(name)) return;
        if (name === WORKSPACE_FILES.diagramsDir && !entry.watchingDiagrams)
          this.watchDiagrams(entry);
        this.schedule(entry);
      });
      watcher.on('error', () => {
        // The folder went away or became unreadable: stop this watcher and look at the files.
        watcher.close();
        if (dir.endsWith(WORKSPACE_FILES.diagramsDir)) entry.watchingDiagrams = false;
        this.schedule(entry);
      });
      entry.watchers.push(watcher);
      return true;
    } catch {
      return false;
    }
  }

  private watchDiagrams(entry: Watched): void {
    entry.watchingDiagrams = this.add(
      entry,
      path.join(entry.workspace.root, WORKSPACE_FILES.diagramsDir),
    );
  }

  private schedule(entry: Watched): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = null;
      this.check(entry).catch((error: unknown) => this.checkFailed(entry, error));
    }, this.debounceMs);
  }

  /**
   * A check runs from a timer, so a rejection would be unhandled, and Node ends the process on
   * one: the whole host would die over one workspace. Log it and keep watching instead; the
   * next event compares every file again, so a change missed here is reported then.
   */
  private checkFailed(entry: Watched, error: unknown): void {
    const { name, root } = entry.workspace;
    const why = error instanceof Error ? error.message : String(error);
    console.warn(`Could not check workspace "${name}" (${root}) for outside changes: ${why}`);
  }

  private async check(entry: Watched): Promise<void> {
    const { workspace } = entry;
    if (workspace.busy > 0) {
      this.schedule(entry);
      return;
    }
    const revision = workspace.revision;
    const names = await listDiagramFiles(workspace.root).catch(() => []);
    const files = new Set([
      ...workspace.hashes.keys(),
      ...names.map((n) => `${WORKSPACE_FILES.diagramsDir}/${n}`),
    ]);
    const changed: string[] = [];
    for (const relative of files) {
      if (workspace.problems.has(relative) && !workspace.hashes.has(relative)) continue;
      const now = await currentHash(entry, relative);
      if (!this.watched.has(workspace.handle)) return;
      if (workspace.busy > 0 || workspace.revision !== revision) {
        this.schedule(entry);
        return;
      }
      const expected = workspace.hashes.get(relative) ?? null;
      if (now === expected) {
        entry.reported.delete(relative);
      } else if (entry.reported.get(relative) !== now) {
        entry.reported.set(relative, now);
        changed.push(relative);
      }
    }
    if (changed.length > 0) this.queue.push({ handle: workspace.handle, files: changed.sort() });
  }
}
