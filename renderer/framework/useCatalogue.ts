import { useEffect } from 'react';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { getBuiltInCatalogue } from '../../shared/etom/registry';
import type { HostError } from '../../shared/ipc/errors';
import { loadCatalogue, usePackStore } from './pack-store';

export interface CatalogueState {
  catalogue: FrameworkCatalogue | undefined;
  /** True while a user pack is being read from the host. */
  loading: boolean;
  error: HostError | undefined;
}

/** The catalogue of `packId`: built-in packs at once, user packs once the host has sent them. */
export function useCatalogue(packId: string | null | undefined): CatalogueState {
  const builtIn = packId ? getBuiltInCatalogue(packId) : undefined;
  const user = usePackStore((s) => (packId ? s.user[packId] : undefined));
  const error = usePackStore((s) => (packId ? s.userErrors[packId] : undefined));
  const needsLoad = Boolean(packId) && !builtIn && !user && !error;
  useEffect(() => {
    if (needsLoad && packId) void loadCatalogue(packId);
  }, [needsLoad, packId]);
  return { catalogue: builtIn ?? user, loading: needsLoad, error };
}
