import { useId } from 'react';
import type { FolderVerdict } from '../state/folder-check';
import { hintClass } from '../ui/save-target-hint';

interface Props {
  value: string;
  onChange: (value: string) => void;
  verdict: FolderVerdict | null;
  placeholder?: string;
}

/** The "Folder" path field with its live verdict read out to assistive tech. */
export function FolderField({ value, onChange, verdict, placeholder }: Props) {
  const inputId = useId();
  const verdictId = useId();
  return (
    <div className="field">
      <label htmlFor={inputId}>Folder</label>
      <input
        id={inputId}
        type="text"
        value={value}
        spellCheck={false}
        autoComplete="off"
        placeholder={placeholder}
        aria-describedby={verdictId}
        aria-invalid={verdict && verdict.pending !== true ? !verdict.ok : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={verdictId} className={hintClass(verdict)} aria-live="polite">
        {verdict?.message ?? 'Type the full path of a folder.'}
      </p>
    </div>
  );
}
