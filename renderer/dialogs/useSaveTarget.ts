import { useState } from 'react';
import type { HostError } from '../../shared/ipc/errors';
import type { SaveFormat } from '../../shared/ipc/methods/export-methods';
import type { PathChoice } from '../../shared/ipc/path-ref';
import { withFormatExtension, type ExportTargetVerdict } from '../framework-map/export-target';
import { useExportTargetCheck } from '../framework-map/useExportTargetCheck';
import { host } from '../platform/host';
import { useNativeDialogs } from './useNativeDialogs';
import { usePlace, type Place } from './usePlace';

/** The file an export dialog writes to, and whether it may be written now. */
export interface SaveTarget {
  place: Place;
  /** What to send to the host. */
  chosen: PathChoice;
  /** What the check of the path says, or null while nothing is typed. */
  verdict: ExportTargetVerdict | null;
  /** The file exists: it is replaced only once `replace` is ticked. */
  needsConfirm: boolean;
  replace: boolean;
  setReplace: (replace: boolean) => void;
  /** The path checked out, and an existing file may be replaced: Export may go ahead. */
  writable: boolean;
  /** What the host's write call takes as `overwrite`. */
  overwrite: boolean;
  /** The text typed: a new path, so "Replace" is asked again. */
  type: (text: string) => void;
  /**
   * The format changed: a path already given takes its extension, or `extension` (a file
   * picked for one format is not good for another: its name and its grant differ).
   */
  refit: (format: SaveFormat, extension?: string) => void;
  /** Opens the host's save dialog; absent where the host has none (the browser host). */
  pickNative?: () => void;
}

/**
 * The save target of an export: a path typed in or picked with the host's save dialog
 * (suggesting `suggestedName`), checked as it is typed for `format`, an existing file replaced
 * only when the user ticks it (the operating system's dialog has asked already). A failure of
 * the save dialog goes to `onPickError`. One state for every export dialog.
 */
export function useSaveTarget(
  format: SaveFormat,
  suggestedName: string,
  onPickError: (error: HostError) => void,
): SaveTarget {
  const file = usePlace();
  const [replace, setReplace] = useState(false);
  const verdict = useExportTargetCheck(file.chosen, format);
  const native = useNativeDialogs();
  const needsConfirm = verdict?.exists === true;

  const pickNative = async () => {
    const result = await host().call('dialog.pickSaveFile', { suggestedName, format });
    if (result.ok && result.value !== null) {
      file.pick(result.value);
      setReplace(true);
    } else if (!result.ok) onPickError(result.error);
  };

  return {
    place: file.place,
    chosen: file.chosen,
    verdict,
    needsConfirm,
    replace,
    setReplace,
    writable: verdict?.ok === true && (!needsConfirm || replace),
    overwrite: needsConfirm && replace,
    type: (text) => {
      file.type(text);
      setReplace(false);
    },
    refit: (next, extension) => {
      if (file.place.path !== '') file.type(withFormatExtension(file.place.path, next, extension));
    },
    ...(native ? { pickNative: () => void pickNative() } : {}),
  };
}
