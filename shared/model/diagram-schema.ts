import { z } from 'zod';
import type { DiagramId, EdgeId, FrameworkProcessId, MappingId, NodeId, ProcessId } from './ids';
import { SLUG_PATTERN, isWindowsReservedName } from './ids';
import { FORMAT, longText, nameText } from './workspace-schema';
import { LIMITS } from './limits';
import { ownerText, propertiesSchema, tagsSchema, webLinkSchema } from './element-fields';
import { flagRepeats } from './repeats';

/**
 * The schema version of `diagrams/<id>.json` this build writes. Version 2 gave every edge a
 * `kind` (migrations/diagram/v1-to-v2.ts); version 3 gave every node its drawing order `z`,
 * so that nodes and edges can be written sorted by id (two people adding elements touch
 * different lines), and added text and group nodes, styles, annotations, locking, containment,
 * edge handles and routing, and mapping edges (migrations/diagram/v2-to-v3.ts).
 */
export const DIAGRAM_SCHEMA_VERSION = 3;

const finite = z.number().finite();
const size = z.number().finite().positive().max(100_000);
const nodeId = z.string().min(1).max(100) as unknown as z.ZodType<NodeId>;
const edgeId = z.string().min(1).max(100) as unknown as z.ZodType<EdgeId>;

/** A colour as `#rrggbb`. */
export const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #rrggbb');

/** How a node is painted where it differs from its kind's default. */
export const nodeStyleSchema = z.strictObject({
  fill: colourSchema.optional(),
  border: colourSchema.optional(),
  text: colourSchema.optional(),
});
export type NodeStyle = z.infer<typeof nodeStyleSchema>;

/** What an analyst can record about an element beyond its name. */
const annotations = {
  description: longText.optional(),
  owner: ownerText.optional(),
  tags: tagsSchema.optional(),
  properties: propertiesSchema.optional(),
  links: z.array(webLinkSchema).max(50).optional(),
};

const nodeBase = {
  id: nodeId,
  x: finite,
  y: finite,
  width: size,
  height: size,
  /** Drawing order: higher is drawn on top; ties in id order. Absent only in older files. */
  z: z.number().int().min(-1_000_000_000).max(1_000_000_000).optional(),
  /** The group or lane this node belongs to (it moves with it). */
  parentId: nodeId.optional(),
  /** Locked nodes are neither moved, resized nor deleted until unlocked. */
  locked: z.literal(true).optional(),
  style: nodeStyleSchema.optional(),
};

