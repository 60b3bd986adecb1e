/**
 * Text copied by the app, kept in memory as well: where the system clipboard cannot be read
 * (the browser refuses the permission, an insecure origin), paste still works within the app,
 * across diagrams and across the workspaces opened in this window.
 */
let inApp: string | null = null;

/** Puts text on the system clipboard when allowed, and always on the in-app one. */
export async function writeClipboardText(text: string): Promise<void> {
  inApp = text;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Refused or unavailable: the in-app copy is what paste will find.
  }
}

/**
 * The clipboard's text: the system's when it can be read and holds something, else what this
 * app copied last (null when nothing).
 */
export async function readClipboardText(): Promise<string | null> {
  try {
    // Asking would open the browser's permission prompt in the middle of a key press (seen to
    // stall the page in Chromium): the system clipboard is read only where already granted.
    if (!(await readGranted())) return inApp;
    const text = await navigator.clipboard.readText();
    if (text !== '') return text;
  } catch {
    // Permission refused: fall back to the in-app clipboard.
  }
  return inApp;
}

async function readGranted(): Promise<boolean> {
  try {
    const status = await navigator.permissions.query({ name: 'clipboard-read' as PermissionName });
    return status.state === 'granted';
  } catch {
    return false;
  }
}
