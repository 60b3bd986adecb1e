import { useState } from 'react';

interface Props {
  id?: string;
  value: string;
  label: string;
  disabled?: boolean;
  onCommit: (value: string) => void;
  /** Called after Enter or Escape: the caller may move focus back where editing began. */
  onDone?: () => void;
  className?: string;
}

/**
 * A reason typed in place: kept on Enter or when focus leaves, put back on Escape, so each
 * change is one undo step rather than one per key.
 */
export function ReasonField(props: Props) {
  const { id, value, label, disabled = false, onCommit, onDone, className } = props;
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // A change from elsewhere (undo, another editor) replaces what is shown.
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const commit = () => {
    const next = draft.trim();
    if (next !== value) onCommit(next);
  };
  return (
    <input
      id={id}
      type="text"
      className={className}
      aria-label={label}
      value={draft}
      disabled={disabled}
      maxLength={4000}
      placeholder={disabled ? '' : 'Why?'}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          commit();
          onDone?.();
        } else if (event.key === 'Escape') {
          event.stopPropagation();
          setDraft(value);
          onDone?.();
        }
      }}
    />
  );
}