/** A free box the analyst draws and names: a step, a system, anything of the company's. */
export const boxNodeSchema = z.strictObject({
  ...nodeBase,
  ...annotations,
  kind: z.literal('box'),
  label: longText,
});
/** A note: a multi-line annotation on a sticky-note background. */
export const noteNodeSchema = z.strictObject({
  ...nodeBase,
  kind: z.literal('note'),
  text: longText,
});
/** Free text on the canvas, with no frame: titles, captions. */
export const textNodeSchema = z.strictObject({
  ...nodeBase,
  kind: z.literal('text'),
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

/** A group holds nodes that move with it; a lane is a horizontal band (customer, service...). */
export const GROUP_VARIANTS = ['group', 'lane'] as const;
export type GroupVariant = (typeof GROUP_VARIANTS)[number];

/** A container: its members name it as their `parentId`. */
export const groupNodeSchema = z.strictObject({
  ...nodeBase,
  kind: z.literal('group'),
  variant: z.enum(GROUP_VARIANTS),
  label: longText,
});

export const diagramNodeSchema = z.discriminatedUnion('kind', [
  boxNodeSchema,
  noteNodeSchema,
  textNodeSchema,
  frameworkNodeSchema,
  companyNodeSchema,
  groupNodeSchema,
]);
export type DiagramNode = z.infer<typeof diagramNodeSchema>;
export type NodeKind = DiagramNode['kind'];

/**
 * What a connection means: a `flow` is a step leading to the next (drawn with an arrow); an
 * `association` ties an annotation to what it is about (a plain line); a `mapping` draws a
 * mapping of mappings.json (dashed, from a company process node to a framework process node).
 */
export const EDGE_KINDS = ['flow', 'association', 'mapping'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** The side of a node an edge leaves or reaches. */
export const HANDLE_SIDES = ['top', 'right', 'bottom', 'left'] as const;
export type HandleSide = (typeof HANDLE_SIDES)[number];

/** How an edge is drawn between its ends. */
export const EDGE_ROUTINGS = ['orthogonal', 'curved', 'straight'] as const;
export type EdgeRouting = (typeof EDGE_ROUTINGS)[number];

/** A connection between two nodes of the same diagram. */
export const diagramEdgeSchema = z.strictObject({
  id: edgeId,
  kind: z.enum(EDGE_KINDS),
  source: nodeId,
  target: nodeId,
  sourceHandle: z.enum(HANDLE_SIDES).optional(),
  targetHandle: z.enum(HANDLE_SIDES).optional(),
  routing: z.enum(EDGE_ROUTINGS).optional(),
  label: longText.optional(),
  /** The mapping (mappings.json) a `mapping` edge draws. */
  mappingId: (z.string().min(1).max(100) as unknown as z.ZodType<MappingId>).optional(),
  style: z.strictObject({ stroke: colourSchema.optional() }).optional(),
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
    flagRepeats(
      ctx,
      diagram.nodes,
      (node) => node.id,
      { field: 'nodes', at: 'id' },
      (node) => `duplicate node id "${node.id}"`,
    );
    const byId = new Map(diagram.nodes.map((node) => [node.id as string, node]));
    diagram.nodes.forEach((node, index) => {
      const problem = containmentProblem(node, byId);
      if (problem)
        ctx.addIssue({ code: 'custom', message: problem, path: ['nodes', index, 'parentId'] });
    });
    flagRepeats(
      ctx,
      diagram.edges,
      (edge) => edge.id,
      { field: 'edges', at: 'id' },
      (edge) => `duplicate edge id "${edge.id}"`,
    );
    diagram.edges.forEach((edge, index) => {
      for (const end of ['source', 'target'] as const) {
        if (!byId.has(edge[end])) {
          ctx.addIssue({
            code: 'custom',
            message: `unknown node "${edge[end]}"`,
            path: ['edges', index, end],
          });
        }
      }
      const problem = mappingEdgeProblem(edge, byId);
      if (problem)
        ctx.addIssue({
          code: 'custom',
          message: problem.message,
          path: ['edges', index, problem.field],
        });
    });
  });

/** Why `node`'s parentId is not a group it can belong to, or null when it is (or has none). */
function containmentProblem(
  node: DiagramNode,
  byId: ReadonlyMap<string, DiagramNode>,
): string | null {
  if (node.parentId === undefined) return null;
  const seen = new Set<string>([node.id]);
  let parentId: string | undefined = node.parentId;
  while (parentId !== undefined) {
    const parent = byId.get(parentId);
    if (!parent) return `unknown group "${parentId}"`;
    if (parent.kind !== 'group') return `"${parentId}" is a ${parent.kind}, not a group or lane`;
    if (seen.has(parentId)) return `groups contain each other in a cycle through "${parentId}"`;
    seen.add(parentId);
    parentId = parent.parentId;
  }
  return null;
}

/** A mapping edge runs from a company process node to a framework process node, with its mapping. */
function mappingEdgeProblem(
  edge: DiagramEdge,
  byId: ReadonlyMap<string, DiagramNode>,
): { field: 'kind' | 'mappingId' | 'source' | 'target'; message: string } | null {
  if (edge.kind !== 'mapping') {
    return edge.mappingId === undefined
      ? null
      : { field: 'mappingId', message: 'only a mapping edge names a mapping' };
  }
  if (edge.mappingId === undefined)
    return { field: 'mappingId', message: 'a mapping edge names its mapping' };
  const source = byId.get(edge.source);
  const target = byId.get(edge.target);
  if (source && source.kind !== 'process') {
    return { field: 'source', message: 'a mapping edge starts at a company process' };
  }
  if (target && target.kind !== 'framework') {
    return { field: 'target', message: 'a mapping edge ends at a framework process' };
  }
  return null;
}
export type DiagramFile = z.infer<typeof diagramFileSchema>;
