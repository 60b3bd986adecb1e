import type { PackId } from '../model/ids';
import { createCatalogue, type FrameworkCatalogue } from './catalogue';
import type { FrameworkPack, FrameworkPackInfo, PackDataFile } from './pack-model';
import currentData from './packs/gb921-v25.5.json';
import classicData from './packs/classic-r14.json';

/** The pack a new workspace uses. */
export const DEFAULT_PACK_ID = 'gb921-v25.5' as PackId;
/** The reconstructed classic (pre-2016, v14) scheme. */
export const CLASSIC_PACK_ID = 'classic-r14' as PackId;

/** TM Forum's notice, shown in the About box and beside the built-in library. */
export const GB921_ATTRIBUTION =
  'Process identifiers and names from TM Forum GB921 Business Process Framework (eTOM) v25.5, (c) TM Forum 2026';

/** The packs that ship with the app, default first. */
export const BUILT_IN_PACKS: readonly FrameworkPackInfo[] = Object.freeze([
  {
    id: DEFAULT_PACK_ID,
    label: 'GB921 Business Process Framework (eTOM) v25.5',
    release: '25.5',
    attribution: GB921_ATTRIBUTION,
    reconstructed: false,
    source: 'built-in',
  },
  {
    id: CLASSIC_PACK_ID,
    label: 'eTOM classic (pre-2016, v14 scheme, reconstructed)',
    release: '14',
    // Rebuilt from the lineage field of GB921 v25.5 and dated public sources.
    attribution: GB921_ATTRIBUTION,
    reconstructed: true,
    source: 'built-in',
  },
]);

const DATA: Record<string, PackDataFile> = {
  [DEFAULT_PACK_ID]: currentData as unknown as PackDataFile,
  [CLASSIC_PACK_ID]: classicData as unknown as PackDataFile,
};

const catalogues = new Map<string, FrameworkCatalogue>();

/** True when `id` names a built-in pack. */
export function isBuiltInPackId(id: string): id is PackId {
  return BUILT_IN_PACKS.some((info) => info.id === id);
}

/** A built-in pack with its processes, or undefined for an unknown id. */
export function getBuiltInPack(id: string): FrameworkPack | undefined {
  const info = BUILT_IN_PACKS.find((candidate) => candidate.id === id);
  const data = DATA[id];
  if (info === undefined || data === undefined) return undefined;
  return { ...info, processes: data.processes };
}

/** The catalogue of a built-in pack, built once and then shared. */
export function getBuiltInCatalogue(id: string): FrameworkCatalogue | undefined {
  const cached = catalogues.get(id);
  if (cached !== undefined) return cached;
  const pack = getBuiltInPack(id);
  if (pack === undefined) return undefined;
  const catalogue = createCatalogue(pack);
  catalogues.set(id, catalogue);
  return catalogue;
}
