import type { Alignment } from '../../shared/model/mapping-schema';
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
    alignment: Alignment;
  }>;
}

/**
 * Finds the uses of `processId` of pack `packId`: framework nodes of that pack and id, and,
 * when `packId` is the workspace's own pack, mappings with that `frameworkProcessId`
 * (mappings name no pack: they always refer to the workspace's).
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
  if (document.workspace.framework.pack === packId) {
    const names = new Map(document.processes.processes.map((p) => [p.id, p.name]));
    for (const mapping of document.mappings.mappings) {
      if (mapping.frameworkProcessId !== processId) continue;
      mappings.push({
        id: mapping.id,
        processId: mapping.processId,
        processName: names.get(mapping.processId) ?? mapping.processId,
        alignment: mapping.alignment,
      });
    }
  }
  return { diagrams, mappings };
}
