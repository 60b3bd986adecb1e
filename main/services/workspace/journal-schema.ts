import { z } from 'zod';
import type { WorkspaceDocument } from '../../../shared/model/document';

export const JOURNAL_FORMAT = 'etom-studio.journal';

/** `<appData>/journal/<sha256 of the workspace real path>.json` */
export const journalFileSchema = z.strictObject({
  format: z.literal(JOURNAL_FORMAT),
  schemaVersion: z.literal(1),
  workspacePath: z.string().min(1).max(4096),
  /** The hash of each workspace file the journalled document was based on. */
  baseHashes: z.record(z.string().max(200), z.string().regex(/^[0-9a-f]{64}$/)),
  savedAt: z.string().max(40),
  /**
   * Checked on its own by validateDocumentValue, part by part, so that a journal written by an
   * older version migrates like the files it stands for.
   */
  document: z.unknown(),
});
export type JournalEnvelope = z.infer<typeof journalFileSchema>;
export type JournalFile = Omit<JournalEnvelope, 'document'> & { document: WorkspaceDocument };
