import type { WorkspaceDocument } from '../model/document';
import type { DiagramEdge, DiagramNode } from '../model/diagram-schema';
import type { DiagramId, EdgeId, MappingId, NodeId, ProcessId } from '../model/ids';
import { mappingSchema, type Mapping } from '../model/mapping-schema';
import { companyProcessSchema, type CompanyProcess } from '../model/process-schema';
import { insertPlaced, removeWhere } from './document-edit';
import { applyFieldPatch, type FieldPatch } from './field-patch';
import { isSelfOrAncestor, siblingsOf, subtreeIds } from './process-tree';
import { CommandError, type CommandName, type CommandSpec, type Placed } from './types';

/** The fields of a company process an analyst edits; `null` clears an optional one. */
export type ProcessFieldChanges = FieldPatch<
  Pick<
    CompanyProcess,
    'name' | 'code' | 'description' | 'owner' | 'level' | 'tags' | 'properties' | 'extension'
  >
>;

/** Where a process sits in the tree. */
export interface ProcessPlacement {
  id: ProcessId;
  parentId: ProcessId | null;
  order: number;
}

/** What `process.remove` takes out of one diagram, exactly. */
export interface DiagramRemoval {
  id: DiagramId;
  nodeIds: NodeId[];
  edgeIds: EdgeId[];
}

/** What `process.restore` puts back into one diagram, at the places it came from. */
export interface DiagramRestore {
  id: DiagramId;
  nodes: Placed<DiagramNode>[];
  edges: Placed<DiagramEdge>[];
}

function describeIssue(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }) {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'invalid';
}

/** Parses a process through its schema (names are trimmed) or throws naming the field. */
function checkedProcess(command: CommandName, process: CompanyProcess): CompanyProcess {
  const parsed = companyProcessSchema.safeParse(process);
  if (!parsed.success) {
    throw new CommandError(command, `process "${process.id}": ${describeIssue(parsed.error)}`);
  }
  return parsed.data;
}

/** Lower-cased codes of every process but those in `except`, to the id holding each. */
function codesOf(
  processes: readonly CompanyProcess[],
  except: ReadonlySet<ProcessId> = new Set(),
): Map<string, ProcessId> {
  const codes = new Map<string, ProcessId>();
  for (const p of processes) {
    if (p.code !== undefined && !except.has(p.id)) codes.set(p.code.toLowerCase(), p.id);
  }
  return codes;
}

function withProcesses(
  document: WorkspaceDocument,
  processes: CompanyProcess[],
): WorkspaceDocument {
  return { ...document, processes: { ...document.processes, processes } };
}

function withMappings(document: WorkspaceDocument, mappings: Mapping[]): WorkspaceDocument {
  return { ...document, mappings: { ...document.mappings, mappings } };
}

/**
 * Adds company processes (one, or a whole import) and optionally mappings from them, in one
 * step. Parents may be earlier or later in the same list; ids and codes must be free.
 */
export const processAdd: CommandSpec<'process.add'> = {
  name: 'process.add',
  label: 'Add process',
  apply(document, { processes, mappings = [] }) {
    const existing = document.processes.processes;
    const byId = new Map(existing.map((p) => [p.id, p]));
    const codes = codesOf(existing);
    const added = processes.map((p) => checkedProcess('process.add', p));
    for (const p of added) {
      if (byId.has(p.id)) throw new CommandError('process.add', `a process "${p.id}" exists`);
      byId.set(p.id, p);
      if (p.code === undefined) continue;
      const key = p.code.toLowerCase();
      if (codes.has(key)) {
        throw new CommandError('process.add', `the code "${p.code}" is already used`);
      }
      codes.set(key, p.id);
    }
    for (const p of added) {
      if (p.parentId !== null && !byId.has(p.parentId)) {
        throw new CommandError('process.add', `process "${p.id}": no parent "${p.parentId}"`);
      }
      if (p.parentId !== null && isSelfOrAncestor(byId, p.id, p.parentId)) {
        throw new CommandError('process.add', `process "${p.id}" would be its own ancestor`);
      }
    }
    const mappingIds = new Set(document.mappings.mappings.map((m) => m.id));
    const addedMappings = mappings.map((m) => {
      const parsed = mappingSchema.safeParse(m);
      if (!parsed.success) {
        throw new CommandError('process.add', `mapping "${m.id}": ${describeIssue(parsed.error)}`);
      }
      if (mappingIds.has(m.id)) throw new CommandError('process.add', `a mapping "${m.id}" exists`);
      if (!byId.has(m.processId)) {
        throw new CommandError('process.add', `mapping "${m.id}": no process "${m.processId}"`);
      }
      mappingIds.add(m.id);
      return parsed.data;
    });
    const next = withMappings(
      withProcesses(document, [...existing, ...added]),
      addedMappings.length === 0
        ? document.mappings.mappings
        : [...document.mappings.mappings, ...addedMappings],
    );
    return {
      document: next,
      inverse: {
        name: 'process.remove',
        args: {
          processIds: added.map((p) => p.id),
          mappingIds: addedMappings.map((m) => m.id),
          diagrams: [],
        },
      },
    };
  },
};

