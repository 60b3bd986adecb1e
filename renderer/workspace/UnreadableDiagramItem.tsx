import { useId, useState } from 'react';
import type { UnreadableDiagram } from './unreadable-diagrams';

/**
 * A diagram file that could not be read, in the diagram list: marked, never opened as a tab (there
 * is no diagram to show) and never written by a save; its button shows or hides why.
 */
export function UnreadableDiagramItem({ diagram }: { diagram: UnreadableDiagram }) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  return (
    <li className="diagram-unreadable">
      <button
        type="button"
        className="diagram-item"
        aria-expanded={open}
        aria-controls={detailsId}
        aria-label={`${diagram.file}: cannot be read`}
        onClick={() => setOpen((was) => !was)}
      >
        <span className="diagram-name">{diagram.stem}</span>
        <span className="badge-unreadable" aria-hidden="true">
          cannot be read
        </span>
      </button>
      {open && (
        <div
          id={detailsId}
          className="unreadable-details"
          role="note"
          aria-label="Why it cannot be read"
        >
          <p className="unreadable-file">{diagram.file}</p>
          {/* The host's message names the file and the place in it already. */}
          <p>{`${diagram.reason.message} [${diagram.reason.code}]`}</p>
          <p className="muted">
            The file is left as it is and never saved over. Fix it outside the app, then reopen the
            workspace.
          </p>
        </div>
      )}
    </li>
  );
}
