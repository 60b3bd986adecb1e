import { useId, useState } from 'react';
import { Dialog } from './Dialog';

interface Props {
  title: string;
  /** The field's accessible label, e.g. "Diagram name". */
  field: string;
  /** The submit button's text, e.g. "Rename". */
  action: string;
  initial: string;
  maxLength: number;
  /** When false (the default), the action stays disabled while the field is blank. */
  allowEmpty?: boolean;
  /** Gets the trimmed text. */
  onSubmit: (text: string) => void;
  onCancel: () => void;
}

/** A dialog that asks for one line of text: a name, a label. */
export function TextPromptDialog(props: Props) {
  const { title, field, action, initial, maxLength, allowEmpty = false } = props;
  const id = useId();
  const [text, setText] = useState(initial);
  const ok = allowEmpty || text.trim() !== '';
  return (
    <Dialog title={title} onCancel={props.onCancel}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ok) props.onSubmit(text.trim());
        }}
      >
        <div className="field">
          <label htmlFor={id}>{field}</label>
          <input
            id={id}
            type="text"
            value={text}
            maxLength={maxLength}
            onChange={(event) => setText(event.target.value)}
            onFocus={(event) => event.target.select()}
          />
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel}>
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