/** Changes a process's fields (name, code, description, ...); `null` clears one. */
export const processUpdate: CommandSpec<'process.update'> = {
  name: 'process.update',
  label: 'Edit process',
  apply(document, { id, fields }) {
    const processes = document.processes.processes;
    const index = processes.findIndex((p) => p.id === id);
    const before = processes[index];
    if (!before) throw new CommandError('process.update', `no process "${id}"`);
    if (fields.name === null) {
      throw new CommandError('process.update', 'a name cannot be cleared');
    }
    const { value: draft, inverse: back } = applyFieldPatch(before, fields);
    const after = checkedProcess('process.update', draft);
    if (after.code !== undefined && after.code.toLowerCase() !== before.code?.toLowerCase()) {
      const holder = codesOf(processes, new Set([id])).get(after.code.toLowerCase());
      if (holder !== undefined) {
        throw new CommandError('process.update', `the code "${after.code}" is "${holder}"'s`);
      }
    }
    const next = processes.slice();
    next[index] = after;
    return {
      document: withProcesses(document, next),
      inverse: { name: 'process.update', args: { id, fields: back } },
    };
  },
};

/** Sets where processes sit (parent and order) exactly: what moves are undone with. */
export const processPlace: CommandSpec<'process.place'> = {
  name: 'process.place',
  label: 'Move process',
  internal: true,
  apply(document, { placements }) {
    const processes = document.processes.processes;
    const byId = new Map(processes.map((p) => [p.id, p]));
    const wanted = new Map(placements.map((p) => [p.id, p]));
    const back = placements.map((placement) => {
      const process = byId.get(placement.id);
      if (!process) throw new CommandError('process.place', `no process "${placement.id}"`);
      return { id: process.id, parentId: process.parentId, order: process.order };
    });
    const next = processes.map((p) => {
      const placement = wanted.get(p.id);
      return placement ? { ...p, parentId: placement.parentId, order: placement.order } : p;
    });
    const nextById = new Map(next.map((p) => [p.id, p]));
    for (const placement of placements) {
      if (placement.parentId !== null && !nextById.has(placement.parentId)) {
        throw new CommandError('process.place', `no parent "${placement.parentId}"`);
      }
      if (!Number.isInteger(placement.order) || placement.order < 0) {
        throw new CommandError('process.place', 'an order is a whole number from 0');
      }
      const parent = nextById.get(placement.parentId ?? ('' as ProcessId));
      if (parent && isSelfOrAncestor(nextById, placement.id, parent.id)) {
        throw new CommandError('process.place', `"${placement.id}" would be its own ancestor`);
      }
    }
    return {
      document: withProcesses(document, next),
      inverse: { name: 'process.place', args: { placements: back } },
    };
  },
};

/**
 * Moves a process (with its subtree) under `parentId` at position `index` among its new
 * siblings: indent, outdent and reorder are all this. Only the siblings whose order changes
 * are touched; undo puts every order back exactly.
 */
export const processMove: CommandSpec<'process.move'> = {
  name: 'process.move',
  label: 'Move process',
  apply(document, { id, parentId, index }) {
    const processes = document.processes.processes;
    const byId = new Map(processes.map((p) => [p.id, p]));
    const process = byId.get(id);
    if (!process) throw new CommandError('process.move', `no process "${id}"`);
    if (parentId !== null && !byId.has(parentId)) {
      throw new CommandError('process.move', `no parent "${parentId}"`);
    }
    if (parentId !== null && isSelfOrAncestor(byId, id, parentId)) {
      throw new CommandError('process.move', 'a process cannot move under itself');
    }
    const siblings = siblingsOf(processes, parentId).filter((p) => p.id !== id);
    const at = Math.max(0, Math.min(Math.trunc(index), siblings.length));
    siblings.splice(at, 0, process);
    const placements: ProcessPlacement[] = [];
    siblings.forEach((p, order) => {
      if (p.order !== order || p.parentId !== parentId)
        placements.push({ id: p.id, parentId, order });
    });
    return processPlace.apply(document, { placements });
  },
};

/** Removes exactly the listed processes, mappings, nodes and edges: inverse of add/restore. */
export const processRemove: CommandSpec<'process.remove'> = {
  name: 'process.remove',
  label: 'Remove processes',
  internal: true,
  apply(document, { processIds, mappingIds, diagrams }) {
    const ids = new Set(processIds);
    const procs = removeWhere(document.processes.processes, (p) => ids.has(p.id));
    if (procs.removed.length !== ids.size) {
      throw new CommandError('process.remove', 'some of the processes are not there');
    }
    const mIds = new Set(mappingIds);
    const maps = removeWhere(document.mappings.mappings, (m) => mIds.has(m.id));
    if (maps.removed.length !== mIds.size) {
      throw new CommandError('process.remove', 'some of the mappings are not there');
    }
    const byDiagram = new Map(diagrams.map((d) => [d.id, d]));
    const restores: DiagramRestore[] = [];
    const nextDiagrams = document.diagrams.map((diagram) => {
      const removal = byDiagram.get(diagram.id);
      if (!removal) return diagram;
      const nodeIds = new Set(removal.nodeIds);
      const edgeIds = new Set(removal.edgeIds);
      const nodes = removeWhere(diagram.nodes, (n) => nodeIds.has(n.id));
      const edges = removeWhere(diagram.edges, (e) => edgeIds.has(e.id));
      restores.push({ id: diagram.id, nodes: nodes.removed, edges: edges.removed });
      return { ...diagram, nodes: nodes.kept, edges: edges.kept };
    });
    if (restores.length !== byDiagram.size) {
      throw new CommandError('process.remove', 'some of the diagrams are not there');
    }
    const next = withMappings(withProcesses(document, procs.kept), maps.kept);
    return {
      document: { ...next, diagrams: nextDiagrams },
      inverse: {
        name: 'process.restore',
        args: { processes: procs.removed, mappings: maps.removed, diagrams: restores },
      },
    };
  },
};

