import type { FieldPatch } from '../../shared/commands/field-patch';
import type { NodeFields, ProcessFields } from '../../shared/commands/types';
import type { DiagramId, NodeId, ProcessId } from '../../shared/model/ids';
import { runCommand } from '../state/edit-actions';

/** Commits a field change to the given nodes of a diagram: one undo step. */
export function setNodeFields(
  diagramId: DiagramId,
  ids: readonly NodeId[],
  fields: FieldPatch<NodeFields>,
): boolean {
  return runCommand({
    name: 'element.setFields',
    args: { diagramId, changes: ids.map((id) => ({ id, fields })) },
  });
}

/** Commits a field change to a company process (processes.json, the workspace's stack). */
export function setProcessFields(id: ProcessId, fields: FieldPatch<ProcessFields>): boolean {
  return runCommand({ name: 'process.update', args: { id, fields } });
}

/** Text to an optional field: empty text clears it. */
export function optionalText(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : text;
}
