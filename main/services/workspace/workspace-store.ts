import { randomBytes } from 'node:crypto';
import { mkdir, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { HostFailure, type HostError } from '../../../shared/ipc/errors';
import type {
  FolderInfo,
  LockHolder,
  OpenedWorkspace,
  SaveResult,
} from '../../../shared/ipc/methods/workspace-methods';
import type { WorkspaceDocument } from '../../../shared/model/document';
import { emptyDocument } from '../../../shared/model/empty-files';
import type { WorkspaceFile } from '../../../shared/model/workspace-schema';
import type { AtomicWriteOptions } from './atomic-write';
import { checkNewWorkspaceFolder, inspectFolder } from './folder-checks';
import { Journal } from './journal';
import { currentOwner, type LockOwner } from './lock-owner';
import { writeNewWorkspaceFiles } from './new-workspace-files';
import type { OpenWorkspace } from './open-workspace';
import { readWorkerPool } from './read-worker-pool';
import { readWorkspace, type LoadedWorkspace } from './workspace-reader';
import { checkDiagramIds, saveDocument } from './workspace-save';
import {
  DEFAULT_LOCK_TIMINGS,
  WorkspaceLock,
  holderName,
  lockedMessage,
  takenOverMessage,
  type LockTimings,
} from './workspace-lock';
import { lockAndSweep, setLockedBy, sweepTemps } from './workspace-locking';

/** Lets the watcher follow the store without the store knowing about watching. */
export interface StoreObserver {
  opened?(workspace: OpenWorkspace): void;
  /** The store's view of the disk was replaced (reload, save): forget reported changes. */
  synced?(workspace: OpenWorkspace): void;
  /** Another instance took the workspace's lock over: it is read-only here from now on. */
  lockLost?(workspace: OpenWorkspace, holder: LockHolder, readOnly: string): void;
  closed?(handle: string): void;
}

export interface WorkspaceStoreOptions {
  appDataDir: string;
  observer?: StoreObserver;
  /**
   * Told of every workspace opened or created (for the recent list); the open waits for a
   * promise it returns (the recent list is on disk when the open answers).
   */
  onOpened?: (workspace: { path: string; name: string }) => unknown;
  log?: (message: string) => void;
  /** Passed to every atomic write (tests inject faults here). */
  writeOptions?: AtomicWriteOptions;
  /** Heartbeat and staleness of workspace locks (tests shorten them). */
  lockTimings?: Partial<LockTimings>;
}

function newHandle(): string {
  return `ws-${randomBytes(12).toString('hex')}`;
}

function notFound(folder: string): HostFailure {
  return new HostFailure({
    code: 'NOT_FOUND',
    message: `The folder ${folder} does not exist.`,
    file: folder,
  });
}

/**
 * Open workspaces by opaque handle: create, open, reload, save, save as copy, close, and the
 * recovery journal. A folder opened twice (by any spelling of its path) is one workspace.
 */
export class WorkspaceStore {
  private readonly byHandle = new Map<string, OpenWorkspace>();
  private readonly byRoot = new Map<string, string>();
  readonly journal: Journal;
  private readonly log: (message: string) => void;
  /** This instance, as its locks name it. */
  private readonly owner: LockOwner = currentOwner();
  private readonly lockTimings: LockTimings;

  constructor(private readonly options: WorkspaceStoreOptions) {
    this.journal = new Journal(options.appDataDir);
    this.log = options.log ?? ((message) => console.info(message));
    this.lockTimings = { ...DEFAULT_LOCK_TIMINGS, ...options.lockTimings };
  }

  async inspectFolder(folder: string): Promise<FolderInfo> {
    const info = await inspectFolder(folder);
    // Chosen in the Open dialog or pointed at in the recent list, so likely to be opened next:
    // its large files are read in the worker, which starts now instead of at the open.
    if (info.isWorkspace) readWorkerPool.warm();
    return info;
  }

  /** Every open workspace (the watcher reads this). */
  openWorkspaces(): OpenWorkspace[] {
    return [...this.byHandle.values()];
  }

  get(handle: string): OpenWorkspace {
    const workspace = this.byHandle.get(handle);
    if (!workspace) {
      throw new HostFailure({
        code: 'UNKNOWN_HANDLE',
        message: 'That workspace is not open (it may have been closed).',
      });
    }
    return workspace;
  }

  async create(
    folder: string,
    name: string,
    framework: WorkspaceFile['framework'],
  ): Promise<OpenedWorkspace> {
    const document = emptyDocument(name, framework);
    const { root, lock } = await this.writeNewWorkspace(folder, document);
    return this.openAt(root, lock);
  }

  /** Writes `document` into a new or empty folder (the sample's copy), then opens it. */
  async createFrom(folder: string, document: WorkspaceDocument): Promise<OpenedWorkspace> {
    const { root, lock } = await this.writeNewWorkspace(folder, document);
    return this.openAt(root, lock);
  }

  async open(folder: string): Promise<OpenedWorkspace> {
    const absolute = path.resolve(folder);
    const root = await realpath(absolute).catch(() => {
      throw notFound(absolute);
    });
    if (!(await stat(root)).isDirectory()) {
      throw new HostFailure({
        code: 'NOT_A_WORKSPACE',
        message: `${absolute} is a file, not a workspace folder.`,
        file: absolute,
      });
    }
    return this.openAt(root, null);
  }

  /**
   * Opens the workspace at the real path `root`: read and validate it (nothing is written to a
   * folder that is not a workspace), take its lock (or note who holds it: then it opens
   * read-only), and only then, holding the lock, sweep temp files left by interrupted saves.
   * `lock` is the lock a create already holds.
   */
  private async openAt(root: string, lock: WorkspaceLock | null): Promise<OpenedWorkspace> {
    const existing = this.byRoot.get(root);
    if (existing !== undefined) {
      const workspace = this.get(existing);
      await this.options.onOpened?.({ path: root, name: workspace.name });
      return this.describe(workspace);
    }
    let loaded: LoadedWorkspace;
    try {
      loaded = await readWorkspace(root);
    } catch (error) {
      await lock?.release();
      throw error;
    }
    const again = this.byRoot.get(root);
    if (again !== undefined) {
      // Opened by a concurrent call meanwhile: that one is the workspace.
      await lock?.release();
      return this.describe(this.get(again));
    }
    const workspace: OpenWorkspace = {
      handle: newHandle(),
      root,
      name: '',
      hashes: new Map(),
      texts: new Map(),
      problems: new Map(),
      readOnly: null,
      filesReadOnly: null,
      lockedBy: null,
      lock: lock ?? this.newLock(root),
      document: loaded.document,
      busy: 0,
      revision: 0,
      tail: Promise.resolve(),
    };
    workspace.lock.onLost = (holder) => {
      this.log(`${holderName(holder)} took over ${root}; it is read-only here now`);
      setLockedBy(workspace, holder, takenOverMessage(holder));
      this.options.observer?.lockLost?.(workspace, holder, workspace.readOnly ?? '');
    };
    this.byHandle.set(workspace.handle, workspace);
    this.byRoot.set(root, workspace.handle);
    this.take(workspace, loaded);
    try {
      await lockAndSweep(workspace, this.log);
    } catch (error) {
      this.byHandle.delete(workspace.handle);
      this.byRoot.delete(root);
      await workspace.lock.release();
      throw error;
    }
    this.options.observer?.opened?.(workspace);
    await this.options.onOpened?.({ path: root, name: workspace.name });
    return this.describe(workspace);
  }

  async reload(handle: string): Promise<OpenedWorkspace> {
    const workspace = this.get(handle);
    return await this.exclusive(workspace, async () => {
      this.take(workspace, await readWorkspace(workspace.root));
      // Read-only because of a lock: the holder may have closed it since.
      await lockAndSweep(workspace, this.log);
      this.options.observer?.synced?.(workspace);
      return this.describe(workspace);
    });
  }

  /**
   * Takes the lock of a workspace that is read-only because another instance holds it: a stale
   * lock, or any with `force` (the user confirmed); LOCKED naming the holder when it was not
   * taken. The files are not re-read: what this instance loaded stays the base of its next
   * save, so if the holder saved meanwhile, that save is a CONFLICT, never a lost update (the
   * renderer reloads first when it has no unsaved edits).
   */
  async takeOver(handle: string, force: boolean): Promise<OpenedWorkspace> {
    const workspace = this.get(handle);
    return await this.exclusive(workspace, async () => {
      if (workspace.filesReadOnly !== null) {
        throw new HostFailure({ code: 'READ_ONLY', message: workspace.filesReadOnly });
      }
      const holder = await workspace.lock.takeOver(force);
      setLockedBy(workspace, holder);
      if (holder !== null) {
        throw new HostFailure({
          code: 'LOCKED',
          message: `Not taken over: ${lockedMessage(holder)}`,
        });
      }
      await sweepTemps(workspace, this.log);
      return this.describe(workspace);
    });
  }

  async save(handle: string, document: WorkspaceDocument, overwrite = false): Promise<SaveResult> {
    const workspace = this.get(handle);
    return await this.exclusive(workspace, async () => {
      if (workspace.readOnly !== null) {
        throw new HostFailure({ code: 'READ_ONLY', message: `Not saved: ${workspace.readOnly}` });
      }
      const written = await workspace.lock.whileSaving(() =>
        saveDocument(workspace, document, overwrite, this.options.writeOptions),
      );
      workspace.document = document;
      workspace.name = document.workspace.name;
      await this.journal.discard(workspace.root);
      this.options.observer?.synced?.(workspace);
      return { savedAt: new Date().toISOString(), written };
    });
  }

  async saveAsCopy(
    handle: string,
    folder: string,
    document: WorkspaceDocument,
  ): Promise<OpenedWorkspace> {
    this.get(handle);
    const { root, lock } = await this.writeNewWorkspace(folder, document);
    return this.openAt(root, lock);
  }

  async close(handle: string): Promise<null> {
    const workspace = this.get(handle);
    this.byHandle.delete(handle);
    this.byRoot.delete(workspace.root);
    this.options.observer?.closed?.(handle);
    // A save already under way finishes before the close is answered, and before the lock goes.
    await workspace.tail;
    await workspace.lock.release();
    return null;
  }

  /** Closes every open workspace, releasing their locks (a clean exit). */
  async closeAll(): Promise<void> {
    await Promise.all([...this.byHandle.keys()].map((handle) => this.close(handle)));
  }

  /*
   * The journal is kept per workspace folder in the app-data folder, which two instances of one
   * user share (a second `npm start`). While another instance holds the lock, the journal is
   * that instance's unsaved work: this one neither writes, discards nor offers it.
   */

  async writeJournal(handle: string, document: WorkspaceDocument): Promise<null> {
    const workspace = this.get(handle);
    return await this.exclusive(workspace, async () => {
      if (workspace.lockedBy === null) {
        await this.journal.write(workspace.root, workspace.hashes, document);
      }
      return null;
    });
  }

  async discardJournal(handle: string): Promise<null> {
    const workspace = this.get(handle);
    return await this.exclusive(workspace, async () => {
      if (workspace.lockedBy === null) await this.journal.discard(workspace.root);
      return null;
    });
  }

  /**
   * Runs `action` after every earlier disk operation on `workspace` has finished, so two saves
   * (or a save and a reload) never interleave, and marks the workspace busy for the watcher.
   */
  private exclusive<T>(workspace: OpenWorkspace, action: () => Promise<T>): Promise<T> {
    const run = workspace.tail.then(async () => {
      workspace.busy += 1;
      workspace.revision += 1;
      try {
        return await action();
      } finally {
        workspace.busy -= 1;
      }
    });
    workspace.tail = run.catch(() => undefined);
    return run;
  }

  private async describe(workspace: OpenWorkspace): Promise<OpenedWorkspace> {
    const recovery =
      workspace.lockedBy === null
        ? await this.journal.read(workspace.root, workspace.hashes)
        : null;
    const problems: HostError[] = [...workspace.problems.values()];
    return {
      handle: workspace.handle,
      path: workspace.root,
      document: workspace.document,
      readOnly: workspace.readOnly,
      lockedBy: workspace.lockedBy,
      problems,
      recovery,
    };
  }

  private newLock(root: string): WorkspaceLock {
    return new WorkspaceLock(root, this.owner, this.lockTimings, this.log);
  }

  /** Puts what was read from disk into `workspace`. */
  private take(workspace: OpenWorkspace, loaded: LoadedWorkspace): void {
    Object.assign(workspace, {
      name: loaded.document.workspace.name,
      hashes: loaded.hashes,
      texts: loaded.texts,
      problems: loaded.problems,
      filesReadOnly: loaded.readOnly,
      document: loaded.document,
    });
    setLockedBy(workspace, workspace.lockedBy);
  }

  /**
   * Writes every file of `document` into a new or empty folder, holding the new workspace's
   * lock from before the first file exists; returns its real path and that lock.
   */
  private async writeNewWorkspace(
    folder: string,
    document: WorkspaceDocument,
  ): Promise<{ root: string; lock: WorkspaceLock }> {
    checkDiagramIds(document);
    const absolute = await checkNewWorkspaceFolder(folder);
    await mkdir(absolute, { recursive: true });
    const root = await realpath(absolute);
    if (this.byRoot.has(root)) {
      throw new HostFailure({
        code: 'ALREADY_EXISTS',
        message: `${root} is already open.`,
        file: root,
      });
    }
    const lock = this.newLock(root);
    const holder = await lock.acquire();
    if (holder !== null) {
      throw new HostFailure({
        code: 'LOCKED',
        message: `${root} is being written by ${holderName(holder)}.`,
        file: root,
      });
    }
    try {
      await writeNewWorkspaceFiles(root, document, this.options.writeOptions);
    } catch (error) {
      await lock.release();
      throw error;
    }
    return { root, lock };
  }
}
