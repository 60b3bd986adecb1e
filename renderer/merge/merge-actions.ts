import { isDirty } from '../../shared/commands/history';
import {
  applyChoices,
  documentEdit,
  settledRecords,
  type RecordConflictItem,
} from '../../shared/merge/conflict-resolution';
import {
  applyReferenceFix,
  type DanglingReference,
  type ReferenceFix,
} from '../../shared/merge/cross-references';
import { host } from '../platform/host';
import { runCommand } from '../state/edit-actions';
import { useStudio } from '../state/studio-store';
import { mergeItems } from './merge-items';
import { EMPTY_MERGE, recordChoices, useMerge } from './merge-store';

/** Forgets what belonged to the workspace open before (records, choices, git status). */
export function startMergeState(handle: string): void {
  if (useMerge.getState().handle !== handle) useMerge.setState({ ...EMPTY_MERGE, handle });
}

/** Reads the conflict records of the open workspace (on open, on focus). */
export async function loadMergeRecords(handle: string): Promise<void> {
  const result = await host().call('merge.records', { handle });
  const fresh = useMerge.getState();
  if (useStudio.getState().workspace?.handle !== handle || fresh.handle !== handle) return;
  if (!result.ok) {
    useMerge.setState({ ...fresh, records: [], problems: [result.error] });
    return;
  }
  // A choice stands only for the record it was made on: a record rewritten by a new merge
  // starts again.
  const same = new Set(
    result.value.records
      .filter((r) => fresh.records.some((old) => old.file === r.file && old.hash === r.hash))
      .map((r) => r.file),
  );
  const choices = new Map(
    [...fresh.choices].filter(([id]) => id.startsWith('ref:') || same.has(id.split('#')[0] ?? '')),
  );
  useMerge.setState({ ...fresh, ...result.value, choices });
}

/**
 * Takes one side for some conflicts, as one undoable edit of the document (taking ours changes
 * no value, since the merged file holds ours, but is still a step: the save that follows is
 * what lets the record go).
 */
export function takeSide(items: readonly RecordConflictItem[], side: 'ours' | 'theirs'): boolean {
  const document = useStudio.getState().history?.document;
  const chosen = items.filter((item) => item.choices.includes(side));
  if (!document || chosen.length === 0) return false;
  const picks = chosen.map((item) => ({ id: item.id, choice: side }));
  const after = applyChoices(document, useMerge.getState().records, picks);
  const label = chosen.length === 1 ? `Take ${side}` : `Take ${side} for all conflicts`;
  if (!runCommand(documentEdit(document, after), label)) return false;
  recordChoices(
    chosen.map((item) => item.id),
    side,
  );
  return true;
}

/** Leaves a stale conflict, or a repaired reference, as the workspace has it now. */
export function keepAsItIs(ids: readonly string[]): boolean {
  const document = useStudio.getState().history?.document;
  if (!document || !runCommand(documentEdit(document, document), 'Keep as it is')) return false;
  recordChoices(ids, 'kept');
  return true;
}

/** Fixes a reference to a deleted element: restore it, delete what points at it, or keep it. */
export function fixReference(reference: DanglingReference, fix: ReferenceFix): boolean {
  if (fix === 'kept') return keepAsItIs([reference.id]);
  const document = useStudio.getState().history?.document;
  if (!document) return false;
  const after = applyReferenceFix(document, reference, fix);
  const labels = {
    'restore-process': 'Restore company process',
    'delete-mapping': 'Delete mapping',
    'delete-node': 'Delete node',
  } as const;
  return runCommand(documentEdit(document, after), labels[fix]);
}

/**
 * After a save: removes the record of every file whose conflicts are all resolved, when what
 * was saved is what is on screen (nothing unsaved). Never before a save succeeded: the record
 * is then the only place that still knows the other side.
 */
export async function removeSettledRecords(): Promise<void> {
  const { history, workspace } = useStudio.getState();
  const merge = useMerge.getState();
  if (!history || !workspace || isDirty(history) || merge.handle !== workspace.handle) return;
  const items = mergeItems(history.document, merge);
  for (const record of settledRecords(items.conflicts, merge.records)) {
    const result = await host().call('merge.removeRecord', {
      handle: workspace.handle,
      record: record.file,
      hash: record.hash,
    });
    if (!result.ok) {
      useMerge.setState({ removeError: result.error });
      return;
    }
    const now = useMerge.getState();
    useMerge.setState({
      records: now.records.filter((r) => r.file !== record.file),
      removeError: null,
    });
  }
}

/** Asks the host for the branch and changed files (null where there is no git). */
export async function refreshGitStatus(handle: string): Promise<void> {
  const result = await host().call('workspace.gitStatus', { handle });
  if (useMerge.getState().handle !== handle) return;
  useMerge.setState({ git: result.ok ? result.value : null });
}
