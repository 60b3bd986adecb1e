import { useCallback, useMemo, useState } from 'react';
import type { PathChoice } from '../../shared/ipc/path-ref';

/** A file or folder being chosen in a dialog: the path shown, and the host's reference if any. */
export interface Place {
  path: string;
  ref?: string;
  /** The path is the app's suggestion (`suggest`), not typed or picked by the user. */
  suggested?: boolean;
}

/**
 * The file or folder field of a dialog. Typing sets the path and drops any reference; picking
 * (a native dialog's answer, a recent entry) sets both. `chosen` is what to send to the host:
 * the trimmed path with the reference, which the desktop host requires and the browser host
 * ignores (see shared/ipc/path-ref.ts).
 */
export function usePlace(): {
  place: Place;
  chosen: PathChoice;
  type: (text: string) => void;
  /**
   * Fills the field only while it is empty: an answer that comes late never overwrites typing.
   * The field shows a suggestion selected (FolderField), so a paste just after replaces it.
   */
  suggest: (text: string) => void;
  pick: (picked: PathChoice) => void;
} {
  const [place, setPlace] = useState<Place>({ path: '' });
  const type = useCallback((text: string) => setPlace({ path: text }), []);
  // An updater sees the latest state, keystrokes included, even those not yet rendered.
  const suggest = useCallback(
    (text: string) =>
      setPlace((place) => (place.path.trim() === '' ? { path: text, suggested: true } : place)),
    [],
  );
  const pick = useCallback(
    (picked: PathChoice) =>
      setPlace({
        path: picked.path ?? '',
        ...(picked.ref === undefined ? {} : { ref: picked.ref }),
      }),
    [],
  );
  const chosen = useMemo(
    () => ({ path: place.path.trim(), ...(place.ref === undefined ? {} : { ref: place.ref }) }),
    [place],
  );
  return { place, chosen, type, suggest, pick };
}
