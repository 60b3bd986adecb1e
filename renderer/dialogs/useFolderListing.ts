import { useCallback, useRef, useState } from 'react';
import type { HostError } from '../../shared/ipc/errors';
import type { FolderListing } from '../../shared/ipc/methods/folder-methods';
import { host } from '../platform/host';

/** What the folder browser shows: the last folder listed, and why the last move failed. */
export interface ListingState {
  listing: FolderListing | null;
  error: HostError | null;
  /** Lists `path`; resolves to the listing, or null when it failed or a later call overtook it. */
  list: (path: string, quiet?: boolean) => Promise<FolderListing | null>;
  clearError: () => void;
}

/**
 * The folder the in-app browser is in, through `folder.list`. Only the newest call's answer is
 * kept, so a slow listing never replaces a later one. A `quiet` call (following what the user
 * types) keeps the previous folder and says nothing when the typed path cannot be listed: the
 * field's own check speaks about it.
 */
export function useFolderListing(): ListingState {
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [error, setError] = useState<HostError | null>(null);
  const latest = useRef(0);

  const list = useCallback(async (path: string, quiet = false) => {
    const call = ++latest.current;
    const result = await host().call('folder.list', { path });
    if (call !== latest.current) return null;
    if (result.ok) {
      setListing(result.value);
      setError(null);
      return result.value;
    }
    if (!quiet) setError(result.error);
    return null;
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { listing, error, list, clearError };
}
