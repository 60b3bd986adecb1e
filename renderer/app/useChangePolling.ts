import { useEffect } from 'react';
import { host } from '../platform/host';
import { useStudio } from '../state/studio-store';

const WAIT_MS = 25_000;
const RETRY_MS = 5_000;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, ms));
}

/** Adds changed files to the open conflict prompt, or opens one. */
function reportChanges(files: readonly string[]): void {
  useStudio.setState((s) => {
    const known = new Set(s.conflict?.files ?? []);
    for (const f of files) known.add(f);
    return {
      conflict: { reason: s.conflict?.reason ?? 'outside', files: [...known].sort() },
    };
  });
}

/**
 * Long-polls the host for changes made outside the app to the open workspace, while one is
 * open. A failed poll waits a little and tries again.
 */
export function useChangePolling(handle: string | null): void {
  useEffect(() => {
    if (!handle) return;
    let live = true;
    void (async () => {
      while (live) {
        const result = await host().call('workspace.pollChanges', { waitMs: WAIT_MS });
        if (!live) return;
        if (!result.ok) {
          await sleep(RETRY_MS);
          continue;
        }
        const files = result.value.filter((c) => c.handle === handle).flatMap((c) => c.files);
        if (files.length > 0) reportChanges(files);
      }
    })();
    return () => {
      live = false;
    };
  }, [handle]);
}
