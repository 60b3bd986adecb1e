import { diagramsDrawing } from '../../shared/commands/mapping-drawings';
import type { MappingChanges } from '../../shared/commands/mapping-commands';
import type { FrameworkTarget } from '../../shared/model/framework-ref';
import type { MappingId, ProcessId } from '../../shared/model/ids';
import type { Mapping } from '../../shared/model/mapping-schema';
import { makeMapping, stampNow, stamped } from '../../shared/mapping/mapping-stamps';
import { runCommand } from '../state/edit-actions';
import { useStudio } from '../state/studio-store';
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

/**
 * Deletes mappings as one undo step, with their drawings on every diagram (mapping.delete);
 * the notice says which diagrams lost a connection.
 */
export function deleteMappings(ids: readonly MappingId[]): boolean {
  if (ids.length === 0) return false;
  const document = useStudio.getState().history?.document;
  const drawnOn = document ? diagramsDrawing(document, ids) : [];
  const label = ids.length === 1 ? 'Delete mapping' : `Delete ${ids.length} mappings`;
  const done = runCommand({ name: 'mapping.delete', args: { ids: [...ids] } }, label);
  if (done && drawnOn.length > 0) {
    const what = ids.length === 1 ? 'the mapping' : `${ids.length} mappings`;
    useStudio.setState({
      notice: `Deleted ${what} and ${ids.length === 1 ? 'its' : 'their'} connections on ${drawnOn.join(', ')} (Ctrl+Z brings them back).`,
    });
  }
  return done;
}
