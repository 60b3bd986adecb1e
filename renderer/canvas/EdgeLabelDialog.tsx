import { useId, useState } from 'react';
import type { DiagramId, EdgeId } from '../../shared/model/ids';
import { Dialog } from '../dialogs/Dialog';
import { runCommand } from '../state/edit-actions';

interface Props {
  diagramId: DiagramId;
  edgeId: EdgeId;
  initial: string;
  onClose: () => void;
}

/** Sets or clears a connection's label (double-click on a connection). */
export function EdgeLabelDialog({ diagramId, edgeId, initial, onClose }: Props) {
  const id = useId();
  const [label, setLabel] = useState(initial);
  const apply = () => {
    const trimmed = label.trim();
    if (trimmed !== initial) {
      runCommand({
        name: 'edge.relabel',
        args: { diagramId, id: edgeId, label: trimmed === '' ? undefined : trimmed },
      });
    }
    onClose();
  };
  return (
    <Dialog title="Label connection" onCancel={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <div className="field">
          <label htmlFor={id}>Connection label</label>
          <input
            id={id}
            type="text"
            value={label}
            maxLength={10_000}
            onChange={(event) => setLabel(event.target.value)}
          />
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Apply
          </button>
        </div>
      </form>
    </Dialog>
  );
}
