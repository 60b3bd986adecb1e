import type { MappingChanges } from '../../shared/commands/mapping-commands';
import type { FrameworkTarget } from '../../shared/model/framework-ref';
import type { MappingId, ProcessId } from '../../shared/model/ids';
import type { Mapping } from '../../shared/model/mapping-schema';
import { makeMapping, stampNow, stamped } from '../../shared/mapping/mapping-stamps';
import { runCommand } from '../state/edit-actions';
import { useAuthor } from './author';

/** What a new mapping needs; the rest (id, status, who, when) is filled in. */
export interface NewMapping {
  processId: ProcessId;
  target: FrameworkTarget;
  alignment: string;
  rationale?: string;
}

function stamp() {
  return stampNow(useAuthor.getState().name);
}

/**
 * Creates mappings as one undo step (one from the table or a drop; many from a paste or
 * accepted suggestions). Returns the new mappings, or null when the command was refused.
 */
export function createMappings(entries: readonly NewMapping[], label?: string): Mapping[] | null {
  if (entries.length === 0) return null;
  const now = stamp();
  const mappings = entries.map((entry) =>
    makeMapping(
      entry.processId,
      entry.target,
      entry.alignment,
      now,
      entry.rationale ? { rationale: entry.rationale } : {},
    ),
  );
  const done = runCommand(
    { name: 'mapping.add', args: { mappings } },
    label ?? (mappings.length === 1 ? 'Add mapping' : `Add ${mappings.length} mappings`),
  );
  return done ? mappings : null;
}

/** Applies the same changes to each mapping, stamped, as one undo step. */
export function editMappings(ids: readonly MappingId[], changes: MappingChanges): boolean {
  if (ids.length === 0) return false;
  const set = stamped(changes, stamp());
  return runCommand(
    { name: 'mapping.edit', args: { edits: ids.map((id) => ({ id, set })) } },
    ids.length === 1 ? 'Edit mapping' : `Edit ${ids.length} mappings`,
  );
}

export function deleteMappings(ids: readonly MappingId[]): boolean {
  if (ids.length === 0) return false;
  return runCommand(
    { name: 'mapping.delete', args: { ids: [...ids] } },
    ids.length === 1 ? 'Delete mapping' : `Delete ${ids.length} mappings`,
  );
}
