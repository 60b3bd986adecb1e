import type { Handlers } from '../../shared/ipc/handlers';
import type { workspaceMethods } from '../../shared/ipc/methods/workspace-methods';
import { ChangeQueue } from '../services/workspace/change-queue';
import { WorkspaceStore, type WorkspaceStoreOptions } from '../services/workspace/workspace-store';
import { WorkspaceWatcher } from '../services/workspace/workspace-watcher';
import { typedPaths, type PathAccess } from './path-access';

/** The wire names of the workspace methods these services implement (not the folder picker). */
export type WorkspaceMethodName = Exclude<
  (typeof workspaceMethods)[keyof typeof workspaceMethods]['name'],
  'dialog.pickFolder'
>;

export interface WorkspaceHandlerOptions {
  /** Where the recovery journal lives (`<appDataDir>/journal/`). */
  appDataDir: string;
  /** Told of every workspace opened, created or copied, e.g. for the recent list. */
  onOpened?: (workspace: { path: string; name: string }) => unknown;
  /** Debounce of the folder watcher, in ms. */
  watchDebounceMs?: number;
  /** How folders the renderer names become paths; typed paths (the browser host) by default. */
  paths?: PathAccess;
  /** Store options for tests (log capture, fault injection). */
  store?: Partial<Omit<WorkspaceStoreOptions, 'appDataDir' | 'observer' | 'onOpened'>>;
}

export interface WorkspaceServices {
  handlers: Handlers<WorkspaceMethodName>;
  /** The store behind the handlers (for hosts and tests that need more than the contract). */
  store: WorkspaceStore;
  /**
   * Stops every watcher, answers waiting polls and closes every open workspace, releasing
   * their locks (a clean exit).
   */
  dispose(): Promise<void>;
}

/**
 * The workspace half of the host contract over a store, a folder watcher and a change queue.
 * Payloads arrive validated by dispatch(); every path is resolved inside its workspace.
 */
export function createWorkspaceHandlers(options: WorkspaceHandlerOptions): WorkspaceServices {
  const queue = new ChangeQueue();
  const watcher = new WorkspaceWatcher(queue, options.watchDebounceMs);
  const store = new WorkspaceStore({
    ...options.store,
    appDataDir: options.appDataDir,
    ...(options.onOpened ? { onOpened: options.onOpened } : {}),
    observer: {
      opened: (workspace) => watcher.watch(workspace),
      synced: (workspace) => watcher.synced(workspace.handle),
      closed: (handle) => watcher.unwatch(handle),
      // The renderer learns it with its next poll, not only at its next refused save.
      lockLost: (workspace, lockedBy, readOnly) =>
        queue.push({ handle: workspace.handle, files: [], lock: { readOnly, lockedBy } }),
    },
  });

  const paths = options.paths ?? typedPaths;
  const handlers: Handlers<WorkspaceMethodName> = {
    'folder.inspect': async (place) => store.inspectFolder(await paths.resolve(place, 'inspect')),
    'workspace.create': async ({ name, framework, ...place }) =>
      store.create(await paths.resolve(place, 'create'), name, framework),
    'workspace.open': async (place) => store.open(await paths.resolve(place, 'open')),
    'workspace.reload': ({ handle }) => store.reload(handle),
    'workspace.save': ({ handle, document, overwrite }) =>
      store.save(handle, document, overwrite ?? false),
    'workspace.saveAsCopy': async ({ handle, document, ...place }) =>
      store.saveAsCopy(handle, await paths.resolve(place, 'copy'), document),
    'workspace.close': ({ handle }) => store.close(handle),
    'workspace.takeOver': ({ handle, force }) => store.takeOver(handle, force ?? false),
    'journal.write': ({ handle, document }) => store.writeJournal(handle, document),
    'journal.discard': ({ handle }) => store.discardJournal(handle),
    'workspace.pollChanges': ({ waitMs }) => queue.poll(waitMs),
  };

  return {
    handlers,
    store,
    async dispose() {
      watcher.dispose();
      queue.dispose();
      await store.closeAll();
    },
  };
}
