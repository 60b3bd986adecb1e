import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { getMapLayout, type MapLayout } from '../../shared/etom/map-layout';
import { CLASSIC_PACK_ID, DEFAULT_PACK_ID, getBuiltInCatalogue } from '../../shared/etom/registry';
import { useLibrary } from '../framework/library-store';
import { useActivePackId } from '../framework/useActivePack';
import { useCatalogue } from '../framework/useCatalogue';

/** The two schemes the map can show. */
export const MAP_SCHEMES = [
  { id: DEFAULT_PACK_ID, label: 'GB921 v25.5 (current domains)' },
  { id: CLASSIC_PACK_ID, label: 'Classic v14 (reconstructed)' },
] as const;

export interface MapSource {
  scheme: string;
  layout: MapLayout | undefined;
  /** Where names and the tree come from: the workspace's pack when it follows the scheme. */
  catalogue: FrameworkCatalogue | undefined;
}

/**
 * What the map draws: the scheme the user picked (else the workspace pack's scheme), with the
 * names of the workspace's pack when it follows that scheme (an imported GB921 pack does),
 * else those of the built-in pack.
 */
export function useMapSource(): MapSource {
  const packId = useActivePackId();
  const { catalogue: active } = useCatalogue(packId);
  const chosen = useLibrary((s) => s.mapScheme);
  const activeScheme = active?.pack.reconstructed ? CLASSIC_PACK_ID : DEFAULT_PACK_ID;
  const scheme = chosen ?? activeScheme;
  const catalogue = active && activeScheme === scheme ? active : getBuiltInCatalogue(scheme);
  return { scheme, layout: getMapLayout(scheme), catalogue };
}
