import { isDirty } from '../../shared/commands/history';
import { host } from '../platform/host';
import { askConfirm } from '../state/confirm';
import { useStudio } from '../state/studio-store';
import { reloadFromDisk } from '../state/workspace-actions';
import { takeOverQuestion } from './lock-text';

/**
 * Takes over the lock of a workspace that is read-only because another instance holds it,
 * after the user confirmed. Without unsaved edits the files are loaded again, since the other
 * instance may have saved meanwhile; with some (a restored journal), the next save checks them
 * against the disk and reports a conflict rather than overwriting.
 */
export async function takeOverWorkspace(): Promise<boolean> {
  const { workspace } = useStudio.getState();
  const holder = workspace?.lockedBy;
  if (!workspace || !holder) return false;
  const confirmed = await askConfirm({
    title: 'Take over this workspace?',
    message: takeOverQuestion(holder),
    confirmLabel: 'Take over',
  });
  if (!confirmed) return false;
  const result = await host().call('workspace.takeOver', { handle: workspace.handle, force: true });
  if (!result.ok) {
    useStudio.setState({ error: result.error });
    return false;
  }
  const { history } = useStudio.getState();
  if (!history || !isDirty(history)) return reloadFromDisk();
  useStudio.setState({
    workspace: { ...workspace, readOnly: result.value.readOnly, lockedBy: result.value.lockedBy },
  });
  return true;
}
