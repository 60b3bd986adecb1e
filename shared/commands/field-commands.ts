import {
  diagramEdgeSchema,
  diagramNodeSchema,
  type DiagramEdge,
  type DiagramNode,
} from '../model/diagram-schema';
import { updateDiagram } from './document-edit';
import { applyFieldPatch } from './field-patch';
import { CommandError, type CommandName, type CommandSpec } from './types';

/** A changed element must still be a valid element: the schema says which fields each takes. */
function checked<T>(
  schema: { safeParse(value: unknown): { success: boolean; error?: { issues: unknown[] } } },
  value: T,
  command: CommandName,
  what: string,
): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error?.issues[0] as { path?: unknown[]; message?: string } | undefined;
    const place = issue?.path?.join('.') ?? '';
    throw new CommandError(command, `${what}: ${place ? `${place}: ` : ''}${issue?.message ?? ''}`);
  }
  return value;
}

/**
 * Sets or clears fields (description, owner, tags, properties, links, style, ...) of some
 * nodes of one diagram, each with its own patch: one undo step for a field committed on one
 * node or on a multi-selection.
 */
export const elementSetFields: CommandSpec<'element.setFields'> = {
  name: 'element.setFields',
  label: 'Change properties',
  apply(document, { diagramId, changes }) {
    const byId = new Map(changes.map((c) => [c.id, c.fields]));
    const inverse: typeof changes = [];
    const next = updateDiagram(document, diagramId, 'element.setFields', (diagram) => {
      const nodes = diagram.nodes.map((node): DiagramNode => {
        const fields = byId.get(node.id);
        if (!fields) return node;
        if ('id' in fields || 'kind' in fields) {
          throw new CommandError('element.setFields', 'the id and kind of a node never change');
        }
        const patched = applyFieldPatch(node, fields);
        inverse.push({ id: node.id, fields: patched.inverse });
        return checked(diagramNodeSchema, patched.value, 'element.setFields', `node "${node.id}"`);
      });
      if (inverse.length !== byId.size) {
        const missing = changes.find((c) => !diagram.nodes.some((n) => n.id === c.id));
        throw new CommandError('element.setFields', `no node "${missing?.id ?? ''}"`);
      }
      return { ...diagram, nodes };
    });
    return {
      document: next,
      inverse: { name: 'element.setFields', args: { diagramId, changes: inverse } },
    };
  },
};

/** Sets or clears fields (kind, label, routing, ...) of some edges of one diagram. */
export const edgeSetFields: CommandSpec<'edge.setFields'> = {
  name: 'edge.setFields',
  label: 'Change connection',
  apply(document, { diagramId, changes }) {
    const byId = new Map(changes.map((c) => [c.id, c.fields]));
    const inverse: typeof changes = [];
    const next = updateDiagram(document, diagramId, 'edge.setFields', (diagram) => {
      const edges = diagram.edges.map((edge): DiagramEdge => {
        const fields = byId.get(edge.id);
        if (!fields) return edge;
        if ('id' in fields || 'source' in fields || 'target' in fields) {
          throw new CommandError('edge.setFields', 'use reconnect to change an edge’s ends');
        }
        const patched = applyFieldPatch(edge, fields);
        inverse.push({ id: edge.id, fields: patched.inverse });
        return checked(diagramEdgeSchema, patched.value, 'edge.setFields', `edge "${edge.id}"`);
      });
      if (inverse.length !== byId.size) {
        const missing = changes.find((c) => !diagram.edges.some((e) => e.id === c.id));
        throw new CommandError('edge.setFields', `no edge "${missing?.id ?? ''}"`);
      }
      return { ...diagram, edges };
    });
    return {
      document: next,
      inverse: { name: 'edge.setFields', args: { diagramId, changes: inverse } },
    };
  },
};
