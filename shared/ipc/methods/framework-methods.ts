import { z } from 'zod';
import { method } from '../define';
import type { HostError } from '../errors';
import type { FrameworkPack, FrameworkPackInfo } from '../../etom/pack-model';
import { packIdSchema } from '../../etom/pack-schema';
import type { PackId } from '../../model/ids';
import { PLACE_REQUIRED, hasPlace, placeFields, type OfferedPath } from '../path-ref';

/** A pack as the library lists it: what it is and how big, without its processes. */
export interface PackSummary extends FrameworkPackInfo {
  processCount: number;
  /** Processes per level, keyed by level (`"1"`, `"2"`, ...). */
  countsByLevel: Record<string, number>;
  /** True for a user pack imported with TM Forum's descriptions. */
  hasDescriptions: boolean;
  /** User packs: when and from which workbook (file name only) it was imported. */
  importedAt?: string;
  importedFrom?: string;
}

export interface PackList {
  /** Built-in packs first (default first), then user packs by id. */
  packs: PackSummary[];
  /** User pack files that could not be read; they are left untouched on disk. */
  problems: HostError[];
}

/** A workbook row the import could not take. */
export interface ImportRejectedRow {
  row: number;
  reason: string;
}

/** What `framework.importWorkbook` did. */
export interface WorkbookImportReport {
  packId: PackId;
  label: string;
  release: string;
  /** The workbook's file name and the sheet read. */
  file: string;
  sheet: string;
  /** Sheet rows read (one per process and vertical group). */
  rowsRead: number;
  processCount: number;
  countsByLevel: Record<string, number>;
  /** Level-1 domains made from L2 identifiers: the workbook has no rows for them. */
  synthesized: string[];
  /** The first rows that could not be taken (at most 500), and how many there were. */
  rejected: ImportRejectedRow[];
  rejectedCount: number;
  /** True when an earlier import with the same pack id was replaced. */
  replaced: boolean;
  durationMs: number;
}

/** Most rejected rows listed in a report; the count is always complete. */
export const MAX_REPORTED_REJECTIONS = 500;

export const frameworkMethods = {
  /** Imports the user's licensed GB921 workbook into a user pack in the app-data folder. */
  importWorkbook: method<WorkbookImportReport>()(
    'framework.importWorkbook',
    z
      .strictObject({
        /** The workbook: a place (path-ref.ts). */
        ...placeFields,
        /** Defaults to `gb921-v<release>-licensed`. Built-in pack ids are refused. */
        packId: packIdSchema.optional(),
        label: z.string().trim().min(1).max(200).optional(),
      })
      .refine(hasPlace, PLACE_REQUIRED),
  ),
  /** The native file picker for the workbook; null when cancelled. The browser host: UNSUPPORTED. */
  pickWorkbook: method<OfferedPath | null>()('dialog.pickWorkbook', z.strictObject({})),
  /** The built-in packs and the user packs imported on this machine. */
  listPacks: method<PackList>()('framework.listPacks', z.strictObject({})),
  /** A user pack with its descriptions. */
  loadUserPack: method<FrameworkPack>()(
    'framework.loadUserPack',
    z.strictObject({ packId: packIdSchema }),
  ),
} as const;
