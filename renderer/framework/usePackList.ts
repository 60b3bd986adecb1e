import { useEffect } from 'react';
import type { HostError } from '../../shared/ipc/errors';
import type { PackSummary } from '../../shared/ipc/methods/framework-methods';
import { refreshPacks, usePackStore } from './pack-store';

/** The packs to choose from (built-in first, then user packs); asks the host once. */
export function usePackList(): { packs: PackSummary[] | null; error: HostError | null } {
  const packs = usePackStore((s) => s.summaries);
  const error = usePackStore((s) => s.listError);
  const asked = packs !== null || error !== null;
  useEffect(() => {
    if (!asked) void refreshPacks();
  }, [asked]);
  return { packs, error };
}
