import { useEffect } from 'react';
import type { DiskChange } from '../../shared/ipc/methods/workspace-methods';
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
 * Another instance took the workspace over (the host found out): it is read-only here from now
 * on, so Save greys out and the lock notice names the new holder, before any save is tried.
 */
function becomeReadOnly(handle: string, lock: NonNullable<DiskChange['lock']>): void {
  useStudio.setState((s) =>
    s.workspace?.handle === handle
      ? { workspace: { ...s.workspace, readOnly: lock.readOnly, lockedBy: lock.lockedBy } }
      : {},
  );
}

/**
 * Long-polls the host for changes made outside the app to the open workspace, while one is
 * open: changed files, and a take-over of its lock by another instance. A failed poll waits a
 * little and tries again.
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
        const mine = result.value.filter((c) => c.handle === handle);
        const lock = mine.findLast((c) => c.lock !== undefined)?.lock;
        if (lock) becomeReadOnly(handle, lock);
        const files = mine.flatMap((c) => c.files);
        if (files.length > 0) reportChanges(files);
      }
    })();
    return () => {
      live = false;
    };
  }, [handle]);
}
