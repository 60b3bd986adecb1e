import type { FrameworkProcessId, PackId } from '../model/ids';

/** How well public sources confirm a reconstructed classic row. */
export const CONFIDENCE_LEVELS = ['high', 'medium', 'low-medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/**
 * One process of a framework pack. Identifiers, names and classification only: built-in
 * packs never hold TM Forum description text. Descriptions appear only in a user's own pack,
 * imported from their licensed workbook and stored on their machine.
 */
export interface FrameworkProcess {
  id: FrameworkProcessId;
  level: number;
  name: string;
  parentId: FrameworkProcessId | null;
  /** The horizontal grouping as the source names it: the L1 domain (current) or L0 area (classic). */
  domain: string;
  /** The vertical groupings (map columns) the process belongs to; empty for Enterprise. */
  verticalGroups: string[];
  /** Current scheme: TM Forum's pre-2016 identifier for this process, where it has one. */
  classicId?: string;
  /**
   * Current scheme: TM Forum's UID, which stays with a process when a release renumbers the
   * tree; references keep it so that an upgrade to a newer release can carry them over.
   */
  uid?: string;
  /** Classic scheme: how well public sources confirm this row. */
  confidence?: Confidence;
  /** Classic scheme: the v25.5 processes that succeed this one (eTOM25,5 sheet). */
  successorIds?: string[];
  /** Classic scheme: successors that v25.5 lists only on its `eTOM Deleted` sheet. */
  deletedSuccessorIds?: string[];
  /** User packs only: TM Forum's brief description, from the user's licensed workbook. */
  briefDescription?: string;
  /** User packs only: TM Forum's extended description, from the user's licensed workbook. */
  extendedDescription?: string;
}

/** What a pack is, without its processes. */
export interface FrameworkPackInfo {
  id: PackId;
  label: string;
  /** The framework release the pack follows, e.g. `25.5` or `14`. */
  release: string;
  /** The notice shown beside the library and in the About box. */
  attribution: string;
  /** True for the classic scheme, rebuilt from public sources rather than an official list. */
  reconstructed: boolean;
  /** `built-in` ships with the app; `user` was imported from the user's licensed workbook. */
  source: 'built-in' | 'user';
}

/** A framework pack: its description and every process, in id order. */
export interface FrameworkPack extends FrameworkPackInfo {
  processes: FrameworkProcess[];
}

/** The shape of a generated `shared/etom/packs/<id>.json` file. */
export interface PackDataFile {
  format: 'etom-studio.framework-pack-data';
  pack: string;
  /** The reference files it was generated from, for people reading the file. */
  generatedFrom: string[];
  processes: FrameworkProcess[];
}

/** The shape of the generated `shared/etom/packs/map-cells.json` file. */
export interface MapCellsDataFile {
  format: 'etom-studio.map-cells';
  generatedFrom: string[];
  /** Keyed by pack id: every L2 with the row (L1 id) and columns (vertical groups) it sits in. */
  schemes: Record<string, MapCell[]>;
}

/** Where one L2 process sits on the level-0/level-1 map. */
export interface MapCell {
  id: FrameworkProcessId;
  /** The L1 process heading the row (a domain, or a classic horizontal grouping). */
  row: FrameworkProcessId;
  /** The columns (vertical groups) it sits in; empty for Enterprise processes. */
  columns: string[];
}
