import type { WorkspaceDocument } from '../../shared/model/document';
import type { DiagramNode } from '../../shared/model/diagram-schema';
import type { DiagramId } from '../../shared/model/ids';

/**
 * The diagrams that show what `node` stands for: a framework process (by pack and id) or a
 * company process (by id) may be on many; a box, note, text or group is its diagram's own.
 * In document order, with how many nodes each has of it.
 */
export function elementUsage(
  document: WorkspaceDocument,
  diagramId: DiagramId,
  node: DiagramNode,
): Array<{ id: DiagramId; name: string; nodes: number }> {
  const same = (other: DiagramNode): boolean => {
    if (node.kind === 'framework') {
      return (
        other.kind === 'framework' && other.pack === node.pack && other.processId === node.processId
      );
    }
    if (node.kind === 'process')
      return other.kind === 'process' && other.processId === node.processId;
    return other.id === node.id;
  };
  const used: Array<{ id: DiagramId; name: string; nodes: number }> = [];
  for (const diagram of document.diagrams) {
    if (node.kind !== 'framework' && node.kind !== 'process' && diagram.id !== diagramId) continue;
    const nodes = diagram.nodes.filter(same).length;
    if (nodes > 0) used.push({ id: diagram.id, name: diagram.name, nodes });
  }
  return used;
}
