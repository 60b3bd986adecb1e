import {
  createHistory,
  isDirty,
  markSaved,
  replaceDocument,
  savePoint,
} from '../../shared/commands/history';
import { BUILT_IN_PACKS } from '../../shared/etom/registry';
import type { HostError, HostResult } from '../../shared/ipc/errors';
import type { WorkspaceDocument } from '../../shared/model/document';
import type { OpenedWorkspace } from '../../shared/ipc/methods/workspace-methods';
import { placeOf, type PathChoice } from '../../shared/ipc/path-ref';
import { host } from '../platform/host';
import { pickFolder } from './folder-picker';
import { journalSettled } from './journal-writes';
import { INITIAL_STATE, useStudio } from './studio-store';
import { pruneSelections } from './selection';
import { tabsToOpen } from './tab-memory';
import { reconcileTabs } from './tabs';
import { askUnsaved } from './unsaved-prompt';
import { viewportsToOpen } from './viewports';

/**
 * The document as it would be written now. Views are not in it: a diagram file keeps the
 * viewport it had (`viewports.ts` keeps where each user left it).
 */
export function documentForDisk(): WorkspaceDocument | null {
  return useStudio.getState().history?.document ?? null;
}

function showOpened(opened: OpenedWorkspace): void {
  useStudio.setState({
    ...INITIAL_STATE,
    workspace: {
      handle: opened.handle,
      path: opened.path,
      readOnly: opened.readOnly,
      lockedBy: opened.lockedBy,
      problems: opened.problems,
    },
    history: createHistory(opened.document),
    viewports: viewportsToOpen(opened.path, opened.document),
    ...tabsToOpen(opened.path, opened.document),
    recovery: opened.recovery,
  });
}

function fail(error: HostError): false {
  useStudio.setState({ error });
  return false;
}

/** Closes the open workspace on the host without asking; the caller has asked already. */
async function releaseCurrent(): Promise<void> {
  const handle = useStudio.getState().workspace?.handle;
  if (handle) await host().call('workspace.close', { handle });
}

/**
 * Shows the workspace the host opened in place of the one open (closed on the host first), or
 * the error when it could not open one: the end of Open, New and Open the sample.
 */
async function switchTo(result: HostResult<OpenedWorkspace>): Promise<boolean> {
  if (!result.ok) return fail(result.error);
  await releaseCurrent();
  showOpened(result.value);
  return true;
}

/** Opens the workspace in `folder`. Returns false (and shows the error) when it cannot. */
export async function openWorkspaceAt(folder: PathChoice): Promise<boolean> {
  return switchTo(await host().call('workspace.open', placeOf(folder)));
}

/**
 * Asks for a folder and opens the workspace in it. Unsaved changes are asked about only once a
 * folder has been chosen: cancelling the folder dialog leaves everything as it was.
 */
export async function openWorkspaceFromDialog(): Promise<boolean> {
  const folder = await pickFolder('open');
  if (!folder || !(await confirmDiscard())) return false;
  return openWorkspaceAt(folder);
}

/**
 * Creates a new workspace named `name` in `folder` and opens it, once unsaved changes of the
 * open one are saved or dropped (asked now, when name and folder have been chosen).
 */
export async function createWorkspace(name: string, folder: PathChoice): Promise<boolean> {
  const pack = BUILT_IN_PACKS[0];
  if (!pack) return fail({ code: 'INTERNAL', message: 'No framework pack is built in.' });
  if (!(await confirmDiscard())) return false;
  return switchTo(
    await host().call('workspace.create', {
      ...placeOf(folder),
      name,
      framework: { pack: pack.id, release: pack.release },
    }),
  );
}

/** Copies the sample that ships with the app into `folder` and opens the copy. */
export async function openSampleCopy(folder: PathChoice): Promise<boolean> {
  return switchTo(await host().call('sample.open', placeOf(folder)));
}

/**
 * True when the open workspace may go: nothing is unsaved, or the user chose Save (and the save
 * succeeded) or Don't save; false on Cancel or a failed save (which shows why and stays).
 */
export async function confirmDiscard(): Promise<boolean> {
  const { history, workspace } = useStudio.getState();
  if (!history || !isDirty(history)) return true;
  const answer = await askUnsaved({
    name: history.document.workspace.name,
    canSave: workspace?.readOnly === null,
  });
  if (answer === 'cancel') return false;
  return answer === 'discard' || saveWorkspace();
}

/**
 * The desktop app's close dialog chose Save: save, then close the window (which no longer has
 * anything unsaved to hold it); a failed save leaves the window open, saying why.
 */
export async function saveAndCloseWindow(): Promise<void> {
  if (await saveWorkspace()) window.close();
}

/** Closes the workspace and returns to the welcome screen. */
export async function closeWorkspace(): Promise<void> {
  if (!(await confirmDiscard())) return;
  const handle = useStudio.getState().workspace?.handle;
  if (handle) await host().call('journal.discard', { handle });
  await releaseCurrent();
  // A dialog the user opened while the host was closing (Ctrl+O right after "Close") belongs to
  // the window, not to the closed workspace: it stays, and so does the answer it waits for.
  const { folderPrompt, confirmPrompt, newWorkspaceOpen } = useStudio.getState();
  useStudio.setState({ ...INITIAL_STATE, folderPrompt, confirmPrompt, newWorkspaceOpen });
}

