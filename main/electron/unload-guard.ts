import { dialog, type BrowserWindow } from 'electron';
import { SAVE_AND_CLOSE_EVENT } from '../../shared/actions/host-events';
import { MENU_CHANNEL } from './channels';

/** The buttons of the close dialog, in order; Cancel is also what Escape answers. */
export const CLOSE_BUTTONS = ['Save', 'Don’t save', 'Cancel'] as const;

/**
 * The renderer refuses to unload while there are unsaved changes (useUnsavedGuard). Electron
 * then cancels the close silently, so ask here. Save: the page saves and closes the window itself
 * once the save succeeded (a failed save keeps it open, saying why). Don't save: the window
 * closes; the edits stay in the recovery journal and are offered again when the workspace is next
 * opened. Cancel: nothing happens.
 */
export function guardUnsavedClose(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: [...CLOSE_BUTTONS],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
      title: 'Unsaved changes',
      message: 'Save the changes to this workspace before closing?',
      detail:
        'If you close without saving, the changes are kept in the recovery journal and offered again the next time you open this workspace.',
    });
    if (choice === 1) event.preventDefault();
    else if (choice === 0) window.webContents.send(MENU_CHANNEL, SAVE_AND_CLOSE_EVENT);
  });
}
