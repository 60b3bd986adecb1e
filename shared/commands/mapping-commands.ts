import type { WorkspaceDocument } from '../model/document';
import type { MappingId } from '../model/ids';
import type { Mapping } from '../model/mapping-schema';
import { alignmentsOf, type AlignmentQualifier } from '../model/workspace-schema';
import { noteDerived, type ArrayStep } from './change-lineage';
import { removeDrawings, restoreDrawings, type RemovedDrawings } from './mapping-drawings';
import { CommandError, type CommandName, type CommandSpec, type Placed } from './types';

/** The fields of a mapping an edit may change; who and when are stamped with them. */
export const EDITABLE_MAPPING_FIELDS = [
  'alignment',
  'rationale',
  'evidence',
  'status',
  'updatedBy',
  'updatedAt',
] as const;
export type EditableMappingField = (typeof EDITABLE_MAPPING_FIELDS)[number];

/**
 * New values for some fields of one mapping. A key that is present sets the field; `null`
 * clears an optional one (plain JSON, so an invocation survives the journal: `undefined` would
 * vanish there).
 */
export type MappingChanges = {
  [K in EditableMappingField]?: undefined extends Mapping[K]
    ? Exclude<Mapping[K], undefined> | null
    : Mapping[K];
};

/** One mapping's changes in a `mapping.edit`. */
export interface MappingEdit {
  id: MappingId;
  set: MappingChanges;
}

/** The mapping commands' arguments (merged into CommandArgs). */
export interface MappingCommandArgs {
  /** Adds mappings (one, or a bulk create: a paste, accepted suggestions) at the end. */
  'mapping.add': { mappings: Mapping[] };
  /** Changes fields of mappings (one, or a bulk edit of alignment or status). */
  'mapping.edit': { edits: MappingEdit[] };
  /** Deletes mappings, and their drawings on every diagram (mapping-drawings.ts). */
  'mapping.delete': { ids: MappingId[] };
  /** Inverse of `mapping.delete`: puts mappings, and their drawings, back at their places. */
  'mapping.restore': { mappings: Placed<Mapping>[]; drawings?: RemovedDrawings[] };
  /**
   * Sets the workspace's alignment scale (null: the default one). Refused while a mapping uses
   * a qualifier the new scale lacks: replace it first (a `mapping.edit` in the same step).
   */
  'mapping.setAlignments': { alignments: AlignmentQualifier[] | null };
}

function fail(command: CommandName, message: string): never {
  throw new CommandError(command, message);
}

/** The document with `mappings`, noting which mappings changed (see change-lineage). */
function withMappings(
  document: WorkspaceDocument,
  mappings: Mapping[],
  step: ArrayStep<Mapping>,
): WorkspaceDocument {
  noteDerived(mappings, document.mappings.mappings, step);
  return { ...document, mappings: { ...document.mappings, mappings } };
}

function checkAlignment(command: CommandName, document: WorkspaceDocument, alignment: string) {
  if (!alignmentsOf(document.workspace).some((q) => q.id === alignment)) {
    fail(command, `"${alignment}" is not an alignment of this workspace`);
  }
}

/** Index of each mapping by id, built once per command. */
function positions(mappings: readonly Mapping[]): Map<string, number> {
  return new Map(mappings.map((m, index) => [m.id, index]));
}

export const mappingAdd: CommandSpec<'mapping.add'> = {
  name: 'mapping.add',
  label: 'Add mappings',
  apply(document, { mappings }) {
    const name = 'mapping.add';
    if (mappings.length === 0) fail(name, 'nothing to add');
    const taken = new Set<string>(document.mappings.mappings.map((m) => m.id));
    const processes = new Set<string>(document.processes.processes.map((p) => p.id));
    for (const mapping of mappings) {
      if (taken.has(mapping.id)) fail(name, `the id "${mapping.id}" is taken`);
      taken.add(mapping.id);
      if (!processes.has(mapping.processId)) {
        fail(name, `no company process "${mapping.processId}"`);
      }
      checkAlignment(name, document, mapping.alignment);
    }
    return {
      document: withMappings(document, [...document.mappings.mappings, ...mappings], {
        removed: [],
        added: mappings,
      }),
      inverse: { name: 'mapping.delete', args: { ids: mappings.map((m) => m.id) } },
    };
  },
};

/** A mapping with `set` applied, and the changes that put it back. */
function change(mapping: Mapping, set: MappingChanges): { next: Mapping; back: MappingChanges } {
  const next: Record<string, unknown> = { ...mapping };
  const back: Record<string, unknown> = {};
  for (const field of EDITABLE_MAPPING_FIELDS) {
    if (!(field in set)) continue;
    back[field] = mapping[field] ?? null;
    const value = set[field];
    if (value === null || value === undefined) delete next[field];
    else next[field] = value;
  }
  return { next: next as Mapping, back: back };
}

