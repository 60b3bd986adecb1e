import {
  discardRecovery,
  restoreRecovery,
  restoreRecoveryAsCopy,
} from '../state/workspace-actions';
import { useStudio } from '../state/studio-store';
import { Dialog } from './Dialog';

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/** Offers unsaved work found in the journal when a workspace opens. */
export function RecoveryDialog() {
  const recovery = useStudio((s) => s.recovery);
  const folderOpen = useStudio((s) => s.folderPrompt !== null);
  if (!recovery || folderOpen) return null;
  return (
    <Dialog title="Unsaved changes found">
      <p>Restore unsaved changes from {formatTime(recovery.savedAt)}?</p>
      {recovery.stale && (
        <p className="warning">
          The files on disk changed after these changes were recorded, so they can only be restored
          as a copy in a new folder. The workspace on disk stays as it is.
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => void discardRecovery()}>
          Discard
        </button>
        {recovery.stale ? (
          <button
            type="button"
            className="primary"
            aria-label="Restore as copy"
            onClick={() => void restoreRecoveryAsCopy()}
          >
            Restore as copy…
          </button>
        ) : (
          <button type="button" className="primary" onClick={restoreRecovery}>
            Restore
          </button>
        )}
      </div>
    </Dialog>
  );
}
