import { useId, useState } from 'react';
import { Dialog } from '../dialogs/Dialog';

interface Props {
  title: string;
  action: string;
  initial: string;
  onSubmit: (name: string) => void;
  onCancel: () => void;
}

/** Asks for a diagram name (new, rename, duplicate). */
export function DiagramNameDialog({ title, action, initial, onSubmit, onCancel }: Props) {
  const id = useId();
  const [name, setName] = useState(initial);
  const ok = name.trim() !== '';
  return (
    <Dialog title={title} onCancel={onCancel}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ok) onSubmit(name.trim());
        }}
      >
        <div className="field">
          <label htmlFor={id}>Diagram name</label>
          <input
            id={id}
            type="text"
            value={name}
            maxLength={500}
            onChange={(event) => setName(event.target.value)}
            onFocus={(event) => event.target.select()}
          />
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!ok}>
            {action}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
