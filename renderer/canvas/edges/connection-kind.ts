import type { EdgeKind, NodeKind } from '../../../shared/model/diagram-schema';

/** Annotations: what they are joined to, they describe rather than lead to. */
const ANNOTATIONS: ReadonlySet<NodeKind> = new Set(['note', 'text']);

/**
 * The kind of a connection drawn between two nodes: a line to or from a note or free text is
 * an association (it ties the annotation to its subject, without an arrow); any other is a flow.
 */
export function connectionKind(
  source: NodeKind | undefined,
  target: NodeKind | undefined,
): EdgeKind {
  return (source && ANNOTATIONS.has(source)) || (target && ANNOTATIONS.has(target))
    ? 'association'
    : 'flow';
}
