import { z } from 'zod';
import type { MappingId, ProcessId } from './ids';
import { FORMAT, choiceId, longText } from './workspace-schema';
import { webLinkSchema } from './element-fields';
import { frameworkTargetSchema } from './framework-ref';
import { LIMITS } from './limits';
import { flagRepeats } from './repeats';

/**
 * The schema version of `mappings.json` this build writes. Version 2 made the framework side a
 * full reference (pack, release, id, UID), the alignment one of the workspace's qualifiers,
 * and added evidence links, a review status and who changed it when
 * (migrations/mappings/v1-to-v2.ts).
 */
export const MAPPINGS_SCHEMA_VERSION = 2;

/** Where a mapping is in its review. */
export const MAPPING_STATUSES = ['draft', 'reviewed', 'approved'] as const;
export type MappingStatus = (typeof MAPPING_STATUSES)[number];

const stamp = z.string().max(40);
const person = z.string().min(1).max(200);

/**
 * A link between one company process and one framework process, with the analyst's reasoning.
 * Many-to-many: a company process may map to several framework processes and the reverse.
 */
export const mappingSchema = z.strictObject({
  id: z.string().min(1).max(100) as unknown as z.ZodType<MappingId>,
  processId: z.string().min(1).max(100) as unknown as z.ZodType<ProcessId>,
  target: frameworkTargetSchema,
  /** An alignment qualifier of the workspace (workspace.json `alignments`). */
  alignment: choiceId,
  rationale: longText.optional(),
  evidence: z.array(webLinkSchema).max(50).optional(),
  status: z.enum(MAPPING_STATUSES),
  createdBy: person.optional(),
  createdAt: stamp.optional(),
  updatedBy: person.optional(),
  updatedAt: stamp.optional(),
});
export type Mapping = z.infer<typeof mappingSchema>;

/** `mappings.json`, kept sorted by id. */
export const mappingsFileSchema = z
  .strictObject({
    format: z.literal(FORMAT.mappings),
    schemaVersion: z.literal(MAPPINGS_SCHEMA_VERSION),
    mappings: z.array(mappingSchema).max(LIMITS.maxMappings),
  })
  .superRefine((file, ctx) =>
    flagRepeats(
      ctx,
      file.mappings,
      (mapping) => mapping.id,
      { field: 'mappings', at: 'id' },
      (mapping) => `duplicate mapping id "${mapping.id}"`,
    ),
  );
export type MappingsFile = z.infer<typeof mappingsFileSchema>;
