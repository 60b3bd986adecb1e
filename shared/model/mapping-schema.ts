import { z } from 'zod';
import type { FrameworkProcessId, MappingId, ProcessId } from './ids';
import { FORMAT, longText } from './workspace-schema';
import { LIMITS } from './limits';

/** The schema version of `mappings.json` this build writes. */
export const MAPPINGS_SCHEMA_VERSION = 1;

/** How well a company process matches the framework process it is mapped to. */
export const ALIGNMENTS = ['full', 'partial', 'extension'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

/** A link between a company process and a framework process, with the analyst's reasoning. */
export const mappingSchema = z.strictObject({
  id: z.string().min(1).max(100) as unknown as z.ZodType<MappingId>,
  processId: z.string().min(1).max(100) as unknown as z.ZodType<ProcessId>,
  frameworkProcessId: z.string().min(1).max(100) as unknown as z.ZodType<FrameworkProcessId>,
  alignment: z.enum(ALIGNMENTS),
  rationale: longText.optional(),
});
export type Mapping = z.infer<typeof mappingSchema>;

/** `mappings.json`. */
export const mappingsFileSchema = z.strictObject({
  format: z.literal(FORMAT.mappings),
  schemaVersion: z.literal(MAPPINGS_SCHEMA_VERSION),
  mappings: z.array(mappingSchema).max(LIMITS.maxMappings),
});
export type MappingsFile = z.infer<typeof mappingsFileSchema>;
