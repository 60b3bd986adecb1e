import { z } from 'zod';
import type { MergeConflict } from './merge-conflict';

const KINDS = [
  'both-changed',
  'both-added',
  'deleted-ours-changed-theirs',
  'changed-ours-deleted-theirs',
  'dangling-reference',
] as const satisfies ReadonlyArray<MergeConflict['kind']>;

/** One conflict as the merge driver records it: its path written as people read it. */
export const recordedConflictSchema = z.strictObject({
  kind: z.enum(KINDS),
  path: z.string().max(2_000),
  base: z.unknown().optional(),
  ours: z.unknown().optional(),
  theirs: z.unknown().optional(),
  message: z.string().max(4_000),
});
export type RecordedConflict = z.infer<typeof recordedConflictSchema>;

/** A record the driver leaves in `.etom-merge/` for one merged file with conflicts. */
export const conflictRecordSchema = z.strictObject({
  format: z.literal('etom-studio.merge-conflicts'),
  schemaVersion: z.literal(1),
  /** The file, relative to the workspace folder, `/`-separated. */
  file: z.string().min(1).max(500),
  conflicts: z.array(recordedConflictSchema).max(100_000),
});
export type ConflictRecordFile = z.infer<typeof conflictRecordSchema>;

/** A record as the app reads it: what it says and the hash of its text (to remove it safely). */
export interface MergeRecord {
  file: string;
  /** SHA-256 of the record's bytes when read: it is removed only while it still has them. */
  hash: string;
  conflicts: RecordedConflict[];
}

/**
 * A model file's place inside a workspace (what a record may be about): never a path outside
 * the workspace, nor one of the app's own files (lock, journal, records).
 */
export const MODEL_FILE =
  /^(?:workspace|processes|mappings|scope)\.json$|^diagrams\/[\w.-]+\.json$/;