/**
 * Saves the document. A CONFLICT opens the conflict dialog; other failures show in the status
 * bar and leave the document dirty. Edits made while the save runs stay unsaved.
 */
export async function saveWorkspace(overwrite = false): Promise<boolean> {
  const { workspace, history, saveStatus } = useStudio.getState();
  if (!workspace || !history || saveStatus.kind === 'saving') return false;
  if (workspace.readOnly !== null) {
    useStudio.setState({
      saveStatus: { kind: 'error', error: { code: 'READ_ONLY', message: workspace.readOnly } },
    });
    return false;
  }
  const point = savePoint(history);
  const document = documentForDisk();
  if (!document) return false;
  useStudio.setState({ saveStatus: { kind: 'saving' } });
  await journalSettled();
  const result = await host().call('workspace.save', {
    handle: workspace.handle,
    document,
    overwrite,
  });
  if (!result.ok) {
    const conflict =
      result.error.code === 'CONFLICT'
        ? { reason: 'save' as const, files: result.error.files ?? [] }
        : null;
    useStudio.setState({
      saveStatus: conflict ? { kind: 'idle' } : { kind: 'error', error: result.error },
      ...(conflict ? { conflict } : {}),
    });
    return false;
  }
  const latest = useStudio.getState().history;
  useStudio.setState({
    history: latest ? markSaved(latest, point) : latest,
    saveStatus: { kind: 'idle' },
    lastSavedAt: result.value.savedAt,
    conflict: null,
  });
  return true;
}

/** Throws away the app's version and loads the files on disk ("Reload from disk"). */
export async function reloadFromDisk(): Promise<boolean> {
  const { workspace } = useStudio.getState();
  if (!workspace) return false;
  const result = await host().call('workspace.reload', { handle: workspace.handle });
  if (!result.ok) return fail(result.error);
  // The user chose the disk's version: the journalled edits are theirs no longer.
  await host().call('journal.discard', { handle: workspace.handle });
  const opened = result.value;
  const state = useStudio.getState();
  const history = state.history
    ? replaceDocument(state.history, opened.document, false)
    : createHistory(opened.document);
  useStudio.setState({
    workspace: {
      handle: opened.handle,
      path: opened.path,
      readOnly: opened.readOnly,
      lockedBy: opened.lockedBy,
      problems: opened.problems,
    },
    history,
    viewports: viewportsToOpen(opened.path, opened.document),
    ...reconcileTabs(state, opened.document),
    selections: pruneSelections(state.selections, state.history?.document, opened.document),
    conflict: null,
    saveStatus: { kind: 'idle' },
    editingNodeId: null,
  });
  return true;
}

/** Saves over the disk's changes ("Keep mine"). */
export async function keepMine(): Promise<boolean> {
  useStudio.setState({ conflict: null });
  return saveWorkspace(true);
}

/** Writes the current document into a new folder and continues there ("Save as copy"). */
export async function saveAsCopy(
  document: WorkspaceDocument | null = documentForDisk(),
  beforeSwitch: () => Promise<unknown> = () => Promise.resolve(),
): Promise<boolean> {
  const { workspace } = useStudio.getState();
  if (!workspace || !document) return false;
  const folder = await pickFolder('copy');
  if (!folder) return false;
  const result = await host().call('workspace.saveAsCopy', {
    handle: workspace.handle,
    ...placeOf(folder),
    document,
  });
  if (!result.ok) return fail(result.error);
  await beforeSwitch();
  await releaseCurrent();
  showOpened({ ...result.value, recovery: null });
  useStudio.setState({ notice: `Saved a copy to ${result.value.path}` });
  return true;
}

/** Loads the journalled document as the current, unsaved document. */
export function restoreRecovery(): void {
  const { recovery, history } = useStudio.getState();
  if (!recovery || !history) return;
  const state = useStudio.getState();
  useStudio.setState({
    history: replaceDocument(history, recovery.document, true),
    viewports: viewportsToOpen(state.workspace?.path ?? null, recovery.document),
    ...reconcileTabs(state, recovery.document),
    selections: pruneSelections(state.selections, state.history?.document, recovery.document),
    recovery: null,
  });
}

/** Drops the journal of unsaved work. */
export async function discardRecovery(): Promise<void> {
  const { workspace } = useStudio.getState();
  useStudio.setState({ recovery: null });
  if (workspace) await host().call('journal.discard', { handle: workspace.handle });
}

/** For a stale journal: writes the journalled document to a new folder; the original stays. */
export async function restoreRecoveryAsCopy(): Promise<boolean> {
  const { recovery, workspace } = useStudio.getState();
  if (!recovery || !workspace) return false;
  // The copy now holds the journalled work, so the original's journal can go.
  return saveAsCopy(recovery.document, () =>
    host().call('journal.discard', { handle: workspace.handle }),
  );
}