export const mappingEdit: CommandSpec<'mapping.edit'> = {
  name: 'mapping.edit',
  label: 'Edit mappings',
  apply(document, { edits }) {
    const name = 'mapping.edit';
    if (edits.length === 0) fail(name, 'nothing to edit');
    const list = [...document.mappings.mappings];
    const at = positions(list);
    const back: MappingEdit[] = [];
    // The mappings as they were and as they end, by id: one id may be edited twice in a step.
    const originals = new Map<string, Mapping>();
    const finals = new Map<string, Mapping>();
    for (const { id, set } of edits) {
      const index = at.get(id);
      const mapping = index === undefined ? undefined : list[index];
      if (index === undefined || mapping === undefined) fail(name, `no mapping "${id}"`);
      if (set.alignment !== undefined) checkAlignment(name, document, set.alignment);
      if ('status' in set && set.status === undefined) fail(name, 'a mapping needs a status');
      const { next, back: undo } = change(mapping, set);
      list[index] = next;
      if (!originals.has(id)) originals.set(id, mapping);
      finals.set(id, next);
      back.push({ id, set: undo });
    }
    return {
      document: withMappings(document, list, {
        removed: [...originals.values()],
        added: [...finals.values()],
      }),
      // Undone last-first, so the same mapping edited twice in one step comes back as it was.
      inverse: { name: 'mapping.edit', args: { edits: back.reverse() } },
    };
  },
};

export const mappingDelete: CommandSpec<'mapping.delete'> = {
  name: 'mapping.delete',
  label: 'Delete mappings',
  apply(document, { ids }) {
    const name = 'mapping.delete';
    if (ids.length === 0) fail(name, 'nothing to delete');
    const doomed = new Set<string>(ids);
    if (doomed.size !== ids.length) fail(name, 'an id is listed twice');
    const removed: Placed<Mapping>[] = [];
    const kept: Mapping[] = [];
    document.mappings.mappings.forEach((mapping, index) => {
      if (doomed.has(mapping.id)) removed.push({ item: mapping, index });
      else kept.push(mapping);
    });
    if (removed.length !== ids.length) {
      const found = new Set(removed.map((r) => r.item.id));
      fail(name, `no mapping "${ids.find((id) => !found.has(id)) ?? ''}"`);
    }
    const erased = removeDrawings(document, ids);
    return {
      document: withMappings(erased.document, kept, {
        removed: removed.map((r) => r.item),
        added: [],
      }),
      inverse: {
        name: 'mapping.restore',
        args: {
          mappings: removed,
          ...(erased.removed.length > 0 ? { drawings: erased.removed } : {}),
        },
      },
    };
  },
};

export const mappingRestore: CommandSpec<'mapping.restore'> = {
  name: 'mapping.restore',
  label: 'Restore mappings',
  internal: true,
  apply(document, { mappings, drawings = [] }) {
    const name = 'mapping.restore';
    const taken = new Set<string>(document.mappings.mappings.map((m) => m.id));
    const list = [...document.mappings.mappings];
    // In ascending index order, each lands where it was once those before it are back.
    for (const { item, index } of [...mappings].sort((a, b) => a.index - b.index)) {
      if (taken.has(item.id)) fail(name, `the id "${item.id}" is taken`);
      taken.add(item.id);
      list.splice(Math.min(index, list.length), 0, item);
    }
    const redrawn = restoreDrawings(document, drawings, name);
    return {
      document: withMappings(redrawn, list, {
        removed: [],
        added: mappings.map((m) => m.item),
      }),
      inverse: { name: 'mapping.delete', args: { ids: mappings.map((m) => m.item.id) } },
    };
  },
};

export const mappingSetAlignments: CommandSpec<'mapping.setAlignments'> = {
  name: 'mapping.setAlignments',
  label: 'Change the alignment scale',
  apply(document, { alignments }) {
    const name = 'mapping.setAlignments';
    const scale = alignments ?? null;
    if (scale !== null) {
      if (scale.length === 0) fail(name, 'the scale needs at least one alignment');
      const ids = new Set(scale.map((q) => q.id));
      if (ids.size !== scale.length) fail(name, 'an alignment is listed twice');
    }
    const known = new Set(alignmentsOf({ alignments: scale ?? undefined }).map((q) => q.id));
    const orphan = document.mappings.mappings.find((m) => !known.has(m.alignment));
    if (orphan) {
      fail(name, `the mapping "${orphan.id}" uses "${orphan.alignment}": replace it first`);
    }
    const before = document.workspace.alignments ?? null;
    const workspace = { ...document.workspace };
    if (scale === null) delete workspace.alignments;
    else workspace.alignments = scale;
    return {
      document: { ...document, workspace },
      inverse: { name: 'mapping.setAlignments', args: { alignments: before } },
    };
  },
};
