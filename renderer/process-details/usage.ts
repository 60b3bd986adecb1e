import type { WorkspaceDocument } from '../../shared/model/document';
import type { DiagramId, MappingId, ProcessId } from '../../shared/model/ids';

/** Where a framework process is used in the open workspace. */
export interface ProcessUsage {
  /** Diagrams with at least one framework node of it, in document order, with how many. */
  diagrams: Array<{ id: DiagramId; name: string; nodes: number }>;
  /** Mappings to it, with the company process's name (or its id when that is missing). */
  mappings: Array<{
    id: MappingId;
    processId: ProcessId;
    processName: string;
    /** The id of the workspace's alignment qualifier. */
    alignment: string;
  }>;
}

/**
 * Finds the uses of `processId` of pack `packId`: framework nodes and mappings that refer to
 * that pack and id (a reference is never a bare id: packs reuse ids with other meanings).
 */
export function processUsage(
  document: WorkspaceDocument,
  packId: string,
  processId: string,
): ProcessUsage {
  const diagrams: ProcessUsage['diagrams'] = [];
  for (const diagram of document.diagrams) {
    const nodes = diagram.nodes.filter(
      (n) => n.kind === 'framework' && n.pack === packId && n.processId === processId,
    ).length;
    if (nodes > 0) diagrams.push({ id: diagram.id, name: diagram.name, nodes });
  }
  const mappings: ProcessUsage['mappings'] = [];
  const names = new Map(document.processes.processes.map((p) => [p.id, p.name]));
  for (const mapping of document.mappings.mappings) {
    if (mapping.target.pack !== packId || mapping.target.id !== processId) continue;
    mappings.push({
      id: mapping.id,
      processId: mapping.processId,
      processName: names.get(mapping.processId) ?? mapping.processId,
      alignment: mapping.alignment,
    });
  }
  return { diagrams, mappings };
}
