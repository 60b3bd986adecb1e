import { z } from 'zod';
import { FORMAT, longText } from './workspace-schema';
import { frameworkTargetSchema, targetKey } from './framework-ref';
import { LIMITS } from './limits';
import { flagRepeats } from './repeats';

/** The schema version of `scope.json` this build writes. */
export const SCOPE_SCHEMA_VERSION = 1;

/** Whether a framework process is part of what the alignment covers. */
export const SCOPE_STATUSES = ['in', 'adjacent', 'out', 'tbd'] as const;
export type ScopeStatus = (typeof SCOPE_STATUSES)[number];

/** Where the scope decision is in its review with the client. */
export const SCOPE_REVIEWS = ['unreviewed', 'under-review', 'agreed'] as const;
export type ScopeReview = (typeof SCOPE_REVIEWS)[number];

/**
 * The scope decision for one framework process, kept apart from mappings as practitioners
 * keep it: a process can be in scope and not yet covered (a gap), or covered and out of scope.
 */
export const scopeEntrySchema = z.strictObject({
  target: frameworkTargetSchema,
  status: z.enum(SCOPE_STATUSES),
  reason: longText.optional(),
  review: z.enum(SCOPE_REVIEWS),
  updatedBy: z.string().min(1).max(200).optional(),
  updatedAt: z.string().max(40).optional(),
});
export type ScopeEntry = z.infer<typeof scopeEntrySchema>;

/** `scope.json`: one entry per framework process with a decision, kept sorted by pack and id. */
export const scopeFileSchema = z
  .strictObject({
    format: z.literal(FORMAT.scope),
    schemaVersion: z.literal(SCOPE_SCHEMA_VERSION),
    entries: z.array(scopeEntrySchema).max(LIMITS.maxScopeEntries),
  })
  .superRefine((file, ctx) => {
    flagRepeats(
      ctx,
      file.entries,
      (entry) => targetKey(entry.target),
      { field: 'entries', at: 'target' },
      (entry) => `a second decision for ${entry.target.pack} ${entry.target.id}`,
    );
  });
export type ScopeFile = z.infer<typeof scopeFileSchema>;
