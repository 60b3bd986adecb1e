import { useState } from 'react';

interface Props {
  label: string;
  value: string;
  /** Called once per commit (blur or Enter), only when the text changed. */
  onCommit: (value: string) => void;
  multiline?: boolean;
  disabled?: boolean;
  placeholder?: string;
}

/**
 * A text field that edits locally and commits on blur or Enter (Ctrl+Enter in a multi-line
 * field), so each field commit is one undo step, never one per keystroke. Escape puts the
 * committed value back.
 */
export function FieldInput({ label, value, onCommit, multiline, disabled, placeholder }: Props) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The value changed from elsewhere (undo, another field): show it.
    setShown(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      setDraft(value);
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    }
  };
  const common = {
    'aria-label': label,
    value: draft,
    disabled,
    placeholder,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setDraft(event.target.value),
    onBlur: commit,
    onKeyDown,
  };
  return (
    <label className="prop-field">
      <span className="prop-label">{label}</span>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
    </label>
  );
}
