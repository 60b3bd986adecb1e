import type { WorkspaceDocument } from '../model/document';
import type { DiagramFile, DiagramNode } from '../model/diagram-schema';
import { CLIPBOARD_FORMAT, CLIPBOARD_VERSION, type Clip } from './clipboard-format';

/**
 * The clip of some nodes of a diagram: those nodes and the members of the groups among them
 * (members move with their group), the edges whose both ends are copied, and the company
 * processes that process nodes show. Null when none of the ids is on the diagram.
 */
export function copyElements(
  document: WorkspaceDocument,
  diagram: DiagramFile,
  nodeIds: ReadonlySet<string>,
): Clip | null {
  const chosen = new Set<string>();
  for (const node of diagram.nodes) if (nodeIds.has(node.id)) chosen.add(node.id);
  // Members of copied groups, however deep: repeat until no new member is found.
  let grew = chosen.size > 0;
  while (grew) {
    grew = false;
    for (const node of diagram.nodes) {
      if (!chosen.has(node.id) && node.parentId !== undefined && chosen.has(node.parentId)) {
        chosen.add(node.id);
        grew = true;
      }
    }
  }
  const nodes: DiagramNode[] = diagram.nodes.filter((n) => chosen.has(n.id));
  const first = nodes[0];
  if (!first) return null;
  const edges = diagram.edges.filter((e) => chosen.has(e.source) && chosen.has(e.target));
  const shown = new Set<string>(nodes.flatMap((n) => (n.kind === 'process' ? [n.processId] : [])));
  const processes = document.processes.processes.filter((p) => shown.has(p.id));
  return {
    format: CLIPBOARD_FORMAT,
    version: CLIPBOARD_VERSION,
    nodes,
    edges,
    processes,
  };
}
