import { randomBytes } from 'node:crypto';
import { mkdir, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { HostFailure, type HostError } from '../../../shared/ipc/errors';
import type {
  FolderInfo,
  OpenedWorkspace,
  SaveResult,
} from '../../../shared/ipc/methods/workspace-methods';
import { WORKSPACE_FILES, type WorkspaceDocument } from '../../../shared/model/document';
import { SCHEMA_VERSIONS } from '../../../shared/model/schema-versions';
import { FORMAT, type WorkspaceFile } from '../../../shared/model/workspace-schema';
import { atomicWrite, type AtomicWriteOptions } from './atomic-write';
import { checkNewWorkspaceFolder, inspectFolder } from './folder-checks';
import { Journal } from './journal';
import { resolveInside } from './path-confinement';
import { sweepOrphanTemps } from './temp-sweep';
import { readWorkspace } from './workspace-reader';
import { saveDocument, type KnownFiles } from './workspace-save';
import { documentFiles } from './workspace-files';

/** One open workspace, as the store holds it. */
export interface OpenWorkspace extends KnownFiles {
  handle: string;
  name: string;
  readOnly: string | null;
  /** The document as loaded or last saved. */
  document: WorkspaceDocument;
  /** More than zero while a save or reload is writing or reading its files. */
  busy: number;
  /** Counts saves and reloads begun, so a watcher check that overlapped one is redone. */
  revision: number;
  /** The end of this workspace's queue of disk operations: they run one at a time. */
  tail: Promise<unknown>;
}

/** Lets the watcher follow the store without the store knowing about watching. */
export interface StoreObserver {
  opened?(workspace: OpenWorkspace): void;
  /** The store's view of the disk was replaced (reload, save): forget reported changes. */
  synced?(workspace: OpenWorkspace): void;
  closed?(handle: string): void;
}

export interface WorkspaceStoreOptions {
  appDataDir: string;
  observer?: StoreObserver;
  /** Told of every workspace opened or created (for the recent list). */
  onOpened?: (workspace: { path: string; name: string }) => void;
  log?: (message: string) => void;
  /** Passed to every atomic write (tests inject faults here). */
  writeOptions?: AtomicWriteOptions;
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

  constructor(private readonly options: WorkspaceStoreOptions) {
    this.journal = new Journal(options.appDataDir);
    this.log = options.log ?? ((message) => console.info(message));
  }

  inspectFolder(folder: string): Promise<FolderInfo> {
    return inspectFolder(folder);
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
    const document: WorkspaceDocument = {
      workspace: {
        format: FORMAT.workspace,
        schemaVersion: SCHEMA_VERSIONS.workspace,
        name,
        framework,
      },
      processes: {
        format: FORMAT.processes,
        schemaVersion: SCHEMA_VERSIONS.processes,
        processes: [],
      },
      mappings: { format: FORMAT.mappings, schemaVersion: SCHEMA_VERSIONS.mappings, mappings: [] },
      diagrams: [],
    };
    const root = await this.writeNewWorkspace(folder, document);
    return this.open(root);
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
    const existing = this.byRoot.get(root);
    if (existing !== undefined) {
      const workspace = this.get(existing);
      this.options.onOpened?.({ path: root, name: workspace.name });
      return this.describe(workspace);
    }

    const swept = await sweepOrphanTemps([root, path.join(root, WORKSPACE_FILES.diagramsDir)]);
    if (swept.found > 0) {
      this.log(
        `Removed ${swept.removed} of ${swept.found} temp files left by an interrupted save in ${root}`,
      );
    }
    const loaded = await readWorkspace(root);
    const workspace: OpenWorkspace = {
      handle: newHandle(),
      root,
      name: loaded.document.workspace.name,
      hashes: loaded.hashes,
      texts: documentFiles(loaded.document),
      problems: loaded.problems,
      readOnly: loaded.readOnly,
      document: loaded.document,
      busy: 0,
      revision: 0,
      tail: Promise.resolve(),
    };
    this.byHandle.set(workspace.handle, workspace);
    this.byRoot.set(root, workspace.handle);
    this.options.observer?.opened?.(workspace);
    this.options.onOpened?.({ path: root, name: workspace.name });
    return this.describe(workspace);
  }

  async reload(handle: string): Promise<OpenedWorkspace> {
    const workspace = this.get(handle);
    return await this.exclusive(workspace, async () => {
      const loaded = await readWorkspace(workspace.root);
      Object.assign(workspace, {
        name: loaded.document.workspace.name,
        hashes: loaded.hashes,
        texts: documentFiles(loaded.document),
        problems: loaded.problems,
        readOnly: loaded.readOnly,
        document: loaded.document,
      });
      this.options.observer?.synced?.(workspace);
      return this.describe(workspace);
    });
  }

  async save(handle: string, document: WorkspaceDocument, overwrite = false): Promise<SaveResult> {
    const workspace = this.get(handle);
    return await this.exclusive(workspace, async () => {
      if (workspace.readOnly !== null) {
        throw new HostFailure({ code: 'READ_ONLY', message: `Not saved. ${workspace.readOnly}` });
      }
      const written = await saveDocument(workspace, document, overwrite, this.options.writeOptions);
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
    const root = await this.writeNewWorkspace(folder, document);
    return this.open(root);
  }

  async close(handle: string): Promise<null> {
    const workspace = this.get(handle);
    this.byHandle.delete(handle);
    this.byRoot.delete(workspace.root);
    this.options.observer?.closed?.(handle);
    // A save already under way finishes before the close is answered.
    await workspace.tail;
    return null;
  }

  async writeJournal(handle: string, document: WorkspaceDocument): Promise<null> {
    const workspace = this.get(handle);
    return await this.exclusive(workspace, async () => {
      await this.journal.write(workspace.root, workspace.hashes, document);
      return null;
    });
  }

  async discardJournal(handle: string): Promise<null> {
    const workspace = this.get(handle);
    return await this.exclusive(workspace, async () => {
      await this.journal.discard(workspace.root);
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
    const recovery = await this.journal.read(workspace.root, workspace.hashes);
    const problems: HostError[] = [...workspace.problems.values()];
    return {
      handle: workspace.handle,
      path: workspace.root,
      document: workspace.document,
      readOnly: workspace.readOnly,
      problems,
      recovery,
    };
  }

  /** Writes every file of `document` into a new or empty folder; returns its real path. */
  private async writeNewWorkspace(folder: string, document: WorkspaceDocument): Promise<string> {
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
    await mkdir(await resolveInside(root, WORKSPACE_FILES.diagramsDir), { recursive: true });
    const seen = new Set<string>();
    for (const diagram of document.diagrams) {
      if (seen.has(diagram.id)) {
        throw new HostFailure({
          code: 'INVALID_ARGUMENT',
          message: `Two diagrams have the id "${diagram.id}".`,
        });
      }
      seen.add(diagram.id);
    }
    for (const [relative, text] of documentFiles(document)) {
      await atomicWrite(await resolveInside(root, relative), text, {
        ...this.options.writeOptions,
        file: relative,
      });
    }
    return root;
  }
}
