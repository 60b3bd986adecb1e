import type { FrameworkProcess } from '../../shared/etom/pack-model';
import type { PackSummary } from '../../shared/ipc/methods/framework-methods';
import { useCatalogue } from './useCatalogue';
import { usePackList } from './usePackList';

/** What the details panel shows as a process's description, and from which pack it came. */
export interface ProcessDescription {
  brief: string | undefined;
  extended: string | undefined;
  /** The label of the imported pack the text comes from. */
  source: string;
}

/**
 * The pack whose descriptions serve `packId`: the pack itself when it was imported with
 * descriptions, else an imported pack of the same release (a licensed GB921 v25.5 workbook
 * describes the built-in GB921 v25.5 processes, whose ids are the same).
 */
export function descriptionSource(
  packs: readonly PackSummary[],
  packId: string,
): PackSummary | undefined {
  const active = packs.find((p) => p.id === packId);
  if (!active) return undefined;
  if (active.hasDescriptions) return active;
  return packs.find((p) => p.hasDescriptions && p.release === active.release);
}

/** The description of `process` (of pack `packId`), when an imported workbook has one. */
export function useDescription(
  packId: string,
  process: FrameworkProcess,
): ProcessDescription | undefined {
  const { packs } = usePackList();
  const source = packs ? descriptionSource(packs, packId) : undefined;
  const { catalogue } = useCatalogue(source?.id);
  const described = catalogue?.byId(process.id);
  if (!source || !described) return undefined;
  const { briefDescription: brief, extendedDescription: extended } = described;
  if (!brief && !extended) return undefined;
  return { brief, extended, source: source.label };
}
