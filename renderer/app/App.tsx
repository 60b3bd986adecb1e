import { currentHost } from '../actions/environment';
import { useKeyboardShortcuts } from '../actions/useKeyboardShortcuts';
import { useMenuBridge } from '../actions/useMenuBridge';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';
import { ConflictDialog } from '../dialogs/ConflictDialog';
import { FolderDialog } from '../dialogs/FolderDialog';
import { AboutDialog } from '../library/AboutDialog';
import { RecoveryDialog } from '../dialogs/RecoveryDialog';
import { UnsavedChangesDialog } from '../dialogs/UnsavedChangesDialog';
import { useStudio } from '../state/studio-store';
import { CommandPalette } from '../ui/CommandPalette';
import { ContextMenu } from '../ui/ContextMenu';
import { MenuBar } from '../ui/MenuBar';
import { ShortcutHelp } from '../ui/ShortcutHelp';
import { NewWorkspaceDialog } from '../welcome/NewWorkspaceDialog';
import { WelcomeScreen } from '../welcome/WelcomeScreen';
import { Prompts } from '../workspace/Prompts';
import { WorkspaceView } from '../workspace/WorkspaceView';
import { useChangePolling } from './useChangePolling';
import { useDocumentTitle } from './useDocumentTitle';
import { useJournal } from './useJournal';
import { useTabMemory } from './useTabMemory';
import { useViewMemory } from './useViewMemory';
import { useStartupWorkspace } from './useStartupWorkspace';
import { useTheme } from './useTheme';
import { useUnsavedGuard } from './useUnsavedGuard';

/** Where the desktop app has its native menu, the browser mode draws the same one itself. */
const IN_APP_MENU = currentHost() === 'browser';

/** Composes the screens, the dialogs and the app-wide behaviours; holds no logic of its own. */
export function App() {
  const handle = useStudio((s) => s.workspace?.handle ?? null);
  const creating = useStudio((s) => s.newWorkspaceOpen);
  useKeyboardShortcuts();
  useMenuBridge();
  useStartupWorkspace();
  useDocumentTitle();
  useJournal();
  useTabMemory();
  useViewMemory();
  useUnsavedGuard();
  useTheme();
  useChangePolling(handle);
  return (
    <div className={IN_APP_MENU ? 'app-frame with-menu-bar' : 'app-frame'}>
      {IN_APP_MENU && <MenuBar />}
      <div className="app-screen">{handle ? <WorkspaceView /> : <WelcomeScreen />}</div>
      {creating && (
        <NewWorkspaceDialog onClose={() => useStudio.setState({ newWorkspaceOpen: false })} />
      )}
      <Prompts />
      <ContextMenu />
      <CommandPalette />
      <ShortcutHelp />
      <RecoveryDialog />
      <ConflictDialog />
      <ConfirmDialog />
      <UnsavedChangesDialog />
      <FolderDialog />
      <AboutDialog />
    </div>
  );
}
