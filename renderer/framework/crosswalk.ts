import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { createCrosswalk, type Crosswalk } from '../../shared/etom/crosswalk';
import { CLASSIC_PACK_ID, DEFAULT_PACK_ID, getBuiltInCatalogue } from '../../shared/etom/registry';

/** The crosswalk seen from one pack: which scheme it is, and the other scheme's catalogue. */
export interface PackCrosswalk {
  crosswalk: Crosswalk;
  /** True when the pack is the classic scheme (so counterparts are current processes). */
  fromClassic: boolean;
  /** The pack counterparts come from. */
  other: FrameworkCatalogue;
}

const cache = new WeakMap<FrameworkCatalogue, PackCrosswalk | null>();

/**
 * The crosswalk between `catalogue` and the other scheme: a classic pack links to GB921
 * v25.5; a current pack (built in or imported) links to the classic pack. Built once per pack.
 */
export function crosswalkFor(catalogue: FrameworkCatalogue): PackCrosswalk | null {
  const cached = cache.get(catalogue);
  if (cached !== undefined) return cached;
  const classic = getBuiltInCatalogue(CLASSIC_PACK_ID);
  const current = getBuiltInCatalogue(DEFAULT_PACK_ID);
  let result: PackCrosswalk | null = null;
  if (classic && current) {
    result = catalogue.pack.reconstructed
      ? { crosswalk: createCrosswalk(current, catalogue), fromClassic: true, other: current }
      : { crosswalk: createCrosswalk(catalogue, classic), fromClassic: false, other: classic };
  }
  cache.set(catalogue, result);
  return result;
}
