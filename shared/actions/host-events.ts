/**
 * Sent by the desktop host on the menu channel, beside action ids, when a second launch names
 * a workspace folder (the folder is the argument). Not an action: the user did not ask for it
 * in this window.
 */
export const OPEN_PATH_EVENT = 'workspace.openPath';

/**
 * Sent by the desktop host when the user chose Save in its "unsaved changes" dialog on closing
 * the window: the page saves, then closes the window (or stays open, saying why, if it cannot).
 */
export const SAVE_AND_CLOSE_EVENT = 'window.saveAndClose';
