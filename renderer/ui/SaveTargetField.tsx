import { useId } from 'react';
import type { Place } from '../dialogs/usePlace';
import type { ExportTargetVerdict } from '../framework-map/export-target';

interface Props {
  /** The field's label. */
  label?: string;
  place: Place;
  /** What the check of the path says, or null while nothing is typed. */
  verdict: ExportTargetVerdict | null;
  placeholder: string;
  /** The text typed (the reference of a picked file is dropped). */
  onType: (text: string) => void;
  /** Opens the host's save dialog; absent where the host has none (the browser host). */
  onChoose?: () => void;
}

/**
 * The file an export is saved to: a path typed in, checked as it is typed (the hint below says
 * what is wrong or that it will be created or replaced), or chosen with the host's save
 * dialog. One field for every export dialog (reports and tables, the map, the catalogue).
 */
export function SaveTargetField({
  label = 'File',
  place,
  verdict,
  placeholder,
  onType,
  onChoose,
}: Props) {
  const fileId = useId();
  const hintId = useId();
  return (
    <div className="field-row">
      <div className="field">
        <label htmlFor={fileId}>{label}</label>
        <input
          id={fileId}
          type="text"
          value={place.path}
          spellCheck={false}
          autoComplete="off"
          placeholder={placeholder}
          aria-describedby={hintId}
          aria-invalid={verdict ? !verdict.ok : undefined}
          onChange={(event) => onType(event.target.value)}
        />
        <p
          id={hintId}
          className={`field-hint ${verdict ? (verdict.ok ? 'hint-ok' : 'hint-bad') : ''}`}
          aria-live="polite"
        >
          {verdict?.message ?? 'Type the full path of the file to write.'}
        </p>
      </div>
      {onChoose && (
        <button type="button" className="browse" onClick={onChoose}>
          Choose…
        </button>
      )}
    </div>
  );
}
