import { useEffect, useState } from 'react';
import type { HostResult } from '../../shared/ipc/errors';
import type { FolderInfo } from '../../shared/ipc/methods/workspace-methods';
import type { PathChoice } from '../../shared/ipc/path-ref';
import { host } from '../platform/host';

/** How long typing must pause before a path is looked up on disk. */
const DEBOUNCE_MS = 150;

/**
 * What `folder.inspect` says about a place (its path trimmed, with the host's reference when it
 * has one), looked up while the user types (debounced); null while the path is empty, `enabled`
 * is false, or the answer for this exact place has not come yet, so a stale answer for an earlier
 * one is never returned.
 */
export function useInspectedPath(place: PathChoice, enabled = true): HostResult<FolderInfo> | null {
  const [answer, setAnswer] = useState<{ key: string; result: HostResult<FolderInfo> } | null>(
    null,
  );
  const trimmed = (place.path ?? '').trim();
  const ref = place.ref;
  const key = `${ref ?? ''}\n${trimmed}`;
  const active = enabled && trimmed !== '';

  useEffect(() => {
    if (!active) return;
    let live = true;
    const timer = window.setTimeout(() => {
      void host()
        .call('folder.inspect', { path: trimmed, ...(ref === undefined ? {} : { ref }) })
        .then((result) => {
          if (live) setAnswer({ key, result });
        });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [active, trimmed, ref, key]);

  return active && answer?.key === key ? answer.result : null;
}
