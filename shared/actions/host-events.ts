/**
 * Sent by the desktop host on the menu channel, beside action ids, when a second launch names
 * a workspace folder (the folder is the argument). Not an action: the user did not ask for it
 * in this window.
 */
export const OPEN_PATH_EVENT = 'workspace.openPath';
