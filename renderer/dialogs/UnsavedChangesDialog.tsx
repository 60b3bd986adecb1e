import { answerUnsaved, useUnsavedPrompt } from '../state/unsaved-prompt';
import { Dialog } from './Dialog';

/**
 * "Save changes?" before the open workspace goes (closed, or replaced by another): Save, Don't
 * save, Cancel. Escape cancels; Save is the first button, so Enter saves.
 */
export function UnsavedChangesDialog() {
  const prompt = useUnsavedPrompt((s) => s.prompt);
  if (!prompt) return null;
  return (
    <Dialog title={`Save changes to “${prompt.name}”?`} onCancel={() => answerUnsaved('cancel')}>
      <p>The workspace has changes that are not saved.</p>
      {!prompt.canSave && (
        <p className="warning">
          It is read-only here, so the changes cannot be saved to it: save a copy first, or choose
          Don’t save.
        </p>
      )}
      <div className="dialog-actions">
        {prompt.canSave && (
          <button type="button" className="primary" onClick={() => answerUnsaved('save')}>
            Save
          </button>
        )}
        <button type="button" className="danger" onClick={() => answerUnsaved('discard')}>
          Don’t save
        </button>
        <button type="button" onClick={() => answerUnsaved('cancel')}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
