import { dialog, type BrowserWindow } from 'electron';

/**
 * The renderer refuses to unload while there are unsaved changes (useUnsavedGuard). Electron
 * then cancels the close silently, so ask here: "Close without saving" lets it go; the edits
 * stay in the recovery journal and are offered again when the workspace is next opened.
 */
export function guardUnsavedClose(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Close without saving', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      title: 'Unsaved changes',
      message: 'The workspace has changes that are not saved.',
      detail:
        'If you close now, they are kept in the recovery journal and offered again the next time you open this workspace.',
    });
    if (choice === 0) event.preventDefault();
  });
}
