import { useEffect } from 'react';
import { OPEN_PATH_EVENT, SAVE_AND_CLOSE_EVENT } from '../../shared/actions/host-events';
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
      else if (command === SAVE_AND_CLOSE_EVENT) void saveAndCloseWindow();
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
