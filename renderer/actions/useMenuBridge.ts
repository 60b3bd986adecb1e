import { useEffect } from 'react';
import {
  OPEN_BUNDLE_EVENT,
  OPEN_PATH_EVENT,
  SAVE_AND_CLOSE_EVENT,
} from '../../shared/actions/host-events';
import type { OfferedPath } from '../../shared/ipc/path-ref';
import { openBundleDialog } from '../bundles/bundle-dialog-store';
import { isActionId, menuActionIds } from '../../shared/actions/menus';
import { useLibrary } from '../framework/library-store';
import { getPlatform, host } from '../platform/host';
import { useStudio } from '../state/studio-store';
import { confirmDiscard, openWorkspaceAt, saveAndCloseWindow } from '../state/workspace-actions';
import { currentContext, isEnabled, runAction } from './registry';

/** A second launch named a workspace: the host sends the folder's reference (G.32). */
async function openPath(ref: string | undefined): Promise<void> {
  if (ref && (await confirmDiscard())) await openWorkspaceAt({ ref });
}

/** The `{path, ref}` the host sends with OPEN_BUNDLE_EVENT, or null when it is not one. */
function offeredPathOf(arg: string | undefined): OfferedPath | null {
  try {
    const value: unknown = JSON.parse(arg ?? '');
    if (typeof value !== 'object' || value === null) return null;
    const { path, ref } = value as Record<string, unknown>;
    return typeof path === 'string' && typeof ref === 'string' ? { path, ref } : null;
  } catch {
    return null;
  }
}

/** How long after a change the native menu's enabled states are sent (changes come in bursts). */
const REPORT_DELAY_MS = 50;

/**
 * The desktop app's native menu: its items send action ids, run here like any other way of
 * asking; and after every change of state the menu learns which of its actions can run, so
 * it greys out the others.
 */
export function useMenuBridge(): void {
  useEffect(() => {
    const platform = getPlatform();
    const unsubscribe = platform.onMenuCommand((command, arg) => {
      if (command === OPEN_PATH_EVENT) void openPath(arg);
      else if (command === OPEN_BUNDLE_EVENT) {
        const file = offeredPathOf(arg);
        if (file) openBundleDialog({ kind: 'import', file });
      } else if (command === SAVE_AND_CLOSE_EVENT) void saveAndCloseWindow();
      else if (isActionId(command)) runAction(command);
    });
    if (platform.kind !== 'electron') return unsubscribe;

    const ids = menuActionIds();
    let sent = '';
    let timer: number | undefined;
    const report = () => {
      const ctx = currentContext();
      const enabled = ids.filter((id) => isEnabled(id, ctx));
      const key = enabled.join(' ');
      if (key === sent) return;
      sent = key;
      void host().call('app.setMenuState', { enabled });
    };
    const schedule = () => {
      window.clearTimeout(timer);
      // After React has rendered the change, so an opened dialog counts as open.
      timer = window.setTimeout(report, REPORT_DELAY_MS);
    };
    schedule();
    const stopStudio = useStudio.subscribe(schedule);
    const stopLibrary = useLibrary.subscribe(schedule);
    return () => {
      window.clearTimeout(timer);
      stopStudio();
      stopLibrary();
      unsubscribe();
    };
  }, []);
}
