import type { FrameworkCatalogue } from '../etom/catalogue';
import type { FrameworkTarget } from '../model/framework-ref';
import type { FrameworkProcessId } from '../model/ids';

/**
 * The reference a new mapping (or scope entry) keeps to process `id` of the catalogue's pack:
 * pack, release and id, plus TM Forum's UID when the pack gives the process one, so that an
 * upgrade to a later release can carry the reference over even where the id was renumbered.
 */
export function frameworkTargetOf(catalogue: FrameworkCatalogue, id: string): FrameworkTarget {
  const uid = catalogue.byId(id)?.uid;
  return {
    pack: catalogue.pack.id,
    release: catalogue.pack.release,
    id: id as FrameworkProcessId,
    ...(uid === undefined ? {} : { uid }),
  };
}
