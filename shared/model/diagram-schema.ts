import { z } from 'zod';
import type { DiagramId, EdgeId, FrameworkProcessId, NodeId, ProcessId } from './ids';
import { SLUG_PATTERN, isWindowsReservedName } from './ids';
import { FORMAT, longText, nameText } from './workspace-schema';
import { LIMITS } from './limits';

/**
 * The schema version of `diagrams/<id>.json` this build writes. Version 2 gave every edge a
 * `kind` (migrations/diagram/v1-to-v2.ts).
 */
export const DIAGRAM_SCHEMA_VERSION = 2;

const finite = z.number().finite();
const size = z.number().finite().positive().max(100_000);
const nodeId = z.string().min(1).max(100) as unknown as z.ZodType<NodeId>;
const edgeId = z.string().min(1).max(100) as unknown as z.ZodType<EdgeId>;

const nodeBase = {
  id: nodeId,
  x: finite,
  y: finite,
  width: size,
  height: size,
};

/** A free box the analyst draws and names: a step, a system, anything of the company's. */
export const boxNodeSchema = z.strictObject({
  ...nodeBase,
  kind: z.literal('box'),
  label: longText,
});
/** A free-text annotation. */
export const noteNodeSchema = z.strictObject({
  ...nodeBase,
  kind: z.literal('note'),
  text: longText,
});
/** A framework process, by pack and id; its label comes from the pack, never copied here. */
export const frameworkNodeSchema = z.strictObject({
  ...nodeBase,
  kind: z.literal('framework'),
  pack: z.string().min(1).max(100),
  processId: z.string().min(1).max(100) as unknown as z.ZodType<FrameworkProcessId>,
});
/** One of the company's processes, by id; its label comes from processes.json. */
export const companyNodeSchema = z.strictObject({
  ...nodeBase,
  kind: z.literal('process'),
  processId: z.string().min(1).max(100) as unknown as z.ZodType<ProcessId>,
});

export const diagramNodeSchema = z.discriminatedUnion('kind', [
  boxNodeSchema,
  noteNodeSchema,
  frameworkNodeSchema,
  companyNodeSchema,
]);
export type DiagramNode = z.infer<typeof diagramNodeSchema>;
export type NodeKind = DiagramNode['kind'];

/**
 * What a connection means: a `flow` is a step leading to the next (drawn with an arrow); an
 * `association` ties an annotation to what it is about (a plain line).
 */
export const EDGE_KINDS = ['flow', 'association'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** A connection between two nodes of the same diagram. */
export const diagramEdgeSchema = z.strictObject({
  id: edgeId,
  kind: z.enum(EDGE_KINDS),
  source: nodeId,
  target: nodeId,
  label: longText.optional(),
});
export type DiagramEdge = z.infer<typeof diagramEdgeSchema>;

export const viewportSchema = z.strictObject({
  x: finite,
  y: finite,
  zoom: z.number().finite().positive().max(100),
});
export type Viewport = z.infer<typeof viewportSchema>;

/**
 * A diagram's id, the stem of its file name: a slug of at most 80 characters that is no device
 * name Windows reserves (`con`, `nul`, `com1`...), so the file can exist on every OS.
 */
const diagramId = z
  .string()
  .regex(SLUG_PATTERN)
  .max(80)
  .refine((id) => !isWindowsReservedName(id), {
    message:
      'a device name Windows reserves (con, prn, aux, nul, com1-9, lpt1-9): no file can have it there',
  }) as unknown as z.ZodType<DiagramId>;

/** `diagrams/<id>.json`: one diagram. Its id is its file name's stem and never changes. */
export const diagramFileSchema = z
  .strictObject({
    format: z.literal(FORMAT.diagram),
    schemaVersion: z.literal(DIAGRAM_SCHEMA_VERSION),
    id: diagramId,
    name: nameText,
    nodes: z.array(diagramNodeSchema).max(LIMITS.maxNodesPerDiagram),
    edges: z.array(diagramEdgeSchema).max(LIMITS.maxEdgesPerDiagram),
    viewport: viewportSchema,
  })
  .superRefine((diagram, ctx) => {
    const ids = new Set<string>();
    diagram.nodes.forEach((node, index) => {
      if (ids.has(node.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `duplicate node id "${node.id}"`,
          path: ['nodes', index, 'id'],
        });
      }
      ids.add(node.id);
    });
    diagram.edges.forEach((edge, index) => {
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
export type DiagramFile = z.infer<typeof diagramFileSchema>;
