import { z } from 'zod';
import { parseJsonSafe } from '../codecs/safe-json';
import { HostFailure, formatJsonPath } from '../ipc/errors';
import { diagramEdgeSchema, diagramNodeSchema } from '../model/diagram-schema';
import { FILE_JSON_LIMITS } from '../model/file-limits';
import { LIMITS } from '../model/limits';
import { companyProcessSchema } from '../model/process-schema';

/** What the clipboard text of copied diagram elements says it is. */
export const CLIPBOARD_FORMAT = 'etom-studio/diagram-elements';
/** The version of that format this build writes and reads. */
export const CLIPBOARD_VERSION = 1;

/** The name bad clipboard text is reported under. */
const SOURCE = 'The clipboard';

/**
 * Copied diagram elements as they travel through the system clipboard: the nodes, the edges
 * between them and the company processes their process nodes show (so that they can be pasted
 * into another workspace). Held to the same bounds as a diagram file.
 */
export const clipSchema = z
  .strictObject({
    format: z.literal(CLIPBOARD_FORMAT),
    version: z.literal(CLIPBOARD_VERSION),
    nodes: z.array(diagramNodeSchema).min(1).max(LIMITS.maxNodesPerDiagram),
    edges: z.array(diagramEdgeSchema).max(LIMITS.maxEdgesPerDiagram),
    processes: z.array(companyProcessSchema).max(LIMITS.maxProcesses),
  })
  .superRefine((clip, ctx) => {
    const ids = new Set<string>();
    clip.nodes.forEach((node, index) => {
      if (ids.has(node.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `duplicate node id "${node.id}"`,
          path: ['nodes', index, 'id'],
        });
      }
      ids.add(node.id);
    });
    clip.edges.forEach((edge, index) => {
      for (const end of ['source', 'target'] as const) {
        if (!ids.has(edge[end])) {
          ctx.addIssue({
            code: 'custom',
            message: `unknown node "${edge[end]}"`,
            path: ['edges', index, end],
          });
        }
      }
    });
  });
export type Clip = z.infer<typeof clipSchema>;

/** The clipboard text of a clip: JSON, so it can be pasted into another window or workspace. */
export function encodeClip(clip: Clip): string {
  return JSON.stringify(clip);
}

/** True when clipboard text looks like copied elements at all (not some other text). */
export function looksLikeClip(text: string): boolean {
  return text.trimStart().startsWith('{') && text.includes(CLIPBOARD_FORMAT);
}

/**
 * Reads clipboard text as copied elements, held to what a diagram file is held to: the
 * scanner's limits before parsing, then the schema. Throws a HostFailure saying what is wrong
 * and where (the JSON path), as for a file.
 */
export function decodeClip(text: string): Clip {
  const value = parseJsonSafe(text, SOURCE, FILE_JSON_LIMITS.diagram);
  const result = clipSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const jsonPath = formatJsonPath(issue?.path ?? []);
  throw new HostFailure({
    code: 'SCHEMA_ERROR',
    message: `${SOURCE}, ${jsonPath}: ${issue?.message ?? 'not copied diagram elements'}.`,
    jsonPath,
  });
}
