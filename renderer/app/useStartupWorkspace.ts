import { useEffect } from 'react';
import { host } from '../platform/host';
import { openWorkspaceAt } from '../state/workspace-actions';

/** Opens the workspace named on the command line at launch, if any (desktop app). */
export function useStartupWorkspace(): void {
  useEffect(() => {
    let live = true;
    void host()
      .call('app.info', {})
      .then((result) => {
        const path = result.ok ? result.value.startupWorkspace : null;
        if (live && path) void openWorkspaceAt(path);
      });
    return () => {
      live = false;
    };
  }, []);
}
