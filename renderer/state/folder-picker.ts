import type { PathChoice } from '../../shared/ipc/path-ref';
import { host } from '../platform/host';
import { useStudio, type FolderPurpose } from './studio-store';

/**
 * Asks the user for a folder: the host's native dialog where it has one (its answer carries
 * the host's reference), else the in-app folder dialog, whose typed path is the answer (the
 * browser host answers UNSUPPORTED). Resolves to null when cancelled.
 */
export async function pickFolder(purpose: FolderPurpose): Promise<PathChoice | null> {
  const result = await host().call('dialog.pickFolder', { purpose });
  if (result.ok) return result.value;
  if (result.error.code !== 'UNSUPPORTED') {
    useStudio.setState({ error: result.error });
    return null;
  }
  const typed = await new Promise<string | null>((resolve) => {
    useStudio.getState().folderPrompt?.resolve(null);
    useStudio.setState({ folderPrompt: { purpose, resolve } });
  });
  return typed === null ? null : { path: typed };
}

/** Closes the in-app folder dialog with the chosen path, or null when cancelled. */
export function answerFolderPrompt(path: string | null): void {
  const prompt = useStudio.getState().folderPrompt;
  useStudio.setState({ folderPrompt: null });
  prompt?.resolve(path);
}
