import { ConfirmDialog } from '../dialogs/ConfirmDialog';
import { ConflictDialog } from '../dialogs/ConflictDialog';
import { FolderDialog } from '../dialogs/FolderDialog';
import { AboutDialog } from '../library/AboutDialog';
import { RecoveryDialog } from '../dialogs/RecoveryDialog';
import { useStudio } from '../state/studio-store';
import { NewWorkspaceDialog } from '../welcome/NewWorkspaceDialog';
import { WelcomeScreen } from '../welcome/WelcomeScreen';
import { WorkspaceView } from '../workspace/WorkspaceView';
import { useChangePolling } from './useChangePolling';
import { useDocumentTitle } from './useDocumentTitle';
import { useJournal } from './useJournal';
import { useShortcuts } from './useShortcuts';
import { useStartupWorkspace } from './useStartupWorkspace';
import { useUnsavedGuard } from './useUnsavedGuard';

/** Composes the screens, the dialogs and the app-wide behaviours; holds no logic of its own. */
export function App() {
  const handle = useStudio((s) => s.workspace?.handle ?? null);
  const creating = useStudio((s) => s.newWorkspaceOpen);
  useShortcuts();
  useStartupWorkspace();
  useDocumentTitle();
  useJournal();
  useUnsavedGuard();
  useChangePolling(handle);
  return (
    <>
      {handle ? <WorkspaceView /> : <WelcomeScreen />}
      {creating && (
        <NewWorkspaceDialog onClose={() => useStudio.setState({ newWorkspaceOpen: false })} />
      )}
      <RecoveryDialog />
      <ConflictDialog />
      <ConfirmDialog />
      <FolderDialog />
      <AboutDialog />
    </>
  );
}
