import { useId, useLayoutEffect, useRef } from 'react';
import type { FolderVerdict } from '../state/folder-check';
import { hintClass } from '../ui/save-target-hint';

interface Props {
  value: string;
  onChange: (value: string) => void;
  verdict: FolderVerdict | null;
  placeholder?: string;
  /** The value is the app's suggestion (usePlace's `suggest`), not the user's text. */
  suggested?: boolean;
}

/** The "Folder" path field with its live verdict read out to assistive tech. */
export function FolderField({ value, onChange, verdict, placeholder, suggested = false }: Props) {
  const inputId = useId();
  const verdictId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // A suggestion that lands while the user is in the field (it came back just as they paste or
  // type a path) is selected, so their text replaces it instead of going after it: putting the
  // value in leaves the caret at its end. A layout effect runs in the same task as the commit,
  // so no keystroke or paste can come between the value and the selection.
  useLayoutEffect(() => {
    const input = inputRef.current;
    if (suggested && input !== null && input === document.activeElement) input.select();
  }, [value, suggested]);
  return (
    <div className="field">
      <label htmlFor={inputId}>Folder</label>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        value={value}
        spellCheck={false}
        autoComplete="off"
        placeholder={placeholder}
        aria-describedby={verdictId}
        aria-invalid={
          verdict && verdict.pending !== true && verdict.browsing !== true ? !verdict.ok : undefined
        }
        onChange={(event) => onChange(event.target.value)}
      />
      <p
        id={verdictId}
        className={verdict?.browsing === true ? 'field-hint' : hintClass(verdict)}
        aria-live="polite"
      >
        {verdict?.message ?? 'Type the full path of a folder.'}
      </p>
    </div>
  );
}
