import { useEffect } from 'react';
import { openBundleDialog } from '../bundles/bundle-dialog-store';
import { host } from '../platform/host';
import { openWorkspaceAt } from '../state/workspace-actions';

/**
 * Opens the workspace named on the command line at launch, if any; a bundle named there is
 * offered for import into the workspace on screen (or the next one opened).
 */
export function useStartupWorkspace(): void {
  useEffect(() => {
    let live = true;
    void host()
      .call('app.info', {})
      .then((result) => {
        if (!live || !result.ok) return;
        const { startupWorkspace, startupBundle } = result.value;
        if (startupWorkspace) void openWorkspaceAt(startupWorkspace);
        if (startupBundle) openBundleDialog({ kind: 'import', file: startupBundle });
      });
    return () => {
      live = false;
    };
  }, []);
}
