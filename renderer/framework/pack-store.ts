import { create } from 'zustand';
import { createCatalogue, type FrameworkCatalogue } from '../../shared/etom/catalogue';
import { getBuiltInCatalogue } from '../../shared/etom/registry';
import type { HostError } from '../../shared/ipc/errors';
import type { PackSummary } from '../../shared/ipc/methods/framework-methods';
import { host } from '../platform/host';

/** The packs the host knows and the user packs loaded so far. */
export interface PackStoreState {
  /** Built-in and user packs, as `framework.listPacks` gave them; null until first asked. */
  summaries: PackSummary[] | null;
  listError: HostError | null;
  /** User packs loaded through the host, by pack id. */
  user: Record<string, FrameworkCatalogue>;
  /** Why a user pack could not be loaded, by pack id. */
  userErrors: Record<string, HostError>;
}

export const usePackStore = create<PackStoreState>()(() => ({
  summaries: null,
  listError: null,
  user: {},
  userErrors: {},
}));

/** Asks the host for the list of packs again (after an import, on opening the library). */
export async function refreshPacks(): Promise<void> {
  const result = await host().call('framework.listPacks', {});
  if (result.ok) usePackStore.setState({ summaries: result.value.packs, listError: null });
  else usePackStore.setState({ listError: result.error });
}

/** The catalogue of a pack if it is built in or already loaded; never asks the host. */
export function catalogueFor(packId: string): FrameworkCatalogue | undefined {
  return getBuiltInCatalogue(packId) ?? usePackStore.getState().user[packId];
}

const pending = new Map<string, Promise<FrameworkCatalogue | undefined>>();

/**
 * The catalogue of any pack: built in, or a user pack loaded once from the host (with its
 * descriptions) and kept. Resolves undefined, and records why, when the host refuses.
 */
export function loadCatalogue(packId: string): Promise<FrameworkCatalogue | undefined> {
  const known = catalogueFor(packId);
  if (known !== undefined) return Promise.resolve(known);
  const inFlight = pending.get(packId);
  if (inFlight !== undefined) return inFlight;
  const load = host()
    .call('framework.loadUserPack', { packId })
    .then((result) => {
      pending.delete(packId);
      if (!result.ok) {
        usePackStore.setState((s) => ({ userErrors: { ...s.userErrors, [packId]: result.error } }));
        return undefined;
      }
      const catalogue = createCatalogue(result.value);
      usePackStore.setState((s) => {
        const userErrors = { ...s.userErrors };
        delete userErrors[packId];
        return { user: { ...s.user, [packId]: catalogue }, userErrors };
      });
      return catalogue;
    });
  pending.set(packId, load);
  return load;
}

/** Forgets a loaded user pack, so the next use reads it again (after re-importing it). */
export function forgetUserPack(packId: string): void {
  usePackStore.setState((s) => {
    const user = { ...s.user };
    const userErrors = { ...s.userErrors };
    delete user[packId];
    delete userErrors[packId];
    return { user, userErrors };
  });
}
