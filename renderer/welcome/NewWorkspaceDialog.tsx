import { useId, useState } from 'react';
import { Dialog } from '../dialogs/Dialog';
import { FolderField } from '../dialogs/FolderField';
import { useFolderCheck } from '../dialogs/useFolderCheck';
import { usePlace } from '../dialogs/usePlace';
import { pickFolder } from '../state/folder-picker';
import { createWorkspace } from '../state/workspace-actions';

interface Props {
  onClose: () => void;
}

/** Name and folder of a new workspace; the folder must be empty or not exist yet. */
export function NewWorkspaceDialog({ onClose }: Props) {
  const nameId = useId();
  const [name, setName] = useState('');
  const folder = usePlace();
  const [busy, setBusy] = useState(false);
  const verdict = useFolderCheck(folder.chosen, 'create');
  const ready = name.trim() !== '' && verdict?.ok === true && !busy;

  const browse = async () => {
    const chosen = await pickFolder('create');
    if (chosen) folder.pick(chosen);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    const created = await createWorkspace(name.trim(), folder.chosen);
    setBusy(false);
    if (created) onClose();
  };

  return (
    <Dialog title="New workspace" onCancel={onClose} wide>
      <form onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={nameId}>Workspace name</label>
          <input
            id={nameId}
            type="text"
            value={name}
            maxLength={500}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="field-row">
          <FolderField value={folder.place.path} onChange={folder.type} verdict={verdict} />
          <button type="button" className="browse" onClick={() => void browse()}>
            Browse…
          </button>
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!ready}>
            Create workspace
          </button>
        </div>
      </form>
    </Dialog>
  );
}
