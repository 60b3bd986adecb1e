import { newId, type MappingId, type ProcessId } from '../model/ids';
import type { FrameworkTarget } from '../model/framework-ref';
import type { Mapping } from '../model/mapping-schema';
import type { MappingChanges } from '../commands/mapping-commands';

/** Who makes a change and when: `by` is absent when the user has not given a name. */
export interface Stamp {
  by?: string;
  /** ISO 8601. */
  at: string;
}

/** A stamp for now by `name` (blank: nobody named). */
export function stampNow(name: string, now: Date = new Date()): Stamp {
  const by = name.trim().slice(0, 200);
  return by === '' ? { at: now.toISOString() } : { by, at: now.toISOString() };
}

/**
 * A new draft mapping with a fresh stable id, stamped as created and updated by `stamp`.
 * The id is made here, not in the command, so redo gives the same mapping back.
 */
export function makeMapping(
  processId: ProcessId,
  target: FrameworkTarget,
  alignment: string,
  stamp: Stamp,
  extra: Partial<Pick<Mapping, 'rationale' | 'status' | 'evidence'>> = {},
): Mapping {
  return {
    id: newId<MappingId>('m'),
    processId,
    target,
    alignment,
    status: 'draft',
    ...extra,
    ...(stamp.by === undefined ? {} : { createdBy: stamp.by, updatedBy: stamp.by }),
    createdAt: stamp.at,
    updatedAt: stamp.at,
  };
}

/** `changes` with who and when stamped (`updatedBy` cleared when nobody is named). */
export function stamped(changes: MappingChanges, stamp: Stamp): MappingChanges {
  return { ...changes, updatedBy: stamp.by ?? null, updatedAt: stamp.at };
}
