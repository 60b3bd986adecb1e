import { isDirty } from '../../shared/commands/history';
import { keepMine, reloadFromDisk, saveAsCopy } from '../state/workspace-actions';
import { useStudio } from '../state/studio-store';
import { conflictChoices } from './conflict-choices';
import { Dialog } from './Dialog';

function dismiss() {
  useStudio.setState({ conflict: null });
}

/**
 * Disk and app disagree. After a refused save, or outside changes while there are unsaved
 * edits: reload, keep mine, or save as a copy (a read-only window cannot keep mine: its save
 * would be refused). Outside changes with nothing unsaved: reload.
 */
export function ConflictDialog() {
  const conflict = useStudio((s) => s.conflict);
  const dirty = useStudio((s) => (s.history ? isDirty(s.history) : false));
  const readOnly = useStudio((s) => s.workspace?.readOnly ?? null);
  if (!conflict) return null;
  const choices = conflictChoices({ reason: conflict.reason, dirty, readOnly });
  const choose = choices.includes('saveAsCopy');
  const files = conflict.files.length > 0 ? conflict.files : ['(unknown files)'];
  return (
    <Dialog
      title={choose ? 'Files changed on disk' : 'Workspace changed on disk'}
      onCancel={dismiss}
      wide
    >
      <p>
        {conflict.reason === 'save'
          ? 'Your changes were not saved, because these files changed outside eTOM Studio since they were loaded:'
          : 'These files were changed outside eTOM Studio:'}
      </p>
      <ul className="file-list">
        {files.map((f) => (
          <li key={f}>
            <code>{f}</code>
          </li>
        ))}
      </ul>
      <p>
        {!choose
          ? 'You have no unsaved changes. Reload to see the new version.'
          : choices.includes('keepMine')
            ? 'Reload to take the version on disk (your unsaved changes are lost), keep yours (the disk version is overwritten), or save yours as a copy in another folder.'
            : 'This window is read-only (see the notice above), so yours cannot replace the version on disk: reload to take it (your unsaved changes are lost), or save yours as a copy in another folder.'}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={dismiss}>
          {choose ? 'Cancel' : 'Not now'}
        </button>
        {choices.includes('saveAsCopy') && (
          <button type="button" aria-label="Save as copy" onClick={() => void copy()}>
            Save as copy…
          </button>
        )}
        {choices.includes('keepMine') && (
          <button type="button" onClick={() => void keepMine()}>
            Keep mine
          </button>
        )}
        <button type="button" className="primary" onClick={() => void reloadFromDisk()}>
          Reload from disk
        </button>
      </div>
    </Dialog>
  );
}

async function copy() {
  // The folder dialog replaces this one; the conflict returns if the copy is cancelled.
  const conflict = useStudio.getState().conflict;
  dismiss();
  if (!(await saveAsCopy())) useStudio.setState({ conflict });
}
