import type { SaveTarget } from '../dialogs/useSaveTarget';
import { SaveTargetField } from './SaveTargetField';
import './choice-group.css';

/**
 * The file field of an export dialog (`SaveTargetField`) with, where the file exists, the box
 * to tick before it is replaced.
 */
export function SaveTargetChoice({
  target,
  placeholder,
  label,
}: {
  target: SaveTarget;
  placeholder: string;
  label?: string;
}) {
  return (
    <>
      <SaveTargetField
        {...(label === undefined ? {} : { label })}
        place={target.place}
        verdict={target.verdict}
        placeholder={placeholder}
        onType={target.type}
        {...(target.pickNative ? { onChoose: target.pickNative } : {})}
      />
      {target.needsConfirm && (
        <label className="choice-line">
          <input
            type="checkbox"
            checked={target.replace}
            onChange={(event) => target.setReplace(event.target.checked)}
          />
          Replace the existing file
        </label>
      )}
    </>
  );
}
