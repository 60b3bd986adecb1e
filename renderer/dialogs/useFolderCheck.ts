import type { PathChoice } from '../../shared/ipc/path-ref';
import { CHECKING_FOLDER, describeFolder, type FolderVerdict } from '../state/folder-check';
import type { FolderPurpose } from '../state/studio-store';
import { useInspectedPath } from './useInspectedPath';

/** Checks a folder with `folder.inspect` as the user types or picks it (debounced), for `purpose`. */
export function useFolderCheck(place: PathChoice, purpose: FolderPurpose): FolderVerdict | null {
  const inspected = useInspectedPath(place);
  if ((place.path ?? '').trim() === '') return null;
  if (!inspected) return CHECKING_FOLDER;
  return inspected.ok
    ? describeFolder(inspected.value, purpose)
    : { ok: false, message: inspected.error.message };
}
