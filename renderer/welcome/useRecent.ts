import { useCallback, useEffect, useState } from 'react';
import type { RecentWorkspace } from '../../shared/ipc/methods/settings-methods';
import { placeOf } from '../../shared/ipc/path-ref';
import { host } from '../platform/host';

/** The recent workspaces from settings, and a way to forget one. */
export function useRecent(): {
  recent: RecentWorkspace[];
  remove: (entry: RecentWorkspace) => Promise<void>;
} {
  const [recent, setRecent] = useState<RecentWorkspace[]>([]);

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

  return { recent, remove };
}
