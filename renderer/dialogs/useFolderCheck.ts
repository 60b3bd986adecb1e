import { describeFolder, type FolderVerdict } from '../state/folder-check';
import type { FolderPurpose } from '../state/studio-store';
import { useInspectedPath } from './useInspectedPath';

/** Checks a typed path with `folder.inspect` as the user types (debounced), for `purpose`. */
export function useFolderCheck(path: string, purpose: FolderPurpose): FolderVerdict | null {
  const inspected = useInspectedPath(path);
  if (path.trim() === '') return null;
  if (!inspected) return { ok: false, message: 'Checking…' };
  return inspected.ok
    ? describeFolder(inspected.value, purpose)
    : { ok: false, message: inspected.error.message };
}
