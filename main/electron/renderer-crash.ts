import type { WebContents } from 'electron';

/** A page that dies this many times within RELOAD_WINDOW_MS is left as it is. */
const MAX_RELOADS = 3;
const RELOAD_WINDOW_MS = 60_000;

/**
 * Reloads the editor when its renderer process dies (a crash, out of memory, killed), so the
 * user gets the app back instead of a blank window, and on reopening the workspace the
 * journal's offer of the unsaved work (RELIABILITY B.7). A page that keeps dying is reloaded at
 * most three times a minute, so a crash loop does not spin.
 */
export function reloadAfterRendererCrash(
  contents: Pick<WebContents, 'on' | 'reload'>,
  log: (message: string) => void,
  now: () => number = Date.now,
): void {
  const reloads: number[] = [];
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    const at = now();
    while (reloads.length > 0 && at - reloads[0]! > RELOAD_WINDOW_MS) reloads.shift();
    if (reloads.length >= MAX_RELOADS) {
      log(`The editor stopped again (${details.reason}); not reloading it.`);
      return;
    }
    reloads.push(at);
    log(`The editor stopped (${details.reason}, exit code ${details.exitCode}); reloading it.`);
    contents.reload();
  });
}
