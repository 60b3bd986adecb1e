import { useCallback, useEffect, useRef, useState } from 'react';
import type { RecentWorkspace } from '../../shared/ipc/methods/settings-methods';
import { placeOf } from '../../shared/ipc/path-ref';
import { host } from '../platform/host';

/**
 * The recent workspaces from settings, a way to forget one, and `prepare`: an entry the user
 * points at or tabs to is inspected by the host (once), which starts its read worker then
 * rather than at the click (see WorkspaceStore.inspectFolder).
 */
export function useRecent(): {
  recent: RecentWorkspace[];
  remove: (entry: RecentWorkspace) => Promise<void>;
  prepare: (entry: RecentWorkspace) => void;
} {
  const [recent, setRecent] = useState<RecentWorkspace[]>([]);
  const prepared = useRef(new Set<string>());

  useEffect(() => {
    let live = true;
    void host()
      .call('recent.list', {})
      .then((result) => {
        if (live && result.ok) setRecent(result.value);
      });
    return () => {
      live = false;
    };
  }, []);

  const remove = useCallback(async (entry: RecentWorkspace) => {
    const result = await host().call('recent.remove', placeOf(entry));
    if (result.ok) setRecent(result.value);
  }, []);

  const prepare = useCallback((entry: RecentWorkspace) => {
    if (!entry.exists || prepared.current.has(entry.path)) return;
    prepared.current.add(entry.path);
    // Only a head start: what it finds is not needed, and the open reports any problem.
    void host().call('folder.inspect', placeOf(entry));
  }, []);

  return { recent, remove, prepare };
}
