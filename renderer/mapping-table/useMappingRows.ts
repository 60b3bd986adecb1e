import { useMemo } from 'react';
import { catalogueFor, usePackStore } from '../framework/pack-store';
import { useStudio } from '../state/studio-store';
import { mappingRows, type MappingRow } from './mapping-rows';

/** Every mapping of the open workspace as a named row; recomputed when mappings or packs change. */
export function useMappingRows(): MappingRow[] {
  const document = useStudio((s) => s.history?.document ?? null);
  const userPacks = usePackStore((s) => s.user);
  return useMemo(
    () => (document ? mappingRows(document, catalogueFor) : []),
    // The user packs are read through catalogueFor; naming them here recomputes on a load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [document?.mappings, document?.processes, document?.workspace, userPacks],
  );
}