/** Puts removed processes, mappings, nodes and edges back where they were. */
export const processRestore: CommandSpec<'process.restore'> = {
  name: 'process.restore',
  label: 'Restore processes',
  internal: true,
  apply(document, { processes, mappings, diagrams }) {
    const byDiagram = new Map(diagrams.map((d) => [d.id, d]));
    let found = 0;
    const nextDiagrams = document.diagrams.map((diagram) => {
      const restore = byDiagram.get(diagram.id);
      if (!restore) return diagram;
      found += 1;
      return {
        ...diagram,
        nodes: insertPlaced(diagram.nodes, restore.nodes),
        edges: insertPlaced(diagram.edges, restore.edges),
      };
    });
    if (found !== byDiagram.size) {
      throw new CommandError('process.restore', 'some of the diagrams are not there');
    }
    const next = withMappings(
      withProcesses(document, insertPlaced(document.processes.processes, processes)),
      insertPlaced(document.mappings.mappings, mappings),
    );
    return {
      document: { ...next, diagrams: nextDiagrams },
      inverse: {
        name: 'process.remove',
        args: {
          processIds: processes.map((p) => p.item.id),
          mappingIds: mappings.map((m) => m.item.id),
          diagrams: diagrams.map((d) => ({
            id: d.id,
            nodeIds: d.nodes.map((n) => n.item.id),
            edgeIds: d.edges.map((e) => e.item.id),
          })),
        },
      },
    };
  },
};

/** What uses some processes: the diagram nodes that show them and the mappings from them. */
export interface ProcessUsages {
  /** The processes deleting `ids` takes away: them and everything below. */
  processIds: ProcessId[];
  mappingIds: MappingId[];
  /** Per diagram: the process nodes, and the edges attached to them or drawing the mappings. */
  diagrams: DiagramRemoval[];
}

/** Everything that uses `ids` or a process below them. O(processes + mappings + nodes + edges). */
export function processUsages(
  document: WorkspaceDocument,
  ids: readonly ProcessId[],
): ProcessUsages {
  const processIds = subtreeIds(document.processes.processes, ids);
  const mappingIds = new Set<MappingId>();
  for (const m of document.mappings.mappings) if (processIds.has(m.processId)) mappingIds.add(m.id);
  const diagrams: DiagramRemoval[] = [];
  for (const diagram of document.diagrams) {
    const nodeIds = new Set<NodeId>();
    for (const n of diagram.nodes) {
      if (n.kind === 'process' && processIds.has(n.processId)) nodeIds.add(n.id);
    }
    const edgeIds = diagram.edges
      .filter(
        (e) =>
          nodeIds.has(e.source) ||
          nodeIds.has(e.target) ||
          (e.mappingId !== undefined && mappingIds.has(e.mappingId)),
      )
      .map((e) => e.id);
    if (nodeIds.size > 0 || edgeIds.length > 0) {
      diagrams.push({ id: diagram.id, nodeIds: [...nodeIds], edgeIds });
    }
  }
  return {
    processIds: document.processes.processes.filter((p) => processIds.has(p.id)).map((p) => p.id),
    mappingIds: [...mappingIds],
    diagrams,
  };
}

/**
 * Deletes processes with their subtrees. With `usages: 'remove'` the diagram nodes showing
 * them (and their edges) and the mappings from them go too, in the same undo step; with
 * `'keep'` those stay, and show the process as missing.
 */
export const processDelete: CommandSpec<'process.delete'> = {
  name: 'process.delete',
  label: 'Delete process',
  apply(document, { ids, usages }) {
    const known = new Set(document.processes.processes.map((p) => p.id));
    for (const id of ids) {
      if (!known.has(id)) throw new CommandError('process.delete', `no process "${id}"`);
    }
    const found = processUsages(document, ids);
    return processRemove.apply(
      document,
      usages === 'remove' ? found : { processIds: found.processIds, mappingIds: [], diagrams: [] },
    );
  },
};

/** The order a process added last under `parentId` takes. */
export function nextOrder(
  processes: readonly CompanyProcess[],
  parentId: ProcessId | null,
): number {
  let top = -1;
  for (const p of processes) if (p.parentId === parentId && p.order > top) top = p.order;
  return top + 1;
}
