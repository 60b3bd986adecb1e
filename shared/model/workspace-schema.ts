import { z } from 'zod';
import { LIMITS } from './limits';

/** The format id in every file's envelope, so a stray JSON file is never mistaken for ours. */
export const FORMAT = {
  workspace: 'etom-studio.workspace',
  processes: 'etom-studio.processes',
  mappings: 'etom-studio.mappings',
  diagram: 'etom-studio.diagram',
  scope: 'etom-studio.scope',
} as const;

/**
 * The schema version of `workspace.json` this build writes. Each file kind has its own version
 * (see schema-versions.ts), so a change to one kind migrates that kind's files alone.
 */
export const WORKSPACE_SCHEMA_VERSION = 2;

export const nameText = z.string().trim().min(1, 'must not be empty').max(LIMITS.maxNameLength);
export const longText = z.string().max(LIMITS.maxTextLength);

/** The alignment scale of a workspace: its own, or the default one. */
export function alignmentsOf(workspace: {
  alignments?: readonly AlignmentQualifier[];
}): readonly AlignmentQualifier[] {
  return workspace.alignments ?? DEFAULT_ALIGNMENTS;
}

/** Which framework pack (and release) a workspace uses. */
export const frameworkRefSchema = z.strictObject({
  pack: z.string().min(1).max(100),
  release: z.string().min(1).max(50),
});

/** An id the files use for a fixed choice: lower-case letters, digits and hyphens. */
export const choiceId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(40);

/**
 * One step of the alignment scale a workspace uses to qualify mappings. TM Forum publishes no
 * fixed scale, so it is the workspace's: `weight` is what a mapping of this alignment counts
 * for in the weighted coverage score (full 1, partial 0.5 by default).
 */
export const alignmentQualifierSchema = z.strictObject({
  id: choiceId,
  label: nameText,
  weight: z.number().min(0).max(1),
  description: longText.optional(),
});
export type AlignmentQualifier = z.infer<typeof alignmentQualifierSchema>;

/** The scale used where a workspace names none. */
export const DEFAULT_ALIGNMENTS: readonly AlignmentQualifier[] = [
  { id: 'full', label: 'Full', weight: 1 },
  { id: 'partial', label: 'Partial', weight: 0.5 },
];

/**
 * `workspace.json`: the envelope and what the workspace is. Version 2 added the workspace's
 * own alignment scale (optional: absent means DEFAULT_ALIGNMENTS).
 */
export const workspaceFileSchema = z
  .strictObject({
    format: z.literal(FORMAT.workspace),
    schemaVersion: z.literal(WORKSPACE_SCHEMA_VERSION),
    name: nameText,
    framework: frameworkRefSchema,
    alignments: z.array(alignmentQualifierSchema).min(1).max(20).optional(),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.alignments?.forEach((qualifier, index) => {
      if (seen.has(qualifier.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `the alignment "${qualifier.id}" is listed twice`,
          path: ['alignments', index, 'id'],
        });
      }
      seen.add(qualifier.id);
    });
  });
export type WorkspaceFile = z.infer<typeof workspaceFileSchema>;
