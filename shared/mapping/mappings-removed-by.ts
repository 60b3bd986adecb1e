import { applyCommand } from '../commands/catalogue';
import type { Invocation } from '../commands/types';
import type { WorkspaceDocument } from '../model/document';
import type { DiagramId, MappingId } from '../model/ids';

/**
 * The mappings of mappings.json drawn by the mapping edges that `commands` (a delete on one
 * diagram: of nodes, whose edges go with them, and of edges) would remove, in the order the
 * edges had. The caller asks whether they go too. Throws CommandError like the commands would.
 */
export function mappingsRemovedBy(
  document: WorkspaceDocument,
  diagramId: DiagramId,
  commands: readonly Invocation[],
): MappingId[] {
  const before = document.diagrams.find((d) => d.id === diagramId);
  if (!before || !before.edges.some((e) => e.mappingId !== undefined)) return [];
  let after = document;
  for (const command of commands) after = applyCommand(after, command).document;
  const kept = new Set<string>(
    after.diagrams.find((d) => d.id === diagramId)?.edges.map((e) => e.id) ?? [],
  );
  const existing = new Set<string>(document.mappings.mappings.map((m) => m.id));
  const out: MappingId[] = [];
  for (const edge of before.edges) {
    const id = edge.mappingId;
    if (id === undefined || kept.has(edge.id) || !existing.has(id) || out.includes(id)) continue;
    out.push(id);
  }
  return out;
}
