import { useEffect, useState } from 'react';
import type { HostResult } from '../../shared/ipc/errors';
import type { FolderInfo } from '../../shared/ipc/methods/workspace-methods';
import { host } from '../platform/host';

/** How long typing must pause before a path is looked up on disk. */
const DEBOUNCE_MS = 150;

/**
 * What `folder.inspect` says about `path` (trimmed), looked up while the user types (debounced);
 * null while `path` is empty, `enabled` is false, or the answer for this exact path has not come
 * yet, so a stale answer for an earlier path is never returned.
 */
export function useInspectedPath(path: string, enabled = true): HostResult<FolderInfo> | null {
  const [answer, setAnswer] = useState<{ path: string; result: HostResult<FolderInfo> } | null>(
    null,
  );
  const trimmed = path.trim();
  const active = enabled && trimmed !== '';

  useEffect(() => {
    if (!active) return;
    let live = true;
    const timer = window.setTimeout(() => {
      void host()
        .call('folder.inspect', { path: trimmed })
        .then((result) => {
          if (live) setAnswer({ path: trimmed, result });
        });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [active, trimmed]);

  return active && answer?.path === trimmed ? answer.result : null;
}
