import { useId, useState } from 'react';
import type { Place } from '../dialogs/usePlace';
import type { ExportTargetVerdict } from '../framework-map/export-target';
import { hintClass, nextAnnouncement } from './save-target-hint';

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
 * While the host checks, the hint says so in the neutral style. Screen readers hear a problem
 * once: the live region holds the last settled problem and keeps it while a check runs, so
 * typing on with the same problem announces nothing new.
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
  const settled = verdict === null || verdict.pending === true ? null : verdict;
  // The announced problem changes only when a check settles (state adjusted during render).
  const [announced, setAnnounced] = useState('');
  const next = nextAnnouncement(announced, verdict);
  if (next !== announced) setAnnounced(next);
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
          aria-invalid={settled ? !settled.ok : undefined}
          onChange={(event) => onType(event.target.value)}
        />
        <p id={hintId} className={hintClass(verdict)}>
          {verdict?.message ?? 'Type the full path of the file to write.'}
        </p>
        <p className="visually-hidden" aria-live="polite" data-testid="save-target-announcer">
          {announced}
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
