import { z } from 'zod';
import { workspaceDocumentSchema } from '../../../shared/model/document';

export const JOURNAL_FORMAT = 'etom-studio.journal';

/** `<appData>/journal/<sha256 of the workspace real path>.json` */
export const journalFileSchema = z.strictObject({
  format: z.literal(JOURNAL_FORMAT),
  schemaVersion: z.literal(1),
  workspacePath: z.string().min(1).max(4096),
  /** The hash of each workspace file the journalled document was based on. */
  baseHashes: z.record(z.string().max(200), z.string().regex(/^[0-9a-f]{64}$/)),
  savedAt: z.string().max(40),
  document: workspaceDocumentSchema,
});
export type JournalFile = z.infer<typeof journalFileSchema>;
