/**
 * Sent by the desktop host on the menu channel, beside action ids, when a second launch names
 * a workspace folder (the folder is the argument). Not an action: the user did not ask for it
 * in this window.
 */
export const OPEN_PATH_EVENT = 'workspace.openPath';

/**
 * Sent by the desktop host when a second launch names a bundle (`*.etom.json`, e.g. opened by
 * double-click): the argument is the offered file as JSON (`{path, ref}`, the reference good for
 * reading it once); the page
 * offers to import it into the workspace on screen, or the next one opened.
 */
export const OPEN_BUNDLE_EVENT = 'bundle.openPath';

/**
 * Sent by the desktop host when the user chose Save in its "unsaved changes" dialog on closing
 * the window: the page saves, then closes the window (or stays open, saying why, if it cannot).
 */
export const SAVE_AND_CLOSE_EVENT = 'window.saveAndClose';
