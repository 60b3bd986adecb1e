import { z } from 'zod';
import { LIMITS } from './limits';

/** The format id in every file's envelope, so a stray JSON file is never mistaken for ours. */
export const FORMAT = {
  workspace: 'etom-studio.workspace',
  processes: 'etom-studio.processes',
  mappings: 'etom-studio.mappings',
  diagram: 'etom-studio.diagram',
} as const;

/**
 * The schema version of `workspace.json` this build writes. Each file kind has its own version
 * (see schema-versions.ts), so a change to one kind migrates that kind's files alone.
 */
export const WORKSPACE_SCHEMA_VERSION = 1;

export const nameText = z.string().trim().min(1, 'must not be empty').max(LIMITS.maxNameLength);
export const longText = z.string().max(LIMITS.maxTextLength);

/** Which framework pack (and release) a workspace uses. */
export const frameworkRefSchema = z.strictObject({
  pack: z.string().min(1).max(100),
  release: z.string().min(1).max(50),
});

/** `workspace.json`: the envelope and what the workspace is. */
export const workspaceFileSchema = z.strictObject({
  format: z.literal(FORMAT.workspace),
  schemaVersion: z.literal(WORKSPACE_SCHEMA_VERSION),
  name: nameText,
  framework: frameworkRefSchema,
});
export type WorkspaceFile = z.infer<typeof workspaceFileSchema>;
